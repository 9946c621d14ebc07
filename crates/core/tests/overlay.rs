#![cfg(not(target_arch = "wasm32"))]
//! The overlay comparison: others' means (rounded, halves up), an earlier
//! attempt, the gaps that name blind spots and hidden strengths, and the
//! few-replies warning.

mod common;

use partner_radar_core::domain::overlay::{
    group_names, mean_scores, Comparison, Row, FEW_REPLIES, NOTABLE_GAP,
};
use partner_radar_core::domain::{Band, GroupScore, Scores, Side};

/// Scores with these group scores (the other fields do not matter here).
fn scores(groups: &[u8]) -> Scores {
    Scores {
        groups: groups
            .iter()
            .enumerate()
            .map(|(g, s)| GroupScore {
                group_id: format!("g{g}"),
                side: Side::Inside,
                score: *s,
                band: Band::of(*s),
            })
            .collect(),
        inside: 0,
        outside: 0,
        overall: 0,
        strongest: 0,
        weakest: 0,
        top_choices: 0,
        answered: groups.len(),
    }
}

#[test]
fn means_round_halves_up() {
    assert_eq!(mean_scores(&[]), None);
    assert_eq!(
        mean_scores(&[scores(&[0, 50, 100])]),
        Some(vec![0, 50, 100])
    );
    // 33 → 33, 66.5 → 67, 0.5 → 1, 99.5 → 100, 33.5 → 34, 1 → 1.
    let replies = [
        scores(&[33, 66, 0, 99, 33, 1]),
        scores(&[33, 67, 1, 100, 34, 1]),
    ];
    assert_eq!(mean_scores(&replies), Some(vec![33, 67, 1, 100, 34, 1]));
    let three = [
        scores(&[33, 0, 100, 33, 1]),
        scores(&[33, 0, 100, 34, 1]),
        scores(&[34, 1, 99, 34, 0]),
    ];
    // 33.33 → 33, 0.33 → 0, 99.67 → 100, 33.67 → 34, 0.67 → 1.
    assert_eq!(mean_scores(&three), Some(vec![33, 0, 100, 34, 1]));
    let four = [
        scores(&[0, 10]),
        scores(&[0, 10]),
        scores(&[0, 11]),
        scores(&[1, 11]),
    ];
    // 0.25 → 0, 10.5 → 11.
    assert_eq!(mean_scores(&four), Some(vec![0, 11]));
    // Many full replies do not overflow.
    let many = vec![scores(&[100, 99]); 1000];
    assert_eq!(mean_scores(&many), Some(vec![100, 99]));
}

#[test]
fn a_comparison_has_a_row_per_group_with_others_and_earlier() {
    let you = scores(&[50, 60, 70]);
    let replies = [scores(&[33, 66, 70]), scores(&[34, 67, 70])];
    let earlier = [40, 65, 70];
    let c = Comparison::new(&you, &replies, Some(&earlier));
    assert_eq!(c.replies, 2);
    assert_eq!(
        c.rows,
        vec![
            Row {
                you: 50,
                others: Some(34),
                earlier: Some(40)
            },
            Row {
                you: 60,
                others: Some(67),
                earlier: Some(65)
            },
            Row {
                you: 70,
                others: Some(70),
                earlier: Some(70)
            },
        ]
    );
    assert_eq!(c.others(), Some(vec![34, 67, 70]));
    assert_eq!(c.earlier(), Some(earlier.to_vec()));
    let gaps: Vec<Option<i16>> = c.rows.iter().map(Row::gap).collect();
    assert_eq!(gaps, vec![Some(-16), Some(7), Some(0)]);
    let changes: Vec<Option<i16>> = c.rows.iter().map(Row::change).collect();
    assert_eq!(changes, vec![Some(10), Some(-5), Some(0)]);
}

#[test]
fn without_replies_or_earlier_there_is_nothing_to_lay_over() {
    let you = scores(&[0, 100, 50]);
    let c = Comparison::new(&you, &[], None);
    assert_eq!(c.replies, 0);
    assert_eq!(c.others(), None);
    assert_eq!(c.earlier(), None);
    assert!(c
        .rows
        .iter()
        .all(|r| r.gap().is_none() && r.change().is_none()));
    assert!(c.blind_spots().is_empty());
    assert!(c.hidden_strengths().is_empty());
    assert!(!c.few_replies());
    assert_eq!(
        c.rows.iter().map(|r| r.you).collect::<Vec<_>>(),
        vec![0, 100, 50]
    );

    // An earlier attempt alone: changes, no gaps.
    let c = Comparison::new(&you, &[], Some(&[100, 0, 50]));
    let changes: Vec<Option<i16>> = c.rows.iter().map(Row::change).collect();
    assert_eq!(changes, vec![Some(-100), Some(100), Some(0)]);
    assert_eq!(c.others(), None);
    assert!(c.blind_spots().is_empty());
    // An earlier attempt with too few scores is not shown for the rest.
    let c = Comparison::new(&you, &[], Some(&[10]));
    assert_eq!(c.rows[0].earlier, Some(10));
    assert_eq!(c.rows[1].earlier, None);
    assert_eq!(c.earlier(), None);
}

#[test]
fn blind_spots_and_hidden_strengths_start_at_exactly_15_points() {
    assert_eq!(NOTABLE_GAP, 15);
    let you = scores(&[50, 50, 50, 50, 50, 50, 0, 100]);
    // Gaps: -15, -14, +14, +15, -50, +50, 0 (at 0 and 100 only one way is possible).
    let others = scores(&[35, 36, 64, 65, 0, 100, 0, 100]);
    let c = Comparison::new(&you, &[others], None);
    let gaps: Vec<i16> = c.rows.iter().map(|r| r.gap().unwrap()).collect();
    assert_eq!(gaps, vec![-15, -14, 14, 15, -50, 50, 0, 0]);
    assert_eq!(c.blind_spots(), vec![0, 4]);
    assert_eq!(c.hidden_strengths(), vec![3, 5]);

    // Rounding decides: means of 35.5 → 36 (gap -14) and 64.5 → 65 (gap +15).
    let you = scores(&[50, 50]);
    let c = Comparison::new(&you, &[scores(&[35, 64]), scores(&[36, 65])], None);
    assert_eq!(c.others(), Some(vec![36, 65]));
    assert!(c.blind_spots().is_empty());
    assert_eq!(c.hidden_strengths(), vec![1]);
}

#[test]
fn few_replies_below_three() {
    assert_eq!(FEW_REPLIES, 3);
    let you = scores(&[50]);
    let reply = scores(&[50]);
    for (n, few) in [(0, false), (1, true), (2, true), (3, false), (10, false)] {
        let replies = vec![reply.clone(); n];
        let c = Comparison::new(&you, &replies, None);
        assert_eq!(c.replies, n);
        assert_eq!(c.few_replies(), few, "{n} replies");
        assert_eq!(
            Comparison::with_means(&you, &[50], n).few_replies(),
            few,
            "{n}"
        );
    }
}

#[test]
fn with_means_lays_a_share_links_means_over_the_person() {
    let you = scores(&[50, 50, 80, 10]);
    let c = Comparison::with_means(&you, &[35, 66, 80, 25], 4);
    assert_eq!(c.replies, 4);
    assert_eq!(c.others(), Some(vec![35, 66, 80, 25]));
    assert_eq!(c.earlier(), None);
    assert!(c.rows.iter().all(|r| r.earlier.is_none()));
    assert_eq!(c.blind_spots(), vec![0]);
    assert_eq!(c.hidden_strengths(), vec![1, 3]);
    assert!(!c.few_replies());
    // Too few means: the groups without one have no gap.
    let c = Comparison::with_means(&you, &[0], 1);
    assert_eq!(c.rows[0].others, Some(0));
    assert_eq!(c.rows[1].others, None);
    assert_eq!(c.others(), None);
    assert_eq!(c.blind_spots(), vec![0]);
    assert!(c.few_replies());
}

#[test]
fn comparison_from_real_scores_on_the_small_bank() {
    let bank = common::small_bank();
    let all = common::all(&bank);
    // Top option everywhere versus the lowest everywhere.
    let you = common::sheet_scoring(&bank, |_| 3)
        .score(&bank, &all)
        .unwrap();
    let low = common::sheet_scoring(&bank, |_| 0)
        .score(&bank, &all)
        .unwrap();
    let mid = common::sheet_scoring(&bank, |i| if i % 2 == 0 { 1 } else { 2 })
        .score(&bank, &all)
        .unwrap();
    assert_eq!(
        mid.groups.iter().map(|g| g.score).collect::<Vec<_>>(),
        vec![50; 6]
    );
    let c = Comparison::new(&you, &[low, mid], Some(&[100, 100, 100, 0, 0, 0]));
    assert_eq!(c.others(), Some(vec![25; 6]));
    assert_eq!(c.blind_spots(), vec![0, 1, 2, 3, 4, 5]);
    assert!(c.hidden_strengths().is_empty());
    assert!(c.few_replies());
    let changes: Vec<i16> = c.rows.iter().map(|r| r.change().unwrap()).collect();
    assert_eq!(changes, vec![0, 0, 0, 100, 100, 100]);
    assert_eq!(
        group_names(&bank, &[0, 5, 99]),
        vec!["Direct reports", "Competitors"]
    );
}
