use yew::prelude::*;

use crate::settings::{Mode, Settings};

/// The host's call to action after the advice, when one is set. On a kiosk,
/// where nothing may lead out of the app, the link is shown as plain text.
pub fn call_to_action(settings: &Settings) -> Html {
    let Some(cta) = &settings.call_to_action else {
        return html! {};
    };
    html! {
        <section class="pr-section pr-cta" aria-labelledby="pr-cta-title">
            <h2 id="pr-cta-title">{ &cta.heading }</h2>
            <p>{ &cta.text }</p>
            if settings.mode == Mode::Kiosk {
                <p class="pr-cta-text"><strong>{ &cta.label }</strong>{ ": " }{ &cta.url }</p>
            } else {
                <a class="pr-button pr-button-primary pr-cta-link" href={cta.url.clone()} target="_blank" rel="noopener">{ &cta.label }</a>
            }
        </section>
    }
}
