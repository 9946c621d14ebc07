use yew::prelude::*;

use crate::hooks::use_settings;

/// The host's call to action after the advice, when one is set.
#[component]
pub fn CallToAction() -> Html {
    let settings = use_settings();
    let Some(cta) = &settings.call_to_action else {
        return html! {};
    };
    html! {
        <section class="pr-section pr-cta" aria-labelledby="pr-cta-title">
            <h2 id="pr-cta-title">{ &cta.heading }</h2>
            <p>{ &cta.text }</p>
            <a class="pr-button pr-button-primary pr-cta-link" href={cta.url.clone()} target="_blank" rel="noopener">{ &cta.label }</a>
        </section>
    }
}
