#![cfg(not(target_arch = "wasm32"))]
//! Group scores, averages, bands, strongest and weakest, incomplete sheets.

mod common;

use partner_radar_core::domain::{AnswerSheet, Band, Side};

#[test]
fn group_score_is_the_rounded_share_of_the_maximum() {
    let bank = common::small_bank();
    // Questions come in pairs per group: score (3, 0) → 3/6 = 50; (1, 1) → 33; (2, 3) → 83.
    let picks = [3, 0, 1, 1, 2, 3, 0, 0, 3, 3, 1, 2];
    let s = common::sheet_scoring(&bank, |i| picks[i])
        .score(&bank, &common::all(&bank))
        .unwrap();
    let got: Vec<u8> = s.groups.iter().map(|g| g.score).collect();
    assert_eq!(got, vec![50, 33, 83, 0, 100, 50]);
    assert_eq!(s.groups[0].group_id, "direct-reports");
    assert_eq!(s.groups[3].side, Side::Outside);
    // inside (50 + 33 + 83) / 3 = 55.3 → 55; outside (0 + 100 + 50) / 3 = 50.
    assert_eq!((s.inside, s.outside), (55, 50));
    // overall 19 of 36 → 52.8 → 53.
    assert_eq!(s.overall, 53);
    assert_eq!(s.strongest, 4);
    assert_eq!(s.weakest, 3);
}

#[test]
fn halves_round_up() {
    let bank = common::small_bank();
    // 1 of 6 → 16.67 → 17; 5 of 6 → 83.3 → 83 ; 3 of 6 = 50
    let picks = [1, 0, 3, 2, 2, 1, 0, 0, 0, 0, 0, 0];
    let s = common::sheet_scoring(&bank, |i| picks[i])
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert_eq!(s.groups[0].score, 17);
    assert_eq!(s.groups[1].score, 83);
    assert_eq!(s.groups[2].score, 50);
    // (17 + 83 + 50) / 3 = 50 exactly; 9 of 36 = 25.
    assert_eq!(s.inside, 50);
    assert_eq!(s.overall, 25);
}

#[test]
fn bands_split_at_40_and_70() {
    assert_eq!(Band::of(0), Band::Low);
    assert_eq!(Band::of(39), Band::Low);
    assert_eq!(Band::of(40), Band::Mid);
    assert_eq!(Band::of(69), Band::Mid);
    assert_eq!(Band::of(70), Band::High);
    assert_eq!(Band::of(100), Band::High);
    let bank = common::small_bank();
    let picks = [3, 0, 1, 1, 2, 3, 0, 0, 3, 3, 1, 2];
    let s = common::sheet_scoring(&bank, |i| picks[i])
        .score(&bank, &common::all(&bank))
        .unwrap();
    let bands: Vec<Band> = s.groups.iter().map(|g| g.band).collect();
    assert_eq!(
        bands,
        vec![
            Band::Mid,
            Band::Low,
            Band::High,
            Band::Low,
            Band::High,
            Band::Mid
        ]
    );
}

#[test]
fn ties_go_to_the_earlier_group_in_bank_order() {
    let bank = common::small_bank();
    let s = common::sheet_scoring(&bank, |_| 2)
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert_eq!((s.strongest, s.weakest), (0, 0));
    let picks = [0, 0, 3, 3, 3, 3, 0, 0, 1, 1, 1, 1];
    let s = common::sheet_scoring(&bank, |i| picks[i])
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert_eq!((s.strongest, s.weakest), (1, 0));
}

#[test]
fn incomplete_sheets_report_what_is_unanswered_in_bank_order() {
    let bank = common::small_bank();
    let mut sheet = common::sheet_scoring(&bank, |_| 1);
    let mut partial = AnswerSheet::new();
    for (q, o) in sheet
        .iter()
        .filter(|(q, _)| !q.starts_with("managers") && *q != "customers-2")
    {
        partial.answer(q, o);
    }
    let err = partial.score(&bank, &common::all(&bank)).unwrap_err();
    assert_eq!(
        err.unanswered,
        vec!["managers-1", "managers-2", "customers-2"]
    );
    // An answer naming an option the question lacks counts as unanswered.
    sheet.answer("suppliers-1", "z");
    assert_eq!(
        sheet
            .score(&bank, &common::all(&bank))
            .unwrap_err()
            .unanswered,
        vec!["suppliers-1"]
    );
    assert!(!sheet.fits(&bank));
    assert!(
        AnswerSheet::new()
            .score(&bank, &common::all(&bank))
            .unwrap_err()
            .unanswered
            .len()
            == 12
    );
}

#[test]
fn answering_again_replaces_the_answer() {
    let mut sheet = AnswerSheet::new();
    sheet.answer("q", "a");
    sheet.answer("q", "b");
    assert_eq!(sheet.chosen("q"), Some("b"));
    assert_eq!(sheet.len(), 1);
}

#[test]
fn built_in_bank_scores_the_extremes() {
    let bank = common::built_in();
    let top = common::sheet_scoring(&bank, |_| 3)
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert!(top
        .groups
        .iter()
        .all(|g| g.score == 100 && g.band == Band::High));
    let bottom = common::sheet_scoring(&bank, |_| 0)
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert!(bottom
        .groups
        .iter()
        .all(|g| g.score == 0 && g.band == Band::Low));
    assert_eq!((top.overall, bottom.overall), (100, 0));
}

#[test]
fn a_quick_attempt_scores_only_the_asked_questions() {
    let bank = common::small_bank();
    // One question of each group asked: groups score on that one alone.
    let asked: Vec<usize> = bank
        .groups
        .iter()
        .map(|g| bank.questions.iter().position(|q| q.group == g.id).unwrap())
        .collect();
    let mut sheet = AnswerSheet::new();
    for (k, i) in asked.iter().enumerate() {
        let q = &bank.questions[*i];
        let o = q.options.iter().find(|o| o.score == (k % 4) as u8).unwrap();
        sheet.answer(q.id.clone(), o.id.clone());
    }
    let s = sheet.score(&bank, &asked).unwrap();
    let got: Vec<u8> = s.groups.iter().map(|g| g.score).collect();
    assert_eq!(got, vec![0, 33, 67, 100, 0, 33]);
    assert_eq!(s.overall, 39); // 7 of 18
                               // The full set is not complete with only these answers.
    assert!(sheet.score(&bank, &common::all(&bank)).is_err());
    // Nothing asked, nothing to score.
    assert!(sheet.score(&bank, &[]).is_err());
}

#[test]
fn top_choices_count_answers_on_a_top_scoring_option() {
    let bank = common::small_bank();
    let picks = [3, 0, 1, 1, 2, 3, 0, 0, 3, 3, 1, 2];
    let s = common::sheet_scoring(&bank, |i| picks[i])
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert_eq!((s.top_choices, s.answered), (4, 12));
    assert!(!s.looks_too_good(&bank));
}

#[test]
fn the_candour_signal_starts_at_the_banks_threshold() {
    let mut bank = common::small_bank();
    assert_eq!(bank.candour_threshold, 80);
    // 10 of 12 on the top option is 83%: at or over 80.
    let ten = common::sheet_scoring(&bank, |i| if i < 10 { 3 } else { 2 })
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert_eq!((ten.top_choices, ten.answered), (10, 12));
    assert!(ten.looks_too_good(&bank));
    // 9 of 12 is 75%: under 80.
    let nine = common::sheet_scoring(&bank, |i| if i < 9 { 3 } else { 2 })
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert!(!nine.looks_too_good(&bank));
    // Exactly at the threshold counts: 9 of 12 is 75.
    bank.candour_threshold = 75;
    assert!(nine.looks_too_good(&bank));
    bank.candour_threshold = 100;
    assert!(!ten.looks_too_good(&bank));
    let all_top = common::sheet_scoring(&bank, |_| 3)
        .score(&bank, &common::all(&bank))
        .unwrap();
    assert!(all_top.looks_too_good(&bank));
}

#[test]
fn the_quick_check_counts_only_the_scenarios_asked() {
    let bank = common::small_bank();
    let sheet = common::sheet_scoring(&bank, |i| if i % 2 == 0 { 3 } else { 0 });
    // One scenario of each group, every one on the top option.
    let asked: Vec<usize> = (0..bank.questions.len()).step_by(2).collect();
    let s = sheet.score(&bank, &asked).unwrap();
    assert_eq!((s.top_choices, s.answered), (6, 6));
    assert!(s.looks_too_good(&bank));
}
