//! Handing a link over: the Web Share sheet on phones, the clipboard elsewhere.
//!
//! Both APIs are reached through `js_sys::Reflect` rather than web-sys, whose
//! bindings for them sit behind an unstable-API flag.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a link was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    /// The system share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// The person closed the share sheet: say nothing.
    Cancelled,
    /// Neither worked: show the link for the person to copy.
    Manual,
}

/// True where the Web Share API is there and the device is a touch one,
/// where the share sheet is what people expect.
fn web_share_fits() -> bool {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let has_share = Reflect::get(&navigator, &"share".into()).is_ok_and(|f| f.is_function());
    let coarse = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    has_share && coarse
}

/// Calls `target.method(arg)` and awaits the promise it returns.
async fn call(target: &JsValue, method: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let promise: Promise = f.call1(target, arg)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// Shares `url` with the share sheet where it fits, or copies it.
pub async fn share_or_copy(url: &str, title: &str) -> Handed {
    share_or_copy_text(url, title, None).await
}

/// [`share_or_copy`], with a message that holds the link: the share sheet
/// gets both, the clipboard the message.
pub async fn share_or_copy_text(url: &str, title: &str, text: Option<&str>) -> Handed {
    let navigator: JsValue = gloo::utils::window().navigator().into();
    if web_share_fits() {
        let data = Object::new();
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        if let Some(text) = text {
            let _ = Reflect::set(&data, &"text".into(), &text.into());
        }
        match call(&navigator, "share", &data).await {
            Ok(_) => return Handed::Shared,
            Err(e) if error_name(&e) == "AbortError" => return Handed::Cancelled,
            Err(_) => {}
        }
    }
    let copied = match Reflect::get(&navigator, &"clipboard".into()) {
        Ok(clipboard) if clipboard.is_object() => {
            call(&clipboard, "writeText", &text.unwrap_or(url).into())
                .await
                .is_ok()
        }
        _ => false,
    };
    if copied {
        Handed::Copied
    } else {
        Handed::Manual
    }
}

fn error_name(e: &JsValue) -> String {
    Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
