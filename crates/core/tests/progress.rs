#![cfg(not(target_arch = "wasm32"))]
//! Saved progress: round trip, and every way stored data can be unusable.

mod common;

use partner_radar_core::domain::order::attempt_order;
use partner_radar_core::domain::progress::PROGRESS_FORMAT;
use partner_radar_core::domain::{AnswerSheet, Length, Position, ProgressProblem, SavedProgress};

fn sample() -> SavedProgress {
    let bank = common::small_bank();
    let mut answers = AnswerSheet::new();
    answers.answer("direct-reports-1", "b");
    answers.answer("direct-reports-2", "d");
    SavedProgress::new(
        &bank,
        u64::MAX >> 11,
        Length::Full,
        Position::Question(2),
        answers,
    )
}

#[test]
fn progress_round_trips() {
    let bank = common::small_bank();
    let p = sample();
    assert_eq!(p.format, PROGRESS_FORMAT);
    assert_eq!(SavedProgress::decode(&p.encode().unwrap(), &bank), Ok(p));
}

#[test]
fn results_position_round_trips_when_complete() {
    let bank = common::small_bank();
    let answers = common::sheet_scoring(&bank, |_| 2);
    let p = SavedProgress::new(&bank, 1, Length::Full, Position::Results, answers);
    assert_eq!(SavedProgress::decode(&p.encode().unwrap(), &bank), Ok(p));
}

#[test]
fn garbage_is_unreadable() {
    let bank = common::small_bank();
    for text in [
        "",
        "not json",
        "{",
        "[]",
        "{\"format\": 2}",
        "{\"format\": \"2\"}",
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
    let text = sample()
        .encode()
        .unwrap()
        .replace("\"format\":2", "\"format\":99");
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
        SavedProgress::decode(&sample().encode().unwrap(), &other),
        Err(ProgressProblem::OtherBank)
    );
    // Same fingerprint but an answer the bank cannot have (edited storage).
    let mut p = sample();
    p.answers.answer("direct-reports-1", "z");
    assert_eq!(
        SavedProgress::decode(&p.encode().unwrap(), &bank),
        Err(ProgressProblem::OtherBank)
    );
}

#[test]
fn impossible_positions_are_unreadable() {
    let bank = common::small_bank();
    let mut p = sample();
    p.position = Position::Question(12);
    assert_eq!(
        SavedProgress::decode(&p.encode().unwrap(), &bank),
        Err(ProgressProblem::Unreadable)
    );
    p.position = Position::Results; // but only two answers
    assert_eq!(
        SavedProgress::decode(&p.encode().unwrap(), &bank),
        Err(ProgressProblem::Unreadable)
    );
}

#[test]
fn a_quick_attempt_round_trips_and_may_not_hold_unasked_answers() {
    let bank = common::small_bank();
    let asked = attempt_order(&bank, Length::Quick, 8);
    let mut answers = AnswerSheet::new();
    for i in &asked {
        answers.answer(bank.questions[*i].id.clone(), "a");
    }
    let p = SavedProgress::new(&bank, 8, Length::Quick, Position::Results, answers);
    assert_eq!(
        SavedProgress::decode(&p.encode().unwrap(), &bank),
        Ok(p.clone())
    );
    if let Some(unasked) = (0..bank.questions.len()).find(|i| !asked.contains(i)) {
        let mut q = p;
        q.answers.answer(bank.questions[unasked].id.clone(), "a");
        assert_eq!(
            SavedProgress::decode(&q.encode().unwrap(), &bank),
            Err(ProgressProblem::Unreadable)
        );
    }
}

#[test]
fn format_one_progress_is_from_another_version() {
    let bank = common::small_bank();
    let old =
        r#"{"format":1,"bank":"x","seed":1,"position":{"at":"question","index":0},"answers":{}}"#;
    assert_eq!(
        SavedProgress::decode(old, &bank),
        Err(ProgressProblem::OtherVersion)
    );
}
