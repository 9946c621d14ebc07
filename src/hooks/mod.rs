//! Hooks at the edge of the app: Yew's view of the browser (storage, focus,
//! sizes, randomness). The browser calls themselves live in `services`.

mod focus;
mod size;
mod storage;

pub use focus::use_focus_on_change;
pub use size::use_width;
pub use storage::{use_autosave, use_saved_progress, SavedProgressHandle};

use std::rc::Rc;

use yew::prelude::*;

use crate::settings::Settings;
use crate::strings::{Strings, EN_GB};

/// The interface text in force (British English unless a provider says otherwise).
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<StringsContext>().map_or(&EN_GB, |c| c.0)
}

/// The interface text as a context value. Each language is one static, so
/// two are the same text exactly when they are the same static; comparing
/// the address instead of every field keeps 2 KB out of the wasm.
#[derive(Debug, Clone, Copy)]
pub struct StringsContext(pub &'static Strings);

impl PartialEq for StringsContext {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The settings the app started with (the defaults outside a provider).
#[hook]
pub fn use_settings() -> Rc<Settings> {
    use_context::<Rc<Settings>>().unwrap_or_default()
}

/// A fresh seed for an attempt's draw, order and option order.
pub fn random_seed() -> u64 {
    // 2^53 keeps every value exactly representable as a JS number.
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
