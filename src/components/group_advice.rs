use yew::prelude::*;

use crate::domain::{Bank, Scores, Side};
use crate::strings::Strings;

/// For each group: what the partnership means and the advice for its band.
pub fn group_advice(strings: &Strings, bank: &Bank, scores: &Scores) -> Html {
    let cards = scores.by_group(bank).map(|(g, s)| {
        let id = format!("pr-advice-{}", g.id);
        let card = html! {
            <>
                <h3>{ &g.name }<span class="pr-band">{ format!("{} · {}", s.score, bank.bands.name(s.band)) }</span></h3>
                <p class="pr-summary">{ &g.summary }</p>
                <p class="pr-advice">{ g.advice.for_band(s.band) }</p>
            </>
        };
        match g.side {
            Side::Inside => html! { <article class="pr-advice-card pr-inside" {id}>{ card }</article> },
            Side::Outside => html! { <article class="pr-advice-card pr-outside" {id}>{ card }</article> },
        }
    });
    html! {
        <section class="pr-section" aria-labelledby="pr-advice-title">
            <h2 id="pr-advice-title">{ strings.advice_heading }</h2>
            <div class="pr-advice-grid">{ for cards }</div>
        </section>
    }
}
