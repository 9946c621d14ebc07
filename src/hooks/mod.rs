//! Hooks at the edge of the app: Yew's view of the browser (storage, focus,
//! sizes, randomness). The browser calls themselves live in `services`.

mod focus;
mod host;
mod idle;
mod remote_bank;
mod size;
mod storage;
mod update;

pub use focus::use_focus_on_change;
pub use host::use_host_events;
pub use idle::{use_idle_reset, Idle, COUNTDOWN_SECONDS};
pub use remote_bank::{use_remote_bank, RemoteBank};
pub use size::use_width;
pub use storage::{use_autosave, use_saved_progress, SavedProgressHandle};
pub use update::{request_reload, use_update_ready};

use std::rc::Rc;

use yew::prelude::*;

use crate::settings::Settings;
use crate::strings::{Strings, EN_GB};

/// The interface text in force (British English unless a provider says otherwise).
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<AppContext>().map_or(&EN_GB, |c| c.strings)
}

/// The settings the app started with (the defaults outside a provider).
#[hook]
pub fn use_settings() -> Rc<Settings> {
    use_context::<AppContext>()
        .map(|c| c.settings)
        .unwrap_or_default()
}

/// What the app provides to every component below it: the interface text
/// and the settings. One context rather than one each, as every context
/// type costs a provider component and a lookup hook in the wasm.
#[derive(Debug, Clone)]
pub struct AppContext {
    pub strings: &'static Strings,
    pub settings: Rc<Settings>,
}

impl PartialEq for AppContext {
    /// Each language is one static and the settings are read once, so the
    /// context is the same exactly when it points at the same ones; comparing
    /// addresses instead of every field also keeps 2 KB out of the wasm.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.strings, other.strings) && Rc::ptr_eq(&self.settings, &other.settings)
    }
}

/// A fresh seed for an attempt's draw, order and option order.
pub fn random_seed() -> u64 {
    // 2^53 keeps every value exactly representable as a JS number.
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
