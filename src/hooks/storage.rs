//! Yew's view of saved progress: what to start from, and saving as it changes.

use yew::prelude::*;

use crate::domain::{Bank, ProgressProblem, SavedProgress};
use crate::services::storage;

/// What a quiz starts from, read once when it mounts.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedProgressHandle {
    /// Progress saved earlier, or why it could not be used.
    pub initial: Result<Option<SavedProgress>, ProgressProblem>,
    /// False when the browser refuses storage: nothing will be kept.
    pub can_save: bool,
}

/// Reads saved progress for `bank` under `key` on the first render only.
/// Unless `keep` (a kiosk keeps nothing), it reads nothing, removes whatever
/// this app saved on the device earlier, and says nothing can be saved.
#[hook]
pub fn use_saved_progress(key: &str, bank: &Bank, keep: bool) -> SavedProgressHandle {
    let handle = use_memo((), |_| {
        if !keep {
            storage::wipe(key);
            return SavedProgressHandle {
                initial: Ok(None),
                can_save: false,
            };
        }
        let can_save = storage::available(key);
        let initial = if can_save {
            storage::load(key, bank)
        } else {
            Ok(None)
        };
        SavedProgressHandle { initial, can_save }
    });
    (*handle).clone()
}

/// Writes `progress` whenever it (or where it goes) changes; `None` removes
/// what was saved. Does nothing unless `enabled`.
#[hook]
pub fn use_autosave(key: String, progress: Option<SavedProgress>, enabled: bool) {
    use_effect_with((key, progress, enabled), |(key, progress, enabled)| {
        if *enabled {
            storage::save(key, progress.as_ref());
        }
    });
}
