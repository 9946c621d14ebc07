//! Earlier attempts kept on the person's device, one list per bank, with
//! the invitations each attempt sent out and the replies that came back.
//! serde derives the stored JSON from these types; each attempt is read on
//! its own, so one damaged entry never costs the others.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bank::Bank;
use super::invite::{Invitation, InviteId};
use super::order::Length;
use super::reply::{self, Reply, ReplyError};
use super::scoring::{AnswerSheet, Scores};
use super::share::ShareError;

/// Format version of the stored history; bump when its shape changes.
pub const HISTORY_FORMAT: u32 = 1;

/// An invitation as the inviting device keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invited {
    pub id: InviteId,
    #[serde(default)]
    pub name: Option<String>,
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The attempt's seed, which names it: finishing it again (after going
    /// back to change an answer) updates this entry rather than adding one.
    pub seed: u64,
    /// When it was first finished, `YYYY-MM-DD` on the device's calendar.
    pub date: String,
    pub length: Length,
    /// The scenarios asked, by question id, in the order they were asked.
    pub asked: Vec<String>,
    pub answers: AnswerSheet,
    /// Each group's score (0–100), in bank order, as finished.
    pub scores: Vec<u8>,
    /// The overall score (0–100).
    pub overall: u8,
    #[serde(default)]
    pub invitations: Vec<Invited>,
    #[serde(default)]
    pub replies: Vec<Reply>,
}

impl Attempt {
    /// A finished attempt: `asked` are indices into `bank.questions`.
    pub fn new(
        bank: &Bank,
        seed: u64,
        date: &str,
        length: Length,
        asked: &[usize],
        answers: &AnswerSheet,
    ) -> Option<Self> {
        let scores = answers.score(bank, asked).ok()?;
        Some(Attempt {
            seed,
            date: date.to_owned(),
            length,
            asked: asked
                .iter()
                .filter_map(|i| bank.questions.get(*i))
                .map(|q| q.id.clone())
                .collect(),
            answers: answers.clone(),
            scores: scores.groups.iter().map(|g| g.score).collect(),
            overall: scores.overall,
            invitations: Vec::new(),
            replies: Vec::new(),
        })
    }

    /// The asked scenarios as indices into `bank.questions`, ascending.
    pub fn asked_indices(&self, bank: &Bank) -> Vec<usize> {
        let mut asked: Vec<usize> = self
            .asked
            .iter()
            .filter_map(|id| bank.question_index(id))
            .collect();
        asked.sort_unstable();
        asked
    }

    /// The attempt's scores, worked out again from its answers.
    pub fn rescore(&self, bank: &Bank) -> Option<Scores> {
        self.answers.score(bank, &self.asked_indices(bank)).ok()
    }

    /// Its invitations as the reply decoder needs them.
    pub fn invitations(&self, bank: &Bank) -> Vec<Invitation> {
        let asked = self.asked_indices(bank);
        self.invitations
            .iter()
            .map(|i| Invitation {
                id: i.id,
                asked: asked.clone(),
                name: i.name.clone(),
            })
            .collect()
    }

    /// Each reply's scores, in the order they were added.
    pub fn reply_scores(&self, bank: &Bank) -> Vec<Scores> {
        let asked = self.asked_indices(bank);
        self.replies
            .iter()
            .filter_map(|r| r.answers.score(bank, &asked).ok())
            .collect()
    }

    /// True when everything in it fits `bank`: every asked id in the bank,
    /// every asked scenario answered, the scores those answers give, and
    /// every reply answering one of its invitations in full.
    fn fits(&self, bank: &Bank) -> bool {
        let asked = self.asked_indices(bank);
        let known = asked.len() == self.asked.len() && !asked.is_empty();
        let scores = self.rescore(bank).is_some_and(|s| {
            s.overall == self.overall
                && s.groups
                    .iter()
                    .map(|g| g.score)
                    .eq(self.scores.iter().copied())
        });
        let replies = self.replies.iter().all(|r| {
            self.invitations.iter().any(|i| i.id == r.invite)
                && r.answers.score(bank, &asked).is_ok()
                && r.answers.len() == asked.len()
        });
        known && scores && replies && self.answers.fits(bank)
    }
}

/// The stored list, with the fingerprint of the bank it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    format: u32,
    bank: String,
    attempts: Vec<Value>,
}

/// What could not be read back, so the person can be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryProblem {
    /// Nothing stored could be read as a list of attempts.
    Unreadable,
    /// This many entries could not be read; the others were.
    SomeUnreadable(usize),
}

/// Every attempt kept for one bank, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub attempts: Vec<Attempt>,
}

/// What became of one line given to [`History::add_replies`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineOutcome {
    /// Added to the attempt with this seed.
    Added { seed: u64 },
    /// Refused, and why.
    Refused(ReplyError),
}

/// One non-blank line given to [`History::add_replies`] and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based, counting every line given, blank ones too.
    pub number: usize,
    pub outcome: LineOutcome,
}

impl History {
    /// Reads the stored JSON for `bank`. Entries that cannot be read, or do
    /// not fit the bank, are returned as they were, to be set aside rather
    /// than lost, and counted in the problem.
    pub fn decode(json: &str, bank: &Bank) -> (History, Vec<Value>, Option<HistoryProblem>) {
        let stored: Stored = match serde_json::from_str(json) {
            Ok(stored) => stored,
            Err(_) => {
                let raw = Value::String(json.to_owned());
                return (
                    History::default(),
                    vec![raw],
                    Some(HistoryProblem::Unreadable),
                );
            }
        };
        if stored.format != HISTORY_FORMAT || stored.bank != bank.fingerprint() {
            let raw = Value::String(json.to_owned());
            return (
                History::default(),
                vec![raw],
                Some(HistoryProblem::Unreadable),
            );
        }
        let mut history = History::default();
        let mut set_aside = Vec::new();
        for value in stored.attempts {
            match serde_json::from_value::<Attempt>(value.clone()) {
                Ok(attempt) if attempt.fits(bank) => history.attempts.push(attempt),
                _ => set_aside.push(value),
            }
        }
        let problem =
            (!set_aside.is_empty()).then_some(HistoryProblem::SomeUnreadable(set_aside.len()));
        (history, set_aside, problem)
    }

    /// The JSON to store for `bank`.
    pub fn encode(&self, bank: &Bank) -> Result<String, String> {
        let attempts = self
            .attempts
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<Value>, _>>()
            .map_err(|e| e.to_string())?;
        serde_json::to_string(&Stored {
            format: HISTORY_FORMAT,
            bank: bank.fingerprint().to_owned(),
            attempts,
        })
        .map_err(|e| e.to_string())
    }

    /// The attempt with this seed.
    pub fn attempt(&self, seed: u64) -> Option<&Attempt> {
        self.attempts.iter().find(|a| a.seed == seed)
    }

    /// Keeps a finished attempt: a new one at the end, or the same attempt
    /// finished again (changed answers) in its place, keeping its date,
    /// invitations and replies.
    pub fn record(&mut self, attempt: Attempt) {
        match self.attempts.iter_mut().find(|a| a.seed == attempt.seed) {
            Some(kept) => {
                kept.length = attempt.length;
                kept.asked = attempt.asked;
                kept.answers = attempt.answers;
                kept.scores = attempt.scores;
                kept.overall = attempt.overall;
            }
            None => self.attempts.push(attempt),
        }
    }

    /// Forgets the attempt with this seed, with its invitations and replies.
    pub fn delete(&mut self, seed: u64) {
        self.attempts.retain(|a| a.seed != seed);
    }

    /// Notes an invitation sent for the attempt with this seed.
    pub fn invite(&mut self, seed: u64, invited: Invited) -> bool {
        match self.attempts.iter_mut().find(|a| a.seed == seed) {
            Some(attempt) => {
                if !attempt.invitations.iter().any(|i| i.id == invited.id) {
                    attempt.invitations.push(invited);
                }
                true
            }
            None => false,
        }
    }

    /// Adds the reply links found in `text`, one per line (a whole link, a
    /// fragment or a bare payload). Each line is decoded against every
    /// invitation kept; refused lines say why, and the others still count.
    pub fn add_replies(&mut self, bank: &Bank, text: &str) -> Vec<Line> {
        let mut lines = Vec::new();
        for (k, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let outcome = match self.add_reply(bank, line) {
                Ok(seed) => LineOutcome::Added { seed },
                Err(e) => LineOutcome::Refused(e),
            };
            lines.push(Line {
                number: k + 1,
                outcome,
            });
        }
        lines
    }

    /// Adds one reply link; the seed of the attempt it joined.
    pub fn add_reply(&mut self, bank: &Bank, link: &str) -> Result<u64, ReplyError> {
        let payload = reply_payload(link).ok_or(ReplyError::Link(ShareError::Malformed))?;
        let invitations: Vec<Invitation> = self
            .attempts
            .iter()
            .flat_map(|a| a.invitations(bank))
            .collect();
        let reply = reply::decode(bank, payload, &invitations)?;
        let attempt = self
            .attempts
            .iter_mut()
            .find(|a| a.invitations.iter().any(|i| i.id == reply.invite))
            .ok_or(ReplyError::OtherInvitation)?;
        if attempt
            .replies
            .iter()
            .any(|r| r.id == reply.id && r.invite == reply.invite)
        {
            return Err(ReplyError::Duplicate);
        }
        attempt.replies.push(reply);
        Ok(attempt.seed)
    }
}

/// The reply payload in a line: after `v=` in a link or fragment, or the
/// whole line when it has no `#`, `=` or space of its own.
pub fn reply_payload(line: &str) -> Option<&str> {
    let line = line.trim();
    match line.find('#') {
        Some(hash) => reply::payload_from_fragment(&line[hash..]),
        None if line.starts_with("v=") => reply::payload_from_fragment(line),
        None if !line.contains(['=', ' ', '/', ':']) => Some(line),
        None => None,
    }
}

/// What to keep under the set-aside key: the entries kept there before
/// (`earlier`, if it reads as a list) with `aside` after them, as JSON.
pub fn set_aside(earlier: Option<&str>, aside: Vec<Value>) -> String {
    let mut kept: Vec<Value> = earlier
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or_default();
    kept.extend(aside);
    Value::Array(kept).to_string()
}
