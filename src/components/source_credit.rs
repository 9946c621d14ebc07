use yew::prelude::*;

use super::privacy_link;
use crate::domain::Bank;
use crate::settings::Settings;
use crate::strings::Strings;

/// Credit to the article the model comes from, and John Donne's line.
pub fn source_credit(strings: &Strings, settings: &Settings, bank: &Bank) -> Html {
    let c = &bank.credits;
    html! {
        <section class="pr-section pr-credits" aria-labelledby="pr-credits-title">
            <h2 id="pr-credits-title">{ strings.source_heading }</h2>
            <p>
                { strings.source_prefix }{ " " }<cite>{ &c.source_title }</cite>
                { format!(" by {}, {}.", c.source_author, c.source_organisation) }
            </p>
            <p>{ &c.basis }</p>
            <p class="pr-disclaimer">{ strings.disclaimer }{ " " }{ privacy_link(strings, settings) }</p>
            <figure class="pr-quote">
                <blockquote><p>{ &c.quote }</p></blockquote>
                <figcaption>{ &c.quote_author }</figcaption>
            </figure>
        </section>
    }
}
