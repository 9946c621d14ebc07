//! Fetching a question bank named by the `bank` setting, relative to the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a bank could not be fetched, in words for the person (and the console).
pub type FetchError = String;

/// The text of the bank at `url` (relative to the page), or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = gloo::utils::window();
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url} could not be fetched ({})", describe(&e)))?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| format!("{url} gave no response"))?;
    if !response.ok() {
        return Err(format!(
            "{url} answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response
        .text()
        .map_err(|e| format!("{url} could not be read ({})", describe(&e)))?;
    JsFuture::from(text)
        .await
        .map_err(|e| format!("{url} could not be read ({})", describe(&e)))?
        .as_string()
        .ok_or_else(|| format!("{url} is not text"))
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "network error".to_owned())
}
