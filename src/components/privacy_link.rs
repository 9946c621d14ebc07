use yew::prelude::*;

use crate::hooks::{use_settings, use_strings};

/// A link to the host's privacy page, when the host names one.
#[component]
pub fn PrivacyLink() -> Html {
    let strings = use_strings();
    let settings = use_settings();
    match &settings.privacy_url {
        Some(url) => {
            html! { <a class="pr-privacy" href={url.clone()} target="_blank" rel="noopener">{ strings.privacy }</a> }
        }
        None => html! {},
    }
}
