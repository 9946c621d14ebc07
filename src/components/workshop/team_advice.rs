use yew::prelude::*;

use crate::domain::workshop::Team;
use crate::domain::{Bank, Side};
use crate::strings::Strings;

/// Advice for the team's two weakest partnerships: the bank's team advice
/// for the band of the team's mean, or the group's own advice without it.
pub fn team_advice(strings: &Strings, bank: &Bank, team: &Team) -> Html {
    let cards = team.to_work_on.iter().filter_map(|&g| {
        let (group, spread) = (bank.groups.get(g)?, team.groups.get(g)?);
        let card = html! {
            <>
                <h3>{ &group.name }<span class="pr-band">{ format!("{} · {}", spread.mean, bank.bands.name(spread.band)) }</span></h3>
                <p class="pr-summary">{ &group.summary }</p>
                <p class="pr-advice">{ group.team_advice_for(spread.band) }</p>
            </>
        };
        Some(match group.side {
            Side::Inside => html! { <article class="pr-advice-card pr-inside">{ card }</article> },
            Side::Outside => html! { <article class="pr-advice-card pr-outside">{ card }</article> },
        })
    });
    html! {
        <section class="pr-section pr-team-advice" aria-labelledby="pr-team-advice-title">
            <h2 id="pr-team-advice-title">{ strings.team_advice_heading }</h2>
            <p>{ strings.team_advice_intro }</p>
            <div class="pr-advice-grid">{ for cards }</div>
        </section>
    }
}
