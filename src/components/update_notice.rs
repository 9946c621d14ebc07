use yew::prelude::*;

use crate::hooks::{request_reload, use_update_ready};

/// "A new version is ready", with a Reload button, once one is installed.
/// The page reloads only when the person presses it; an attempt in progress
/// is saved, so it carries on after the reload.
#[component]
pub fn UpdateNotice() -> Html {
    let strings = crate::strings::current();
    if !use_update_ready() {
        return Html::default();
    }
    html! {
        <div class="pr-notice" role="status">
            <p>{ strings.update_ready }</p>
            { super::button(strings.reload, Callback::from(|_| request_reload())) }
        </div>
    }
}
