use std::rc::Rc;

use yew::prelude::*;

use super::{band_name, side_class};
use crate::domain::{Band, Bank, Scores};
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
    let cards = props.scores.groups.iter().filter_map(|s| {
        let g = props.bank.group(&s.group_id)?;
        let advice = match s.band {
            Band::Low => &g.advice.low,
            Band::Mid => &g.advice.mid,
            Band::High => &g.advice.high,
        };
        Some(html! {
            <article class={classes!("pr-advice-card", side_class(g.side))} id={format!("pr-advice-{}", g.id)}>
                <h3>{ &g.name }<span class="pr-band">{ format!("{} · {}", s.score, band_name(&props.bank, s.band)) }</span></h3>
                <p class="pr-summary">{ &g.summary }</p>
                <p class="pr-advice">{ advice }</p>
            </article>
        })
    });
    html! {
        <section class="pr-section" aria-labelledby="pr-advice-title">
            <h2 id="pr-advice-title">{ strings.advice_heading }</h2>
            <div class="pr-advice-grid">{ for cards }</div>
        </section>
    }
}
