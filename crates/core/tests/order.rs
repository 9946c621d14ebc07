#![cfg(not(target_arch = "wasm32"))]
//! Which scenarios an attempt asks, their mixed order, and the time estimates.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use partner_radar_core::domain::order::{
    attempt_order, estimated_minutes, scenario_count, word_count, QUICK_PER_GROUP,
};
use partner_radar_core::domain::{Bank, Length};
use proptest::prelude::*;

fn groups_in(bank: &Bank, order: &[usize]) -> Vec<String> {
    order
        .iter()
        .map(|i| bank.questions[*i].group.clone())
        .collect()
}

fn no_group_twice_in_a_row(bank: &Bank, order: &[usize]) -> bool {
    groups_in(bank, order).windows(2).all(|w| w[0] != w[1])
}

#[test]
fn a_full_attempt_asks_every_scenario_once() {
    for bank in [common::small_bank(), common::built_in()] {
        let order = attempt_order(&bank, Length::Full, 1);
        let set: BTreeSet<usize> = order.iter().copied().collect();
        assert_eq!(order.len(), bank.questions.len());
        assert_eq!(set, (0..bank.questions.len()).collect());
    }
}

#[test]
fn a_quick_check_asks_two_of_each_group() {
    let bank = common::built_in();
    let order = attempt_order(&bank, Length::Quick, 77);
    assert_eq!(order.len(), 6 * QUICK_PER_GROUP);
    let mut per_group: BTreeMap<String, usize> = BTreeMap::new();
    for g in groups_in(&bank, &order) {
        *per_group.entry(g).or_default() += 1;
    }
    assert_eq!(per_group.len(), 6);
    assert!(per_group.values().all(|n| *n == QUICK_PER_GROUP));
    let set: BTreeSet<usize> = order.iter().copied().collect();
    assert_eq!(set.len(), order.len(), "no scenario twice");
}

#[test]
fn the_order_depends_only_on_the_seed() {
    let bank = common::built_in();
    for length in [Length::Quick, Length::Full] {
        assert_eq!(
            attempt_order(&bank, length, 5),
            attempt_order(&bank, length, 5)
        );
    }
    assert_ne!(
        attempt_order(&bank, Length::Full, 5),
        attempt_order(&bank, Length::Full, 6)
    );
    // Different seeds draw different quick checks.
    let draws: BTreeSet<BTreeSet<usize>> = (0..20)
        .map(|s| attempt_order(&bank, Length::Quick, s).into_iter().collect())
        .collect();
    assert!(
        draws.len() > 10,
        "only {} distinct quick draws",
        draws.len()
    );
}

#[test]
fn the_full_order_is_not_bank_order() {
    let bank = common::built_in();
    let order = attempt_order(&bank, Length::Full, 2);
    assert_ne!(order, (0..bank.questions.len()).collect::<Vec<_>>());
}

#[test]
fn counts_and_estimates_are_honest() {
    let bank = common::built_in();
    assert_eq!(scenario_count(&bank, Length::Full), bank.questions.len());
    assert_eq!(scenario_count(&bank, Length::Quick), 12);
    let words = word_count(&bank, 0..bank.questions.len());
    let full = estimated_minutes(&bank, Length::Full);
    let quick = estimated_minutes(&bank, Length::Quick);
    // Reading at 200 words a minute is a floor; a few seconds per choice on top.
    assert!(full * 200 >= words, "{full} min for {words} words");
    assert!(full * 200 <= words + 200 * (1 + bank.questions.len() / 4));
    assert!(quick < full && quick >= 1);
}

proptest! {
    #[test]
    fn mixed_order_never_repeats_a_group_back_to_back(seed in any::<u64>()) {
        for bank in [common::small_bank(), common::built_in()] {
            for length in [Length::Quick, Length::Full] {
                let order = attempt_order(&bank, length, seed);
                prop_assert!(no_group_twice_in_a_row(&bank, &order), "{:?}", groups_in(&bank, &order));
            }
        }
    }
}

#[test]
fn each_length_is_found_by_its_name() {
    for length in [Length::Quick, Length::Full] {
        assert_eq!(Length::from_name(length.name()), Some(length));
    }
    assert_eq!(
        (Length::Quick.name(), Length::Full.name()),
        ("quick", "full")
    );
    assert_eq!(Length::from_name("Quick"), None);
    assert_eq!(Length::from_name(""), None);
}

#[test]
fn the_built_in_quick_check_takes_at_most_nine_minutes() {
    // A visitor at a stand or on a consultancy's site gives the quick check
    // minutes, not a quarter of an hour: scenarios stay short to keep it so.
    let bank = common::built_in();
    let words = word_count(&bank, 0..bank.questions.len());
    let per_scenario = words as f64 / bank.questions.len() as f64;
    assert!(per_scenario <= 130.0, "{per_scenario:.1} words a scenario");
    assert!(estimated_minutes(&bank, Length::Quick) <= 9);
}
