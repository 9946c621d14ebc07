//! Earlier attempts in localStorage, one key per bank under the settings'
//! storage key; entries that cannot be read are moved aside, not deleted.

use crate::domain::history::{set_aside, History, HistoryProblem};
use crate::domain::Bank;
use gloo::storage::{LocalStorage, Storage};

/// Where `bank`'s attempts are kept.
pub fn key(storage_key: &str, bank: &Bank) -> String {
    format!("{storage_key}/history/{}", bank.fingerprint())
}

/// Where entries that could not be read are kept, untouched, for recovery.
fn aside_key(storage_key: &str, bank: &Bank) -> String {
    format!("{storage_key}/history-unreadable/{}", bank.fingerprint())
}

/// Reads `bank`'s attempts. Anything unreadable is moved to its own key
/// (added to what is there), and what could be read is written back.
pub fn load(storage_key: &str, bank: &Bank) -> (History, Option<HistoryProblem>) {
    let Some(json) = LocalStorage::raw()
        .get_item(&key(storage_key, bank))
        .ok()
        .flatten()
    else {
        return (History::default(), None);
    };
    let (history, aside, problem) = History::decode(&json, bank);
    if !aside.is_empty() {
        let aside_key = aside_key(storage_key, bank);
        let earlier = LocalStorage::raw().get_item(&aside_key).ok().flatten();
        let kept = set_aside(earlier.as_deref(), aside);
        let moved = LocalStorage::raw().set_item(&aside_key, &kept).is_ok();
        // Only once the unreadable entries are safe elsewhere is the list rewritten.
        if moved {
            let _ = save(storage_key, bank, &history);
        }
    }
    (history, problem)
}

/// The browser refused to store the attempts: storage is full (or the
/// attempts could not be written as JSON, which does not happen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotSaved;

/// Stores `bank`'s attempts; `Err` when the browser refuses (storage full).
pub fn save(storage_key: &str, bank: &Bank, history: &History) -> Result<(), NotSaved> {
    let key = key(storage_key, bank);
    if history.attempts.is_empty() {
        LocalStorage::delete(&key);
        return Ok(());
    }
    let json = history.encode(bank).map_err(|_| NotSaved)?;
    LocalStorage::raw()
        .set_item(&key, &json)
        .map_err(|_| NotSaved)
}
