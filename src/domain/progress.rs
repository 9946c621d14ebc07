//! Saved progress: what is stored between visits, and how it is checked on
//! the way back in.

use serde::{Deserialize, Serialize};

use super::bank::Bank;
use super::scoring::AnswerSheet;

/// Format version of saved progress; bump when its shape changes.
pub const PROGRESS_FORMAT: u32 = 1;

/// Where a person is in the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "at", content = "index")]
pub enum Position {
    /// On the scenario at this index of the bank.
    Question(usize),
    /// On the results.
    Results,
}

/// Everything needed to resume an attempt exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedProgress {
    pub format: u32,
    /// [`Bank::fingerprint`] of the bank the answers belong to.
    pub bank: String,
    /// Seed of this attempt's option order.
    pub seed: u64,
    pub position: Position,
    pub answers: AnswerSheet,
}

/// Why saved progress could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressProblem {
    /// Not readable as saved progress at all.
    Unreadable,
    /// Written by another version of the app.
    OtherVersion,
    /// Answers to a different question bank, or not matching this one.
    OtherBank,
}

impl SavedProgress {
    /// Progress for this bank.
    pub fn new(bank: &Bank, seed: u64, position: Position, answers: AnswerSheet) -> Self {
        Self {
            format: PROGRESS_FORMAT,
            bank: bank.fingerprint().to_owned(),
            seed,
            position,
            answers,
        }
    }

    /// The JSON that is stored.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads stored JSON and checks it belongs to `bank` and is consistent.
    pub fn decode(json: &str, bank: &Bank) -> Result<Self, ProgressProblem> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|_| ProgressProblem::Unreadable)?;
        match value.get("format").and_then(serde_json::Value::as_u64) {
            Some(f) if f == u64::from(PROGRESS_FORMAT) => {}
            Some(_) => return Err(ProgressProblem::OtherVersion),
            None => return Err(ProgressProblem::Unreadable),
        }
        let saved: SavedProgress =
            serde_json::from_value(value).map_err(|_| ProgressProblem::Unreadable)?;
        if saved.bank != bank.fingerprint() || !saved.answers.fits(bank) {
            return Err(ProgressProblem::OtherBank);
        }
        let position_ok = match saved.position {
            Position::Question(i) => i < bank.questions.len(),
            Position::Results => saved.answers.unanswered(bank).is_empty(),
        };
        if !position_ok {
            return Err(ProgressProblem::Unreadable);
        }
        Ok(saved)
    }
}
