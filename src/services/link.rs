//! The share link in the page URL: reading `#r=…` when the app opens,
//! building the link to share, and clearing the fragment afterwards.

use wasm_bindgen::JsValue;

/// The fragment of the page's URL, with its `#`, or "" when there is none.
pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The page's own address without its query and fragment: where share links
/// point unless the `share_base_url` setting names another.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// The full link for a payload: `base` (without any fragment) + `#r=payload`.
pub fn share_url(base: &str, payload: &str) -> String {
    link_url(base, "r", payload)
}

/// `base` (without any fragment) + `#key=payload`: `r` for a result, `i`
/// for an invitation, `v` for a reply.
pub fn link_url(base: &str, key: &str, payload: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{key}={payload}")
}

/// Removes the fragment from the address bar without reloading or adding
/// a history entry, so a reload after leaving a shared result starts clean.
pub fn clear_fragment() {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}
