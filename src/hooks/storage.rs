//! Saved progress in localStorage, through gloo.

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::domain::{Bank, ProgressProblem, SavedProgress};

/// True when localStorage can be used. Sandboxed iframes and some private
/// modes refuse it, and gloo panics on a refused storage, so ask first.
pub fn storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| {
            s.set_item("partner-radar/probe", "1").is_ok()
                && s.remove_item("partner-radar/probe").is_ok()
        })
}

/// Reads saved progress for `bank`: `Ok(None)` when there is none.
pub fn load_progress(key: &str, bank: &Bank) -> Result<Option<SavedProgress>, ProgressProblem> {
    if !storage_available() {
        return Ok(None);
    }
    match LocalStorage::raw().get_item(key).ok().flatten() {
        None => Ok(None),
        Some(json) => SavedProgress::decode(&json, bank).map(Some),
    }
}

/// Writes `progress` whenever it changes; `None` removes what was saved.
/// Does nothing unless `enabled` (the browser allows storage).
#[hook]
pub fn use_autosave(key: &'static str, progress: Option<SavedProgress>, enabled: bool) {
    use_effect_with(progress, move |progress| {
        if enabled {
            match progress {
                Some(p) => {
                    if let Err(e) = LocalStorage::raw().set_item(key, &p.encode()) {
                        gloo::console::warn!("progress not saved", e);
                    }
                }
                None => LocalStorage::delete(key),
            }
        }
    });
}
