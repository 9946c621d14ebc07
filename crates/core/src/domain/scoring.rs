//! Answer sheets and the scores, bands and highlights they produce.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::bank::{Bank, Group, Side};

/// Scores below this are in the low band.
pub const MID_FROM: u8 = 40;
/// Scores at or above this are in the high band.
pub const HIGH_FROM: u8 = 70;

/// The person's answers: question id → chosen option id, in question id
/// order. Stored in saved progress as a JSON object of the same pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnswerSheet(BTreeMap<String, String>);

/// Why a sheet could not be scored: the questions still without a valid answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incomplete {
    /// Ids of unanswered questions, in bank order.
    pub unanswered: Vec<String>,
}

impl AnswerSheet {
    /// An empty sheet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records (or replaces) the answer to a question.
    pub fn answer(&mut self, question_id: impl Into<String>, option_id: impl Into<String>) {
        self.0.insert(question_id.into(), option_id.into());
    }

    /// The option chosen for a question, if any.
    pub fn chosen(&self, question_id: &str) -> Option<&str> {
        self.0.get(question_id).map(String::as_str)
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (question id, option id) pair.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(q, o)| (q.as_str(), o.as_str()))
    }

    /// Asked questions (indices into `bank.questions`) without a valid answer.
    pub fn unanswered<'b>(&self, bank: &'b Bank, asked: &[usize]) -> Vec<&'b str> {
        asked
            .iter()
            .filter_map(|i| bank.questions.get(*i))
            .filter(|q| self.chosen(&q.id).and_then(|o| q.option(o)).is_none())
            .map(|q| q.id.as_str())
            .collect()
    }

    /// True when every answer names a question and option the bank has.
    pub fn fits(&self, bank: &Bank) -> bool {
        self.iter().all(|(q, o)| {
            bank.question_index(q)
                .is_some_and(|i| bank.questions[i].option(o).is_some())
        })
    }

    /// Scores a sheet on the questions that were `asked` (indices into
    /// `bank.questions`): each group's score uses its asked questions only.
    /// A sheet missing any asked answer reports what is missing.
    pub fn score(&self, bank: &Bank, asked: &[usize]) -> Result<Scores, Incomplete> {
        let unanswered = self.unanswered(bank, asked);
        if !unanswered.is_empty() || asked.is_empty() {
            return Err(Incomplete {
                unanswered: unanswered.into_iter().map(str::to_owned).collect(),
            });
        }
        let mut top_choices = 0;
        let chosen: Vec<(&str, u32)> = asked
            .iter()
            .filter_map(|i| bank.questions.get(*i))
            .filter_map(|q| {
                let o = self.chosen(&q.id).and_then(|o| q.option(o))?;
                if q.options.iter().all(|other| other.score <= o.score) {
                    top_choices += 1;
                }
                Some((q.group.as_str(), u32::from(o.score)))
            })
            .collect();
        let groups: Vec<GroupScore> = bank
            .groups
            .iter()
            .map(|group| {
                let (total, count) = chosen
                    .iter()
                    .filter(|(g, _)| *g == group.id)
                    .fold((0u32, 0u32), |(t, n), (_, s)| (t + s, n + 1));
                let score = percent(total, 3 * count);
                GroupScore {
                    group_id: group.id.clone(),
                    side: group.side,
                    score,
                    band: Band::of(score),
                }
            })
            .collect();
        let all_total: u32 = chosen.iter().map(|(_, s)| s).sum();
        Ok(Scores {
            inside: side_average(&groups, Side::Inside),
            outside: side_average(&groups, Side::Outside),
            overall: percent(all_total, 3 * chosen.len() as u32),
            strongest: extreme(&groups, |a, b| a > b),
            weakest: extreme(&groups, |a, b| a < b),
            top_choices,
            answered: chosen.len(),
            groups,
        })
    }
}

/// Which band a score falls in; selects the group's advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Low,
    Mid,
    High,
}

impl Band {
    /// low < 40 ≤ mid < 70 ≤ high.
    pub fn of(score: u8) -> Self {
        if score < MID_FROM {
            Band::Low
        } else if score < HIGH_FROM {
            Band::Mid
        } else {
            Band::High
        }
    }
}

/// One group's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupScore {
    pub group_id: String,
    pub side: Side,
    /// 0–100.
    pub score: u8,
    pub band: Band,
}

/// Everything the results screen reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    /// One per group, in bank order.
    pub groups: Vec<GroupScore>,
    /// Mean of the inside groups' scores, rounded.
    pub inside: u8,
    /// Mean of the outside groups' scores, rounded.
    pub outside: u8,
    /// All chosen scores as a share of the maximum, 0–100.
    pub overall: u8,
    /// Index into `groups` of the highest score; ties go to the earlier group.
    pub strongest: usize,
    /// Index into `groups` of the lowest score; ties go to the earlier group.
    pub weakest: usize,
    /// How many answers chose an option that scores highest in its scenario.
    pub top_choices: usize,
    /// How many scenarios were answered (and scored).
    pub answered: usize,
}

impl Scores {
    /// Each group of `bank` with its score, in bank order. `Scores` made
    /// from a bank hold one score per group in the same order, so this pairs
    /// them once instead of every component looking groups up by id.
    pub fn by_group<'a>(
        &'a self,
        bank: &'a Bank,
    ) -> impl Iterator<Item = (&'a Group, &'a GroupScore)> {
        bank.groups
            .iter()
            .zip(&self.groups)
            .filter(|(g, s)| g.id == s.group_id)
    }

    /// Whether the answers chose a top-scoring option at least as often as
    /// the bank's `candour_threshold` (per cent): an unusually even, high
    /// profile, which the results point out without judging it.
    pub fn looks_too_good(&self, bank: &Bank) -> bool {
        self.answered > 0
            && 100 * self.top_choices >= usize::from(bank.candour_threshold) * self.answered
    }

    /// The group with the highest score (ties to the earlier group).
    pub fn strongest_group<'a>(&self, bank: &'a Bank) -> Option<&'a Group> {
        bank.groups.get(self.strongest)
    }

    /// The group with the lowest score (ties to the earlier group).
    pub fn weakest_group<'a>(&self, bank: &'a Bank) -> Option<&'a Group> {
        bank.groups.get(self.weakest)
    }
}

/// `sum / count` rounded to a whole number, halves away from zero (up, as
/// scores are never negative), in whole-number arithmetic, so 0.5 never
/// meets a binary fraction: the mean of scores, as teams and raters get it.
pub fn rounded_mean(sum: u32, count: usize) -> u8 {
    if count == 0 {
        return 0;
    }
    let count = count as u64;
    // Scores are at most 100, so the mean fits a u8.
    ((2 * u64::from(sum) + count) / (2 * count)) as u8
}

/// round(100 × part ÷ whole), halves rounded up, in whole-number arithmetic.
fn percent(part: u32, whole: u32) -> u8 {
    if whole == 0 {
        return 0;
    }
    ((200 * part + whole) / (2 * whole)) as u8
}

fn side_average(groups: &[GroupScore], side: Side) -> u8 {
    let scores: Vec<u32> = groups
        .iter()
        .filter(|g| g.side == side)
        .map(|g| u32::from(g.score))
        .collect();
    percent(scores.iter().sum(), 100 * scores.len() as u32)
}

/// Index of the first group whose score beats every other by `better`.
fn extreme(groups: &[GroupScore], better: impl Fn(u8, u8) -> bool) -> usize {
    groups.iter().enumerate().fold(0, |best, (i, g)| {
        if better(g.score, groups[best].score) {
            i
        } else {
            best
        }
    })
}
