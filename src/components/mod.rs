//! Small components, each named for what it shows.

mod answer_review;
mod bank_problems;
mod group_advice;
mod highlights;
mod notice;
pub mod question;
mod radar_chart;
mod restart_control;
pub mod results;
mod score_table;
mod source_credit;
mod welcome;

pub use answer_review::AnswerReview;
pub use bank_problems::BankProblems;
pub use group_advice::GroupAdvice;
pub use highlights::Highlights;
pub use notice::{notice_text, Notice};
pub use question::QuestionScreen;
pub use radar_chart::RadarChart;
pub use restart_control::RestartControl;
pub use results::ResultsScreen;
pub use score_table::ScoreTable;
pub use source_credit::SourceCredit;
pub use welcome::WelcomeScreen;

use crate::domain::Side;

/// The CSS class that colours a group by its half of the model.
pub fn side_class(side: Side) -> &'static str {
    match side {
        Side::Inside => "pr-inside",
        Side::Outside => "pr-outside",
    }
}
