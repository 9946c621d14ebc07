//! The team's figures: per group the mean, the lowest and the highest
//! score; the inside and outside averages; the strongest group and the two
//! to work on.

use super::Entry;
use crate::domain::bank::{Bank, Side};
use crate::domain::scoring::{rounded_mean, Band};

/// One group across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSpread {
    /// The mean score, rounded to a whole number, halves away from zero.
    pub mean: u8,
    /// The lowest score.
    pub low: u8,
    /// The highest score.
    pub high: u8,
    /// Every score added up: the exact mean is `sum / n`.
    pub sum: u32,
    /// The band of the rounded mean, which selects the team advice.
    pub band: Band,
}

/// A team of one or more participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    /// How many participants.
    pub n: usize,
    /// One per group, in bank order.
    pub groups: Vec<GroupSpread>,
    /// Every inside score of every participant, averaged and rounded.
    pub inside: u8,
    /// Every outside score of every participant, averaged and rounded.
    pub outside: u8,
    /// Index into `groups` of the highest exact mean; ties to the earlier group.
    pub strongest: usize,
    /// Indices of the two lowest exact means, lowest first; ties to the earlier group.
    pub to_work_on: Vec<usize>,
}

impl Team {
    /// The team of `entries` for `bank`, or `None` without entries. Each
    /// entry holds one score per group (the store checks this on loading).
    pub fn of(bank: &Bank, entries: &[Entry]) -> Option<Team> {
        let n = entries.len();
        if n == 0 {
            return None;
        }
        let groups: Vec<GroupSpread> = (0..bank.groups.len())
            .map(|g| {
                let scores = entries
                    .iter()
                    .map(|e| e.scores.get(g).copied().unwrap_or(0));
                let sum: u32 = scores.clone().map(u32::from).sum();
                let mean = rounded_mean(sum, n);
                GroupSpread {
                    mean,
                    low: scores.clone().min().unwrap_or(0),
                    high: scores.max().unwrap_or(0),
                    sum,
                    band: Band::of(mean),
                }
            })
            .collect();
        let side = |side: Side| {
            let sums: Vec<u32> = bank
                .groups
                .iter()
                .zip(&groups)
                .filter(|(g, _)| g.side == side)
                .map(|(_, s)| s.sum)
                .collect();
            rounded_mean(sums.iter().sum(), n * sums.len())
        };
        // Every group has the same n, so the sums order the exact means.
        let mut order: Vec<usize> = (0..groups.len()).collect();
        order.sort_by_key(|&g| groups[g].sum); // stable: ties keep bank order
        let strongest = (0..groups.len())
            .rev()
            .max_by_key(|&g| groups[g].sum)
            .unwrap_or(0);
        Some(Team {
            n,
            inside: side(Side::Inside),
            outside: side(Side::Outside),
            strongest,
            to_work_on: order.into_iter().take(2).collect(),
            groups,
        })
    }
}
