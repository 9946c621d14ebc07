//! Hooks at the edge of the app: Yew's view of the browser (storage, focus,
//! sizes, randomness). The browser calls themselves live in `services`.

mod focus;
mod history;
mod host;
mod idle;
mod remote_bank;
mod size;
mod storage;
mod update;
mod workshop;

pub use focus::use_focus_on_change;
pub use history::{use_history, HistoryHandle, HistoryNotice};
pub use host::{send_host_event, use_host_events};
pub use idle::{use_idle_reset, Idle, COUNTDOWN_SECONDS};
pub use remote_bank::{use_remote_bank, RemoteBank};
pub use size::use_width;
pub use storage::{use_autosave, use_saved_progress, SavedProgressHandle};
pub use update::{request_reload, use_update_ready};
pub use workshop::{
    use_workshop, use_workshop_names, WorkshopAction, WorkshopHandle, WorkshopNames, WorkshopState,
};

/// A fresh seed for an attempt's draw, order and option order.
pub fn random_seed() -> u64 {
    // 2^53 keeps every value exactly representable as a JS number.
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}
