//! Yew's view of a new version of the app. The entry module
//! (`web/partner-radar.mjs.in`) registers the service worker; when a new
//! worker has installed and waits, it marks `<html>` with
//! `data-partner-radar-update="ready"` and dispatches `partner-radar-update`
//! on the document. It applies the new version, and reloads the page, only
//! when asked with `partner-radar-reload`, so no attempt is ever interrupted.

use gloo::events::EventListener;
use yew::prelude::*;

const MARK: &str = "data-partner-radar-update";
const READY_EVENT: &str = "partner-radar-update";
const RELOAD_EVENT: &str = "partner-radar-reload";

/// Whether a new version is installed and waiting for a reload.
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state_eq(|| {
        gloo::utils::document_element()
            .get_attribute(MARK)
            .is_some_and(|v| v == "ready")
    });
    {
        let ready = ready.setter();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::document(), READY_EVENT, move |_| {
                ready.set(true)
            });
            move || drop(listener)
        });
    }
    *ready
}

/// Asks the entry module to switch to the waiting version and reload.
pub fn request_reload() {
    if let Ok(event) = web_sys::Event::new(RELOAD_EVENT) {
        let _ = gloo::utils::document().dispatch_event(&event);
    }
}
