//! Saved progress: what is stored between visits, and how it is checked on
//! the way back in.
//!
//! The JSON is written and read by hand rather than with serde's derive: the
//! rest of the app already walks [`Value`]s, and one way of reading JSON costs
//! less wasm than two. Reading accepts exactly what the derive accepted, so no
//! stored progress that loaded before is refused now.

use super::bank::Bank;
use super::json::{self, string_json, Value};
use super::order::{attempt_order, Length};
use super::scoring::AnswerSheet;

/// Format version of saved progress; bump when its shape changes.
/// 2 added the attempt's length (quick or full) and the mixed order.
pub const PROGRESS_FORMAT: u32 = 2;

/// Where a person is in the quiz; stored as `{"at":"question","index":3}`
/// or `{"at":"results"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// On the scenario at this position of the attempt's order.
    Question(usize),
    /// On the results.
    Results,
}

/// Everything needed to resume an attempt exactly; stored as a JSON object
/// with these field names, in this order.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        }
    }

    /// The JSON that is stored; an error rather than an empty string if it
    /// cannot be written, so the caller can say so instead of storing nothing.
    pub fn encode(&self) -> Result<String, String> {
        let length = self.length.name();
        let position = match self.position {
            Position::Question(i) => format!(r#"{{"at":"question","index":{i}}}"#),
            Position::Results => r#"{"at":"results"}"#.to_owned(),
        };
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(|(q, o)| format!("{}:{}", string_json(q), string_json(o)))
            .collect();
        Ok(format!(
            r#"{{"format":{},"bank":{},"seed":{},"length":"{length}","position":{position},"answers":{{{}}}}}"#,
            self.format,
            string_json(&self.bank),
            self.seed,
            answers.join(","),
        ))
    }

    /// Reads stored JSON and checks it belongs to `bank` and is consistent.
    pub fn decode(json: &str, bank: &Bank) -> Result<Self, ProgressProblem> {
        let value = json::parse(json).map_err(|_| ProgressProblem::Unreadable)?;
        match value.get("format").and_then(Value::as_u64) {
            Some(f) if f == u64::from(PROGRESS_FORMAT) => {}
            Some(_) => return Err(ProgressProblem::OtherVersion),
            None => return Err(ProgressProblem::Unreadable),
        }
        let saved = Self::from_json(&value).ok_or(ProgressProblem::Unreadable)?;
        if saved.bank != bank.fingerprint() || !saved.answers.fits(bank) {
            return Err(ProgressProblem::OtherBank);
        }
        let asked = attempt_order(bank, saved.length, saved.seed);
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

    /// Every field, or `None` if one is missing or of the wrong type. Other
    /// fields are ignored.
    fn from_json(value: &Value) -> Option<Self> {
        let answers = value.get("answers")?.as_object()?;
        let mut sheet = AnswerSheet::new();
        for (question, option) in answers {
            sheet.answer(question.as_str(), option.as_str()?);
        }
        Some(Self {
            format: u32::try_from(value.get("format")?.as_u64()?).ok()?,
            bank: value.get("bank")?.as_str()?.to_owned(),
            seed: value.get("seed")?.as_u64()?,
            length: length_from_json(value.get("length")?)?,
            position: Position::from_json(value.get("position")?)?,
            answers: sheet,
        })
    }
}

impl Position {
    /// The stored form. Also `["question", 3]` and `["results", null]`, and
    /// `"index": null` with results, as serde's adjacently tagged enums allow.
    fn from_json(value: &Value) -> Option<Self> {
        let (at, index) = match value {
            Value::Object(fields) => (fields.get("at")?, fields.get("index")),
            Value::Array(items) if items.len() == 2 => (&items[0], Some(&items[1])),
            _ => return None,
        };
        match at.as_str()? {
            "question" => Some(Position::Question(usize::try_from(index?.as_u64()?).ok()?)),
            "results" => index
                .is_none_or(Value::is_null)
                .then_some(Position::Results),
            _ => None,
        }
    }
}

/// `"quick"` or `"full"`; also `{"quick": null}`, as serde's enums allow.
fn length_from_json(value: &Value) -> Option<Length> {
    let name = match value {
        Value::String(name) => name,
        Value::Object(variant) if variant.len() == 1 => {
            let (name, unit) = variant.iter().next()?;
            unit.is_null().then_some(name)?
        }
        _ => return None,
    };
    Length::from_name(name)
}
