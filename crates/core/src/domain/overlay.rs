//! Laying other views over the person's own radar: what others see (the
//! mean of the replies) and an earlier attempt, group by group, with the
//! gaps that name blind spots and hidden strengths.

use super::bank::Bank;
use super::reply::Relationship;
use super::scoring::{rounded_mean, Scores};

/// Others must score a group at least this many points lower (blind spot)
/// or higher (hidden strength) than the person for it to be named.
pub const NOTABLE_GAP: i16 = 15;

/// With fewer replies than this, the page says raters can be told apart.
pub const FEW_REPLIES: usize = 3;

/// One group's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The person's own score.
    pub you: u8,
    /// The mean of the replies' scores, rounded (halves up); `None` without replies.
    pub others: Option<u8>,
    /// The earlier attempt's score, when one is shown.
    pub earlier: Option<u8>,
}

impl Row {
    /// Others minus you, in points.
    pub fn gap(&self) -> Option<i16> {
        self.others.map(|o| i16::from(o) - i16::from(self.you))
    }

    /// You now minus the earlier attempt, in points.
    pub fn change(&self) -> Option<i16> {
        self.earlier.map(|e| i16::from(self.you) - i16::from(e))
    }
}

/// The whole comparison, one row per group in bank order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub rows: Vec<Row>,
    /// How many replies the others' means come from.
    pub replies: usize,
    /// How each rater said they know the person, when they said (from
    /// [`Comparison::from_raters`]); empty otherwise.
    pub relationships: Vec<Relationship>,
}

impl Comparison {
    /// `you` against the mean of `replies` and, optionally, an `earlier`
    /// attempt's group scores (bank order).
    pub fn new(you: &Scores, replies: &[Scores], earlier: Option<&[u8]>) -> Self {
        let others = mean_scores(replies);
        let rows = you
            .groups
            .iter()
            .enumerate()
            .map(|(g, s)| Row {
                you: s.score,
                others: others.as_ref().and_then(|o| o.get(g).copied()),
                earlier: earlier.and_then(|e| e.get(g).copied()),
            })
            .collect();
        Comparison {
            rows,
            replies: replies.len(),
            relationships: Vec::new(),
        }
    }

    /// The same comparison, naming how the raters know the person (those
    /// who said), in [`Relationship::ALL`] order so no reply's place shows.
    pub fn from_raters(mut self, said: impl IntoIterator<Item = Option<Relationship>>) -> Self {
        let mut relationships: Vec<Relationship> = said.into_iter().flatten().collect();
        relationships.sort_by_key(|r| r.code());
        self.relationships = relationships;
        self
    }

    /// `you` against others' means carried by a share link.
    pub fn with_means(you: &Scores, means: &[u8], replies: usize) -> Self {
        let mut comparison = Comparison::new(you, &[], None);
        for (row, mean) in comparison.rows.iter_mut().zip(means) {
            row.others = Some(*mean);
        }
        comparison.replies = replies;
        comparison
    }

    /// The others' means, one per group, when there are replies.
    pub fn others(&self) -> Option<Vec<u8>> {
        self.rows.iter().map(|r| r.others).collect()
    }

    /// The earlier attempt's scores, one per group, when one is shown.
    pub fn earlier(&self) -> Option<Vec<u8>> {
        self.rows.iter().map(|r| r.earlier).collect()
    }

    /// Indices of groups others score at least [`NOTABLE_GAP`] lower.
    pub fn blind_spots(&self) -> Vec<usize> {
        self.groups_where(|gap| gap <= -NOTABLE_GAP)
    }

    /// Indices of groups others score at least [`NOTABLE_GAP`] higher.
    pub fn hidden_strengths(&self) -> Vec<usize> {
        self.groups_where(|gap| gap >= NOTABLE_GAP)
    }

    /// True when there are replies, but fewer than [`FEW_REPLIES`].
    pub fn few_replies(&self) -> bool {
        self.replies > 0 && self.replies < FEW_REPLIES
    }

    fn groups_where(&self, notable: impl Fn(i16) -> bool) -> Vec<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.gap().is_some_and(&notable))
            .map(|(g, _)| g)
            .collect()
    }
}

/// Each group's mean over `scores`, rounded with halves up; `None` when
/// there are none.
pub fn mean_scores(scores: &[Scores]) -> Option<Vec<u8>> {
    let groups = scores.first()?.groups.len();
    let means = (0..groups)
        .map(|g| {
            let sum: u32 = scores
                .iter()
                .map(|s| s.groups.get(g).map_or(0, |x| u32::from(x.score)))
                .sum();
            rounded_mean(sum, scores.len())
        })
        .collect();
    Some(means)
}

/// The group names of `indices`, in order.
pub fn group_names<'a>(bank: &'a Bank, indices: &[usize]) -> Vec<&'a str> {
    indices
        .iter()
        .filter_map(|g| bank.groups.get(*g))
        .map(|g| g.name.as_str())
        .collect()
}
