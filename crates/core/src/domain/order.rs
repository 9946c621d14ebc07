//! Which scenarios an attempt asks, and in what order, from the attempt's seed.
//!
//! Groups are mixed so that nobody answers a run of one group's scenarios
//! and starts answering the label instead of the situation. The order is a
//! pure function of the bank, the length and the seed, so a reload (which
//! keeps the seed) asks the same scenarios in the same order.

use serde::{Deserialize, Serialize};

use super::bank::{fnv1a, Bank};

/// Scenarios per group in the quick check.
pub const QUICK_PER_GROUP: usize = 2;

/// How much of the bank an attempt asks; in saved progress, its
/// [`name`](Length::name) as a JSON string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// [`QUICK_PER_GROUP`] scenarios of each group, drawn with the seed.
    Quick,
    /// Every scenario of the bank.
    Full,
}

impl Length {
    /// Its name wherever it is written down: saved progress, host events,
    /// the build-time welcome screen's buttons.
    pub fn name(self) -> &'static str {
        match self {
            Length::Quick => "quick",
            Length::Full => "full",
        }
    }

    /// The length with this [`name`](Length::name).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "quick" => Some(Length::Quick),
            "full" => Some(Length::Full),
            _ => None,
        }
    }
}

/// The indices (into `bank.questions`) an attempt asks, in the order it asks them.
///
/// Each round asks one scenario of every group that has any left, in a
/// shuffled group order whose first group differs from the previous round's
/// last, so two scenarios of one group never follow each other while another
/// group still has one to ask.
pub fn attempt_order(bank: &Bank, length: Length, seed: u64) -> Vec<usize> {
    let mut rng = fastrand::Rng::with_seed(seed ^ fnv1a(b"attempt-order"));
    let pools: Vec<Vec<usize>> = bank
        .groups
        .iter()
        .map(|g| {
            let mut mine: Vec<usize> = (0..bank.questions.len())
                .filter(|i| bank.questions[*i].group == g.id)
                .collect();
            rng.shuffle(&mut mine);
            if length == Length::Quick {
                mine.truncate(QUICK_PER_GROUP);
            }
            mine
        })
        .collect();
    interleave(pools, &mut rng)
}

/// The order a rater answers an invitation's scenarios (`asked`, indices
/// into `bank.questions`) in: mixed as [`attempt_order`] mixes an attempt,
/// from the rater's own seed.
pub fn rater_order(bank: &Bank, asked: &[usize], seed: u64) -> Vec<usize> {
    let mut rng = fastrand::Rng::with_seed(seed ^ fnv1a(b"rater-order"));
    let pools: Vec<Vec<usize>> = bank
        .groups
        .iter()
        .map(|g| {
            let mut mine: Vec<usize> = (0..bank.questions.len())
                .filter(|i| asked.contains(i) && bank.questions[*i].group == g.id)
                .collect();
            rng.shuffle(&mut mine);
            mine
        })
        .collect();
    interleave(pools, &mut rng)
}

/// One scenario of every group that has any left per round, in a shuffled
/// group order whose first group differs from the previous round's last.
fn interleave(mut pools: Vec<Vec<usize>>, rng: &mut fastrand::Rng) -> Vec<usize> {
    let mut order = Vec::with_capacity(pools.iter().map(Vec::len).sum());
    let mut last_group = None;
    loop {
        let mut round: Vec<usize> = (0..pools.len()).filter(|g| !pools[*g].is_empty()).collect();
        if round.is_empty() {
            break;
        }
        rng.shuffle(&mut round);
        if round.len() > 1 && Some(round[0]) == last_group {
            let swap_with = rng.usize(1..round.len());
            round.swap(0, swap_with);
        }
        for g in &round {
            if let Some(q) = pools[*g].pop() {
                order.push(q);
            }
        }
        last_group = round.last().copied();
    }
    order
}

/// Total words in the given scenarios and their options.
pub fn word_count(bank: &Bank, asked: impl IntoIterator<Item = usize>) -> usize {
    let words = |s: &str| s.split_whitespace().count();
    asked
        .into_iter()
        .filter_map(|i| bank.questions.get(i))
        .map(|q| words(&q.scenario) + q.options.iter().map(|o| words(&o.text)).sum::<usize>())
        .sum()
}

/// Reading speed used for time estimates, in words a minute.
pub const WORDS_PER_MINUTE: usize = 200;
/// Time allowed to weigh up and make each choice, in seconds.
pub const SECONDS_PER_CHOICE: usize = 8;

/// An honest estimate in whole minutes (at least 1) for an attempt of `length`:
/// its reading time at [`WORDS_PER_MINUTE`] plus [`SECONDS_PER_CHOICE`] a scenario.
pub fn estimated_minutes(bank: &Bank, length: Length) -> usize {
    let all = bank.questions.len();
    let count = scenario_count(bank, length);
    // The quick check's scenarios are drawn per attempt: use the bank's average.
    let words = word_count(bank, 0..all) * count / all.max(1);
    let seconds = words * 60 / WORDS_PER_MINUTE + count * SECONDS_PER_CHOICE;
    seconds.div_ceil(60).max(1)
}

/// How many scenarios an attempt of `length` asks.
pub fn scenario_count(bank: &Bank, length: Length) -> usize {
    match length {
        Length::Full => bank.questions.len(),
        Length::Quick => bank
            .groups
            .iter()
            .map(|g| bank.questions_in(&g.id).count().min(QUICK_PER_GROUP))
            .sum(),
    }
}
