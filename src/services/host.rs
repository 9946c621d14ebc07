//! Telling the page around the app what happens: a DOM `CustomEvent` named
//! `partner-radar:<type>` on the mount element, and, when the app is framed,
//! a `postMessage` to the parent window.
//!
//! Privacy: `ready` and `resize` carry nothing personal and go to any parent.
//! The others (`start`, `progress`, `complete`, `restart`) go only to the one
//! exact origin named by the page's own `host_origin` setting, and not at all
//! without it; the URL can never name it, so a page that frames the app
//! cannot claim the results for itself.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Version of the message format, sent with every message.
pub const MESSAGE_VERSION: u32 = 1;

/// One event for the host page.
pub struct HostEvent {
    /// `ready`, `resize`, `start`, `progress`, `complete` or `restart`.
    pub kind: &'static str,
    /// The fields it carries besides `source`, `version` and `type`.
    pub fields: Vec<(&'static str, JsValue)>,
}

impl HostEvent {
    /// An event of `kind` with `fields`.
    pub fn new(kind: &'static str, fields: Vec<(&'static str, JsValue)>) -> Self {
        Self { kind, fields }
    }

    /// True for events that say something about the person's answers.
    pub fn is_personal(&self) -> bool {
        !matches!(self.kind, "ready" | "resize")
    }

    fn message(&self) -> Object {
        let message = Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = Reflect::set(&message, &key.into(), value);
        };
        set("source", &"partner-radar".into());
        set("version", &MESSAGE_VERSION.into());
        set("type", &self.kind.into());
        for (key, value) in &self.fields {
            set(key, value);
        }
        message
    }
}

/// True when the app runs inside a frame.
pub fn is_framed() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// Sends `event` as a DOM event on `mount` and, when framed, to the parent
/// window: to any origin if it is not personal, otherwise only to `host_origin`.
pub fn send(mount: Option<&Element>, host_origin: Option<&str>, event: &HostEvent) {
    let message = event.message();
    if let Some(mount) = mount {
        let init = CustomEventInit::new();
        init.set_detail(&message);
        init.set_bubbles(true);
        if let Ok(dom_event) =
            CustomEvent::new_with_event_init_dict(&format!("partner-radar:{}", event.kind), &init)
        {
            let _ = mount.dispatch_event(&dom_event);
        }
    }
    if !is_framed() {
        return;
    }
    let target = if event.is_personal() {
        match host_origin {
            Some(origin) => origin,
            None => return,
        }
    } else {
        "*"
    };
    if let Ok(Some(parent)) = gloo::utils::window().parent() {
        let _ = parent
            .unchecked_ref::<web_sys::Window>()
            .post_message(&message, target);
    }
}
