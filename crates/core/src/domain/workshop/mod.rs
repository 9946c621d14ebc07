//! Workshop mode: many people's shared results, gathered on a facilitator's
//! device and seen as one team. Plain Rust: the app reads pasted text and
//! files and keeps workshops in local storage; this module decides what a
//! link adds, keeps the entries, and works out the team's figures.
//!
//! An entry holds only what a participant chose to share, reduced to the
//! scores: a label, the day it was added, the length and the six group
//! scores, with a short key that tells the same result apart when it comes
//! twice. The answers themselves are never kept.

mod csv;
mod paste;
mod store;
mod team;

pub use csv::{csv_field, neutralise, to_csv, CSV_HEADER_FIXED};
pub use paste::{links_in_line, scan, ScannedLine};
pub use store::{
    check_name, decode, decode_index, encode, encode_index, index_key, storage_key, LoadProblem,
    NameProblem, MAX_NAME_CHARS, STORE_FORMAT, WORKSHOP_INDEX_KEY, WORKSHOP_KEY_PREFIX,
};
pub use team::{GroupSpread, Team};

use serde::{Deserialize, Serialize};

use super::bank::{fnv1a, Bank};
use super::order::Length;
use super::share::{self, ShareError, Shared};

/// Most participants in one workshop: the team view is built and measured
/// for this many (see `scripts/bench-workshop.mjs`).
pub const MAX_PARTICIPANTS: usize = 500;

/// One participant's result in a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The N of "Participant N": the entry's position when it was added,
    /// kept when earlier entries are removed.
    pub number: u32,
    /// The name the participant typed when sharing, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The day it was added, `YYYY-MM-DD`.
    pub added: String,
    /// Quick check or full assessment.
    pub length: Length,
    /// One score (0–100) per group, in the bank's group order.
    pub scores: Vec<u8>,
    /// The same result gives the same key (see [`result_key`]).
    pub key: String,
}

impl Entry {
    /// The name given when sharing, or "`participant` N" (`participant` is
    /// the interface's word, "Participant" in English).
    pub fn label(&self, participant: &str) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => format!("{participant} {}", self.number),
        }
    }

    /// Whether a stored entry makes sense for a bank of `groups` groups.
    fn is_sound(&self, groups: usize) -> bool {
        self.number > 0
            && self.scores.len() == groups
            && self.scores.iter().all(|s| *s <= 100)
            && is_date(&self.added)
            && self
                .name
                .as_deref()
                .is_none_or(|n| share::clean_name(n).as_deref() == Some(n))
            && !self.key.is_empty()
            && self.key.len() <= 64
    }
}

/// What one link did when added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Added as the entry with this number.
    Added(u32),
    /// The same result is already in the workshop, as the entry with this number.
    Duplicate(u32),
    /// Made with another set of questions (or another version of this one).
    OtherBank,
    /// Damaged, cut short or edited: the checksum or the shape is wrong.
    Damaged,
    /// Made by a version of the app that writes another link format.
    OtherFormat,
    /// The workshop already holds [`MAX_PARTICIPANTS`].
    Full,
    /// A line of text with no results link in it.
    NotALink,
}

/// What happened on one line of pasted text (once per link on it, or once
/// for a line with none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineOutcome {
    /// 1 for the first line.
    pub line: usize,
    pub outcome: Outcome,
}

/// Everything that adding a text did, line by line, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddReport {
    pub lines: Vec<LineOutcome>,
}

impl AddReport {
    /// How many entries were added.
    pub fn added(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| matches!(l.outcome, Outcome::Added(_)))
            .count()
    }

    /// Every line whose link was not added, except lines without a link.
    pub fn problems(&self) -> impl Iterator<Item = &LineOutcome> {
        self.lines
            .iter()
            .filter(|l| !matches!(l.outcome, Outcome::Added(_) | Outcome::NotALink))
    }

    /// The lines that held text but no results link, in order.
    pub fn lines_without_links(&self) -> Vec<usize> {
        self.lines
            .iter()
            .filter(|l| l.outcome == Outcome::NotALink)
            .map(|l| l.line)
            .collect()
    }
}

/// One workshop: its name, the bank it was made with and its entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub name: String,
    /// The fingerprint of the bank its scores belong to.
    pub bank: String,
    /// The number the next entry gets.
    pub next: u32,
    /// The participants, in the order they were added.
    pub entries: Vec<Entry>,
    /// Stored entries that could not be read, kept exactly as they were so
    /// that saving never loses them; [`Workshop::clear`] removes them.
    pub unreadable: Vec<serde_json::Value>,
}

impl Workshop {
    /// An empty workshop for `bank`.
    pub fn new(name: impl Into<String>, bank: &Bank) -> Self {
        Workshop {
            name: name.into(),
            bank: bank.fingerprint().to_owned(),
            next: 1,
            entries: Vec::new(),
            unreadable: Vec::new(),
        }
    }

    /// Adds every results link in `text` (pasted links, a chat export, a
    /// file's contents), reporting each line: what it added, or why not.
    /// Blank lines are skipped without a word.
    pub fn add_text(&mut self, bank: &Bank, text: &str, today: &str) -> AddReport {
        let mut report = AddReport::default();
        for scanned in scan(text) {
            if scanned.payloads.is_empty() {
                report.lines.push(LineOutcome {
                    line: scanned.line,
                    outcome: Outcome::NotALink,
                });
            }
            for payload in scanned.payloads {
                report.lines.push(LineOutcome {
                    line: scanned.line,
                    outcome: self.add_payload(bank, payload, today),
                });
            }
        }
        report
    }

    /// Adds one share payload (the text after `#r=`).
    pub fn add_payload(&mut self, bank: &Bank, payload: &str, today: &str) -> Outcome {
        let shared = match share::decode(bank, payload) {
            Ok(shared) => shared,
            Err(ShareError::OtherBank) => return Outcome::OtherBank,
            Err(ShareError::OtherFormat) => return Outcome::OtherFormat,
            Err(ShareError::Malformed | ShareError::Damaged | ShareError::Incomplete) => {
                return Outcome::Damaged
            }
        };
        let Ok(scores) = shared.answers.score(bank, &shared.asked) else {
            // decode only yields complete sheets.
            return Outcome::Damaged;
        };
        let key = result_key(bank, &shared);
        if let Some(earlier) = self.entries.iter().find(|e| e.key == key) {
            return Outcome::Duplicate(earlier.number);
        }
        if self.entries.len() >= MAX_PARTICIPANTS {
            return Outcome::Full;
        }
        let number = self.next;
        self.next += 1;
        self.entries.push(Entry {
            number,
            // decode has cleaned it as the share flow does (at most 40 characters).
            name: shared.name.clone(),
            added: today.to_owned(),
            length: if shared.asked.len() == bank.questions.len() {
                Length::Full
            } else {
                Length::Quick
            },
            scores: scores.groups.iter().map(|g| g.score).collect(),
            key,
        });
        Outcome::Added(number)
    }

    /// Removes the entry with this number; false when there is none.
    pub fn remove(&mut self, number: u32) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.number != number);
        self.entries.len() != before
    }

    /// Empties the workshop, unreadable entries too, and numbers afresh from 1.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.unreadable.clear();
        self.next = 1;
    }

    /// The entry with this number.
    pub fn entry(&self, number: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.number == number)
    }

    /// The team's figures, or `None` while the workshop is empty.
    pub fn team(&self, bank: &Bank) -> Option<Team> {
        Team::of(bank, &self.entries)
    }
}

/// A key for a result that is the same whenever the same result comes
/// again, whatever name or link format it arrives with: the bank's
/// fingerprint and 32 bits of an FNV-1a hash of which scenarios were asked
/// and which option was chosen in each. 32 bits cannot be turned back into
/// answers (far more answer sets share each value than there are values),
/// and two different results among 500 share a key about once in 30,000
/// workshops (the second is then reported as a duplicate).
pub fn result_key(bank: &Bank, shared: &Shared) -> String {
    let mut text = String::new();
    for &i in &shared.asked {
        if let Some(q) = bank.questions.get(i) {
            text.push_str(&q.id);
            text.push('=');
            text.push_str(shared.answers.chosen(&q.id).unwrap_or_default());
            text.push(';');
        }
    }
    // The low 32 bits are the point.
    let hash = fnv1a(text.as_bytes()) as u32;
    format!("{}-{hash:08x}", bank.fingerprint())
}

/// `YYYY-MM-DD` with digits in each place (not a calendar check).
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}
