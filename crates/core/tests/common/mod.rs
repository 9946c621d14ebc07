//! Helpers shared by the native test files (`mod common;`).
#![allow(dead_code)]

pub mod chart;
pub mod fuzz;
pub mod share_reference;

use partner_radar_core::domain::order::QUICK_PER_GROUP;
use partner_radar_core::domain::share::{decode, ShareError};
use partner_radar_core::domain::{load_bank, AnswerSheet, Bank};

/// The small, hand-checkable bank in `tests/fixtures/bank-small.json`
/// (6 groups × 2 questions; option scores rotate so each group differs).
pub const SMALL_JSON: &str = include_str!("../fixtures/bank-small.json");

pub fn small_bank() -> Bank {
    load_bank(SMALL_JSON).expect("the small fixture bank is valid")
}

pub fn built_in() -> Bank {
    load_bank(partner_radar_core::domain::bank::BUILT_IN_BANK_JSON)
        .expect("the built-in bank is valid")
}

/// A sheet answering every question with the option that scores `pick(question index)`.
pub fn sheet_scoring(bank: &Bank, pick: impl Fn(usize) -> u8) -> AnswerSheet {
    let mut sheet = AnswerSheet::new();
    for (i, q) in bank.questions.iter().enumerate() {
        let o = q
            .options
            .iter()
            .find(|o| o.score == pick(i))
            .expect("every score exists");
        sheet.answer(q.id.clone(), o.id.clone());
    }
    sheet
}

/// The fixture as a JSON value, to break in one place per test.
pub fn small_value() -> serde_json::Value {
    serde_json::from_str(SMALL_JSON).unwrap()
}

/// Every question of the bank: the set a full attempt asks.
pub fn all(bank: &Bank) -> Vec<usize> {
    (0..bank.questions.len()).collect()
}

/// A quick attempt's set: the first [`QUICK_PER_GROUP`] questions of each
/// group, ascending.
pub fn quick(bank: &Bank) -> Vec<usize> {
    let mut asked: Vec<usize> = bank
        .groups
        .iter()
        .flat_map(|g| {
            bank.questions
                .iter()
                .enumerate()
                .filter(move |(_, q)| q.group == g.id)
                .map(|(i, _)| i)
                .take(QUICK_PER_GROUP)
        })
        .collect();
    asked.sort_unstable();
    asked
}

/// Answers the `asked` questions with the option at position `pick(index)`.
pub fn sheet(bank: &Bank, asked: &[usize], pick: impl Fn(usize) -> usize) -> AnswerSheet {
    let mut answers = AnswerSheet::new();
    for &i in asked {
        let q = &bank.questions[i];
        answers.answer(q.id.clone(), q.options[pick(i)].id.clone());
    }
    answers
}

/// A share payload the checksum or the layout refuses, as any edit of a
/// valid one must be; `what` says what was done to it.
pub fn assert_refused(bank: &Bank, payload: &str, what: &str) {
    let result = decode(bank, payload);
    assert!(
        matches!(result, Err(ShareError::Damaged | ShareError::Malformed)),
        "{what}: {payload:?} gave {result:?}"
    );
}
