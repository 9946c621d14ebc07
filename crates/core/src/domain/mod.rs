//! The product's rules as plain Rust, with no UI code: the question bank and
//! its validation, scoring, saved progress, option order and chart geometry.

pub mod audit;
pub mod bank;
pub mod history;
pub mod invite;
pub mod order;
pub mod overlay;
pub mod payload;
pub mod progress;
pub mod radar;
pub mod reply;
pub mod scoring;
pub mod share;
pub mod shuffle;
pub mod text;
pub mod validate;
pub mod workshop;

pub use bank::{AnswerOption, Bank, Group, Question, Side};
pub use order::Length;
pub use progress::{Position, ProgressProblem, SavedProgress};
pub use scoring::{AnswerSheet, Band, GroupScore, Incomplete, Scores};
pub use validate::{load_bank, Problem, ProblemKind};
