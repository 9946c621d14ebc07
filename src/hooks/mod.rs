//! Hooks at the edge of the app: everything that touches the browser
//! (storage, focus, randomness) lives here, not in the flow or components.

mod focus;
mod storage;

pub use focus::use_focus_on_change;
pub use storage::{load_progress, storage_available, use_autosave};

use yew::prelude::*;

use crate::strings::{Strings, EN_GB};

/// The interface text in force (British English unless a provider says otherwise).
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<&'static Strings>().unwrap_or(&EN_GB)
}

/// A fresh seed for an attempt's option order.
pub fn random_seed() -> u64 {
    // 2^53 keeps every value exactly representable as a JS number.
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
