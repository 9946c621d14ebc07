//! Workshops in localStorage (one key per workshop and a list of names; the
//! format is `domain::workshop`'s), and reading a file the facilitator loads.

use wasm_bindgen_futures::JsFuture;

use crate::domain::workshop::{self, LoadProblem, Workshop, WORKSHOP_KEY_PREFIX};
use crate::domain::Bank;
use crate::services::storage::{self, local};

/// True when workshops can be kept on this device.
pub fn available() -> bool {
    storage::available(WORKSHOP_KEY_PREFIX)
}

/// Every workshop's name: the stored list, in its order, then any workshop
/// kept under its own key that the list has lost (a damaged list hides none).
pub fn names() -> Vec<String> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    let mut names = storage
        .get_item(workshop::index_key())
        .ok()
        .flatten()
        .and_then(|json| workshop::decode_index(&json))
        .unwrap_or_default();
    let count = storage.length().unwrap_or(0);
    for key in (0..count).filter_map(|i| storage.key(i).ok().flatten()) {
        if let Some(name) = key.strip_prefix(WORKSHOP_KEY_PREFIX) {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
    }
    names
}

/// Stores the list of names.
fn save_names(names: &[String]) {
    if let (Some(storage), Ok(json)) = (local(), workshop::encode_index(names)) {
        let _ = storage.set_item(workshop::index_key(), &json);
    }
}

/// The workshop named `name`: what is stored, or a new, empty one.
pub fn load(name: &str, bank: &Bank) -> Result<Workshop, LoadProblem> {
    match local().and_then(|s| s.get_item(&workshop::storage_key(name)).ok().flatten()) {
        Some(json) => workshop::decode(&json, bank),
        None => Ok(Workshop::new(name, bank)),
    }
}

/// Stores a workshop under its name and adds the name to the list; false
/// when the browser refused (no storage, or full).
pub fn save(workshop: &Workshop) -> bool {
    let Some(storage) = local() else {
        return false;
    };
    let Ok(json) = workshop::encode(workshop) else {
        return false;
    };
    if storage
        .set_item(&workshop::storage_key(&workshop.name), &json)
        .is_err()
    {
        return false;
    }
    let mut names = names();
    if !names.contains(&workshop.name) {
        names.push(workshop.name.clone());
    }
    save_names(&names);
    true
}

/// Removes a workshop and its name.
pub fn delete(name: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(&workshop::storage_key(name));
    }
    let names: Vec<String> = names().into_iter().filter(|n| n != name).collect();
    save_names(&names);
}

/// A file's text, read by the browser (`File.text()`, UTF-8).
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}
