use yew::prelude::*;

use crate::settings::Settings;

/// The host's brand above the app: its logo (named by the brand) and name.
/// Shows nothing when neither is set.
pub fn brand_bar(settings: &Settings) -> Html {
    let name = settings.brand_name.clone().unwrap_or_default();
    if settings.logo.is_none() && name.is_empty() {
        return html! {};
    }
    html! {
        <header class="pr-brand">
            if let Some(logo) = &settings.logo {
                <img class="pr-brand-logo" src={logo.clone()} alt={name.clone()} />
            }
            if !name.is_empty() {
                // With a logo the name is its alt text already: don't read it twice.
                <span class="pr-brand-name" aria-hidden={settings.logo.is_some().then_some("true")}>{ name }</span>
            }
        </header>
    }
}
