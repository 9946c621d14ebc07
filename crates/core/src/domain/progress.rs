//! Saved progress: what is stored between visits, and how it is checked on
//! the way back in. serde derives the stored JSON from these types.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bank::Bank;
use super::order::{attempt_order, rater_order, Length};
use super::reply::Relationship;
use super::scoring::AnswerSheet;

/// Format version of saved progress; bump when its shape changes.
/// 2 added the attempt's length (quick or full) and the mixed order.
pub const PROGRESS_FORMAT: u32 = 2;

/// Where a person is in the quiz; stored as `{"at":"question","index":3}`
/// or `{"at":"results"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", content = "index", rename_all = "lowercase")]
pub enum Position {
    /// On the scenario at this position of the attempt's order.
    Question(usize),
    /// On the results.
    Results,
}

/// Everything needed to resume an attempt exactly; stored as a JSON object
/// with these field names, in this order. Unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedProgress {
    pub format: u32,
    /// [`Bank::fingerprint`] of the bank the answers belong to.
    pub bank: String,
    /// Seed of this attempt's scenarios, their order and option order.
    pub seed: u64,
    /// Quick check or full assessment.
    pub length: Length,
    pub position: Position,
    pub answers: AnswerSheet,
    /// Set when these are a rater's answers about someone who invited them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rater: Option<RaterSaved>,
}

/// What a rater's saved progress adds: the invitation it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaterSaved {
    /// The invitation's payload, as it followed `#i=`.
    pub invite: String,
    /// The reply's id, made once so a reload sends the same reply.
    pub reply_id: u32,
    #[serde(default)]
    pub relationship: Option<Relationship>,
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
    pub fn new(
        bank: &Bank,
        seed: u64,
        length: Length,
        position: Position,
        answers: AnswerSheet,
    ) -> Self {
        Self {
            format: PROGRESS_FORMAT,
            bank: bank.fingerprint().to_owned(),
            seed,
            length,
            position,
            answers,
            rater: None,
        }
    }

    /// The JSON that is stored; an error rather than an empty string if it
    /// cannot be written, so the caller can say so instead of storing nothing.
    pub fn encode(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| e.to_string())
    }

    /// Reads stored JSON and checks it belongs to `bank` and is consistent.
    pub fn decode(json: &str, bank: &Bank) -> Result<Self, ProgressProblem> {
        // The format is read first, so that progress of another shape from
        // another version is told apart from damaged progress.
        let value: Value = serde_json::from_str(json).map_err(|_| ProgressProblem::Unreadable)?;
        match value.get("format").and_then(Value::as_u64) {
            Some(f) if f == u64::from(PROGRESS_FORMAT) => {}
            Some(_) => return Err(ProgressProblem::OtherVersion),
            None => return Err(ProgressProblem::Unreadable),
        }
        let saved: Self = serde_json::from_value(value).map_err(|_| ProgressProblem::Unreadable)?;
        if saved.bank != bank.fingerprint() || !saved.answers.fits(bank) {
            return Err(ProgressProblem::OtherBank);
        }
        let asked = match &saved.rater {
            Some(rater) => {
                let invitation = super::invite::decode(bank, &rater.invite)
                    .map_err(|_| ProgressProblem::Unreadable)?;
                rater_order(bank, &invitation.asked, saved.seed)
            }
            None => attempt_order(bank, saved.length, saved.seed),
        };
        let only_asked = saved
            .answers
            .iter()
            .all(|(q, _)| bank.question_index(q).is_some_and(|i| asked.contains(&i)));
        let position_ok = match saved.position {
            Position::Question(i) => i < asked.len(),
            Position::Results => saved.answers.unanswered(bank, &asked).is_empty(),
        };
        if !only_asked {
            return Err(ProgressProblem::Unreadable);
        }
        if !position_ok {
            return Err(ProgressProblem::Unreadable);
        }
        Ok(saved)
    }
}
