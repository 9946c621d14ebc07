use yew::prelude::*;

use crate::hooks::{use_settings, use_strings};
use crate::settings::Mode;

/// A link to the host's privacy page, when the host names one; on a kiosk,
/// where nothing may lead out of the app, its address as plain text.
#[component]
pub fn PrivacyLink() -> Html {
    let strings = use_strings();
    let settings = use_settings();
    match (&settings.privacy_url, settings.mode) {
        (Some(url), Mode::Kiosk) => {
            html! { <span class="pr-privacy">{ format!("{}: {url}", strings.privacy) }</span> }
        }
        (Some(url), Mode::Standard) => {
            html! { <a class="pr-privacy" href={url.clone()} target="_blank" rel="noopener">{ strings.privacy }</a> }
        }
        (None, _) => html! {},
    }
}
