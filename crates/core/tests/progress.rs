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

/// Progress exactly as the build before serde wrote it (the small bank,
/// seed 1234567890123 and 7): it must still load, and be written the same.
const EARLIER_BUILD: [&str; 2] = [
    r#"{"format":2,"bank":"f5c366419776abbe","seed":1234567890123,"length":"full","position":{"at":"question","index":2},"answers":{"co-workers-2":"d","direct-reports-1":"b"}}"#,
    r#"{"format":2,"bank":"f5c366419776abbe","seed":7,"length":"full","position":{"at":"results"},"answers":{"co-workers-1":"b","co-workers-2":"a","competitors-1":"b","competitors-2":"a","customers-1":"d","customers-2":"c","direct-reports-1":"c","direct-reports-2":"b","managers-1":"a","managers-2":"d","suppliers-1":"c","suppliers-2":"b"}}"#,
];

#[test]
fn progress_saved_by_an_earlier_build_still_loads_and_is_written_the_same() {
    let bank = common::small_bank();
    let mut answers = AnswerSheet::new();
    answers.answer("direct-reports-1", "b");
    answers.answer("co-workers-2", "d");
    let expected = [
        SavedProgress::new(
            &bank,
            1_234_567_890_123,
            Length::Full,
            Position::Question(2),
            answers,
        ),
        SavedProgress::new(
            &bank,
            7,
            Length::Full,
            Position::Results,
            common::sheet_scoring(&bank, |_| 2),
        ),
    ];
    for (text, progress) in EARLIER_BUILD.iter().zip(expected) {
        assert_eq!(SavedProgress::decode(text, &bank), Ok(progress.clone()));
        assert_eq!(progress.encode().as_deref(), Ok(*text));
    }
}

#[test]
fn the_other_spellings_serde_allows_still_load() {
    let bank = common::small_bank();
    let expected = SavedProgress::decode(EARLIER_BUILD[0], &bank).unwrap();
    for (from, to) in [
        (r#"{"at":"question","index":2}"#, r#"["question",2]"#),
        (r#""length":"full""#, r#""length":{"full":null}"#),
        (r#""seed""#, r#""extra":[1,2],"seed""#),
    ] {
        let text = EARLIER_BUILD[0].replace(from, to);
        assert_ne!(text, EARLIER_BUILD[0]);
        assert_eq!(
            SavedProgress::decode(&text, &bank),
            Ok(expected.clone()),
            "{text}"
        );
    }
    let results = SavedProgress::decode(EARLIER_BUILD[1], &bank).unwrap();
    for to in [r#"{"at":"results","index":null}"#, r#"["results",null]"#] {
        let text = EARLIER_BUILD[1].replace(r#"{"at":"results"}"#, to);
        assert_eq!(
            SavedProgress::decode(&text, &bank),
            Ok(results.clone()),
            "{text}"
        );
    }
}

#[test]
fn misshapen_fields_are_unreadable_not_a_crash() {
    let bank = common::small_bank();
    for (from, to) in [
        (r#""index":2"#, r#""index":-1"#),
        (r#""index":2"#, r#""index":"2""#),
        (r#""at":"question""#, r#""at":"review""#),
        (r#""length":"full""#, r#""length":"Full""#),
        (r#""seed":1234567890123"#, r#""seed":1.5"#),
        (r#""seed":1234567890123"#, r#""seed":18446744073709551616"#),
        (r#""d","direct"#, r#"3,"direct"#),
        (r#""bank":"f5c366419776abbe","#, ""),
        (
            r#""answers":{"co-workers-2":"d","direct-reports-1":"b"}"#,
            r#""answers":[]"#,
        ),
    ] {
        let text = EARLIER_BUILD[0].replace(from, to);
        assert_ne!(text, EARLIER_BUILD[0]);
        assert_eq!(
            SavedProgress::decode(&text, &bank),
            Err(ProgressProblem::Unreadable),
            "{text}"
        );
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        SavedProgress::decode(&deep, &bank),
        Err(ProgressProblem::Unreadable)
    );
}
