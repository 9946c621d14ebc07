#![cfg(not(target_arch = "wasm32"))]
//! Saved progress: round trip, and every way stored data can be unusable.

mod common;

use partner_radar::domain::progress::PROGRESS_FORMAT;
use partner_radar::domain::{AnswerSheet, Position, ProgressProblem, SavedProgress};

fn sample() -> SavedProgress {
    let bank = common::small_bank();
    let mut answers = AnswerSheet::new();
    answers.answer("direct-reports-1", "b");
    answers.answer("direct-reports-2", "d");
    SavedProgress::new(&bank, u64::MAX >> 11, Position::Question(2), answers)
}

#[test]
fn progress_round_trips() {
    let bank = common::small_bank();
    let p = sample();
    assert_eq!(p.format, PROGRESS_FORMAT);
    assert_eq!(SavedProgress::decode(&p.encode(), &bank), Ok(p));
}

#[test]
fn results_position_round_trips_when_complete() {
    let bank = common::small_bank();
    let answers = common::sheet_scoring(&bank, |_| 2);
    let p = SavedProgress::new(&bank, 1, Position::Results, answers);
    assert_eq!(SavedProgress::decode(&p.encode(), &bank), Ok(p));
}

#[test]
fn garbage_is_unreadable() {
    let bank = common::small_bank();
    for text in [
        "",
        "not json",
        "{",
        "[]",
        "{\"format\": 1}",
        "{\"format\": \"1\"}",
        "null",
    ] {
        assert_eq!(
            SavedProgress::decode(text, &bank),
            Err(ProgressProblem::Unreadable),
            "{text}"
        );
    }
}

#[test]
fn another_format_version_is_reported_as_such() {
    let bank = common::small_bank();
    let text = sample().encode().replace("\"format\":1", "\"format\":99");
    assert_eq!(
        SavedProgress::decode(&text, &bank),
        Err(ProgressProblem::OtherVersion)
    );
}

#[test]
fn progress_for_another_bank_is_refused() {
    let bank = common::small_bank();
    let other = common::built_in();
    assert_eq!(
        SavedProgress::decode(&sample().encode(), &other),
        Err(ProgressProblem::OtherBank)
    );
    // Same fingerprint but an answer the bank cannot have (edited storage).
    let mut p = sample();
    p.answers.answer("direct-reports-1", "z");
    assert_eq!(
        SavedProgress::decode(&p.encode(), &bank),
        Err(ProgressProblem::OtherBank)
    );
}

#[test]
fn impossible_positions_are_unreadable() {
    let bank = common::small_bank();
    let mut p = sample();
    p.position = Position::Question(12);
    assert_eq!(
        SavedProgress::decode(&p.encode(), &bank),
        Err(ProgressProblem::Unreadable)
    );
    p.position = Position::Results; // but only two answers
    assert_eq!(
        SavedProgress::decode(&p.encode(), &bank),
        Err(ProgressProblem::Unreadable)
    );
}
