use std::rc::Rc;

use yew::prelude::*;

use super::side_class;
use crate::domain::{Bank, Scores};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct GroupAdviceProps {
    pub bank: Rc<Bank>,
    pub scores: Scores,
}

/// For each group: what the partnership means and the advice for its band.
#[component]
pub fn GroupAdvice(props: &GroupAdviceProps) -> Html {
    let strings = use_strings();
    let cards = props.scores.by_group(&props.bank).map(|(g, s)| {
        html! {
            <article class={format!("pr-advice-card {}", side_class(g.side))} id={format!("pr-advice-{}", g.id)}>
                <h3>{ &g.name }<span class="pr-band">{ format!("{} · {}", s.score, props.bank.bands.name(s.band)) }</span></h3>
                <p class="pr-summary">{ &g.summary }</p>
                <p class="pr-advice">{ g.advice.for_band(s.band) }</p>
            </article>
        }
    });
    html! {
        <section class="pr-section" aria-labelledby="pr-advice-title">
            <h2 id="pr-advice-title">{ strings.advice_heading }</h2>
            <div class="pr-advice-grid">{ for cards }</div>
        </section>
    }
}
