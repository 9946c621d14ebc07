use std::rc::Rc;

use yew::prelude::*;

use crate::components::PrivacyLink;
use crate::domain::Bank;
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct SourceCreditProps {
    pub bank: Rc<Bank>,
}

/// Credit to the article the model comes from, and John Donne's line.
#[component]
pub fn SourceCredit(props: &SourceCreditProps) -> Html {
    let strings = use_strings();
    let c = &props.bank.credits;
    html! {
        <section class="pr-section pr-credits" aria-labelledby="pr-credits-title">
            <h2 id="pr-credits-title">{ strings.source_heading }</h2>
            <p>
                { strings.source_prefix }{ " " }<cite>{ &c.source_title }</cite>
                { format!(" by {}, {}.", c.source_author, c.source_organisation) }
            </p>
            <p>{ &c.basis }</p>
            <p class="pr-disclaimer">{ strings.disclaimer }{ " " }<PrivacyLink /></p>
            <figure class="pr-quote">
                <blockquote><p>{ &c.quote }</p></blockquote>
                <figcaption>{ &c.quote_author }</figcaption>
            </figure>
        </section>
    }
}
