//! Yew's view of a question bank loaded at run time (`services::bank`).

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services::bank::fetch_text;

/// Where a bank named by the `bank` setting has got to.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoteBank {
    /// No `bank` setting: the built-in bank is used.
    BuiltIn,
    /// Being fetched.
    Loading,
    /// The fetch failed; the reason is shown with a Retry button.
    Failed(String),
    /// Fetched: the bank's JSON, still to be checked.
    Fetched(AttrValue),
}

/// Fetches the bank at `url` (when set) once, and again on each `retry`.
#[hook]
pub fn use_remote_bank(url: Option<String>) -> (RemoteBank, Callback<()>) {
    let state = use_state(|| {
        if url.is_some() {
            RemoteBank::Loading
        } else {
            RemoteBank::BuiltIn
        }
    });
    let attempt = use_state(|| 0_u32);
    {
        let state = state.clone();
        use_effect_with((url, *attempt), move |(url, _)| {
            if let Some(url) = url.clone() {
                state.set(RemoteBank::Loading);
                spawn_local(async move {
                    state.set(match fetch_text(&url).await {
                        Ok(json) => RemoteBank::Fetched(json.into()),
                        Err(why) => {
                            gloo::console::warn!(format!("Partner Radar: {why}"));
                            RemoteBank::Failed(why)
                        }
                    });
                });
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    ((*state).clone(), retry)
}
