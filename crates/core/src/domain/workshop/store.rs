//! Workshops as they are kept in local storage: one key per workshop,
//! `partner-radar/workshop/<name>`, and the list of names under
//! `partner-radar/workshops`, both JSON written and read with serde.
//!
//! A workshop is `{"format":1,"name":…,"bank":<fingerprint>,"next":N,
//! "entries":[…]}`; each entry is read on its own, so one that is damaged
//! is reported and kept aside while the rest load.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Entry, Workshop};
use crate::domain::bank::Bank;

/// The storage format this build writes and reads.
pub const STORE_FORMAT: u32 = 1;

/// Every workshop's key starts with this, followed by its name.
pub const WORKSHOP_KEY_PREFIX: &str = "partner-radar/workshop/";

/// The key of the list of workshop names.
pub const WORKSHOP_INDEX_KEY: &str = "partner-radar/workshops";

/// Most characters in a workshop's name.
pub const MAX_NAME_CHARS: usize = 60;

/// The key a workshop is kept under.
pub fn storage_key(name: &str) -> String {
    format!("{WORKSHOP_KEY_PREFIX}{name}")
}

/// The key of the list of names (the same as [`WORKSHOP_INDEX_KEY`]).
pub fn index_key() -> &'static str {
    WORKSHOP_INDEX_KEY
}

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    name: String,
    bank: String,
    next: u32,
    entries: Vec<serde_json::Value>,
}

/// Why a stored workshop could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not JSON, or not shaped like a workshop.
    Unreadable,
    /// Written by another version of the app, in storage format `.0`.
    OtherFormat(u32),
    /// Made with another set of questions: its scores belong to other groups.
    OtherBank,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadProblem::Unreadable => f.write_str("the workshop could not be read"),
            LoadProblem::OtherFormat(n) => write!(f, "the workshop is in storage format {n}"),
            LoadProblem::OtherBank => f.write_str("the workshop was made with another bank"),
        }
    }
}

/// The workshop as stored. Unreadable entries are written back as they were.
pub fn encode(workshop: &Workshop) -> Result<String, serde_json::Error> {
    let mut entries = workshop
        .entries
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<Vec<_>, _>>()?;
    entries.extend(workshop.unreadable.iter().cloned());
    serde_json::to_string(&Stored {
        format: STORE_FORMAT,
        name: workshop.name.clone(),
        bank: workshop.bank.clone(),
        next: workshop.next,
        entries,
    })
}

/// Reads a stored workshop for `bank`. An entry that cannot be read or
/// makes no sense (wrong number of scores, a score over 100, a bad date)
/// goes to [`Workshop::unreadable`], and the rest load.
pub fn decode(json: &str, bank: &Bank) -> Result<Workshop, LoadProblem> {
    let stored: Stored = serde_json::from_str(json).map_err(|_| LoadProblem::Unreadable)?;
    if stored.format != STORE_FORMAT {
        return Err(LoadProblem::OtherFormat(stored.format));
    }
    if stored.bank != bank.fingerprint() {
        return Err(LoadProblem::OtherBank);
    }
    let mut workshop = Workshop {
        name: stored.name,
        bank: stored.bank,
        next: stored.next.max(1),
        entries: Vec::new(),
        unreadable: Vec::new(),
    };
    for value in stored.entries {
        match serde_json::from_value::<Entry>(value.clone()) {
            Ok(entry)
                if entry.is_sound(bank.groups.len())
                    && workshop.entry(entry.number).is_none()
                    && !workshop.entries.iter().any(|e| e.key == entry.key) =>
            {
                workshop.entries.push(entry)
            }
            _ => workshop.unreadable.push(value),
        }
    }
    // A number is never given twice, even if `next` was damaged.
    let highest = workshop.entries.iter().map(|e| e.number).max().unwrap_or(0);
    workshop.next = workshop.next.max(highest.saturating_add(1));
    Ok(workshop)
}

/// The list of workshop names as stored.
pub fn encode_index(names: &[String]) -> Result<String, serde_json::Error> {
    serde_json::to_string(names)
}

/// The stored list of names; `None` when it cannot be read.
pub fn decode_index(json: &str) -> Option<Vec<String>> {
    serde_json::from_str(json).ok()
}

/// Why a workshop name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but white space.
    Empty,
    /// More than [`MAX_NAME_CHARS`] characters.
    TooLong,
    /// Another workshop has it.
    Taken,
}

/// The name as it will be kept (trimmed, control characters dropped), or
/// why it cannot be used; `existing` are the names already taken.
pub fn check_name(name: &str, existing: &[String]) -> Result<String, NameProblem> {
    let kept: String = name.chars().filter(|c| !c.is_control()).collect();
    let name = kept.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else if existing.iter().any(|e| e == name) {
        Err(NameProblem::Taken)
    } else {
        Ok(name.to_owned())
    }
}
