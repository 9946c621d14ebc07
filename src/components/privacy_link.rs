use yew::prelude::*;

use crate::settings::{Mode, Settings};
use crate::strings::Strings;

/// A link to the host's privacy page, when the host names one; on a kiosk,
/// where nothing may lead out of the app, its address as plain text.
pub fn privacy_link(strings: &Strings, settings: &Settings) -> Html {
    match (&settings.privacy_url, settings.mode) {
        (Some(url), Mode::Kiosk) => {
            html! { <span class="pr-privacy">{ format!("{}: {url}", strings.privacy) }</span> }
        }
        (Some(url), Mode::Standard | Mode::Workshop) => {
            html! { <a class="pr-privacy" href={url.clone()} target="_blank" rel="noopener">{ strings.privacy }</a> }
        }
        (None, _) => html! {},
    }
}
