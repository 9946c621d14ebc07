//! Helpers shared by the native test files (`mod common;`).
#![allow(dead_code)]

pub mod share_reference;

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
