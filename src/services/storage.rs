//! Saved progress in localStorage. Every key the app writes begins with the
//! settings' storage key, itself under `partner-radar/`.

use gloo::storage::{LocalStorage, Storage};

use crate::domain::{Bank, ProgressProblem, SavedProgress};

/// True when localStorage can be used. Sandboxed iframes and some private
/// modes refuse it, and gloo panics on a refused storage, so ask first.
pub fn available(key: &str) -> bool {
    let probe = format!("{key}/probe");
    local().is_some_and(|s| s.set_item(&probe, "1").is_ok() && s.remove_item(&probe).is_ok())
}

/// The page's localStorage, or `None` where the browser refuses it.
pub fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Reads saved progress for `bank`: `Ok(None)` when there is none.
pub fn load(key: &str, bank: &Bank) -> Result<Option<SavedProgress>, ProgressProblem> {
    match LocalStorage::raw().get_item(key).ok().flatten() {
        None => Ok(None),
        Some(json) => SavedProgress::decode(&json, bank).map(Some),
    }
}

/// Stores `progress` under `key`, or removes what is there when `None`.
pub fn save(key: &str, progress: Option<&SavedProgress>) {
    match progress.map(SavedProgress::encode) {
        Some(Ok(json)) => {
            if let Err(e) = LocalStorage::raw().set_item(key, &json) {
                gloo::console::warn!("progress not saved", e);
            }
        }
        // Never store an empty string in its place: keep what was there.
        Some(Err(e)) => gloo::console::warn!(format!("progress not saved: {e}")),
        None => LocalStorage::delete(key),
    }
}

/// Removes every key under `prefix` (the settings' storage key): this
/// attempt's progress and any bank's. Does nothing where storage is refused.
pub fn wipe(prefix: &str) {
    let Some(storage) = local() else {
        return;
    };
    let below = format!("{prefix}/");
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k == prefix || k.starts_with(&below))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
