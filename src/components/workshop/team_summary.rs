use yew::prelude::*;

use crate::domain::workshop::Team;
use crate::domain::{Bank, Side};
use crate::strings::Strings;

/// n, the inside and outside averages, the strongest partnership and the
/// one to work on, as the results screen's highlight cards.
pub fn team_summary(strings: &Strings, bank: &Bank, team: &Team) -> Html {
    let name = |g: Option<&usize>| {
        g.and_then(|g| bank.groups.get(*g))
            .map(|g| g.name.clone())
            .unwrap_or_default()
    };
    let item = crate::components::highlights::item;
    html! {
        <dl class="pr-highlights pr-team-highlights">
            <div class="pr-highlight pr-overall pr-team-n">{ item(strings.team_participants, team.n.to_string()) }</div>
            <div class="pr-highlight pr-inside">{ item(strings.inside_average, team.inside.to_string()) }</div>
            <div class="pr-highlight pr-outside">{ item(strings.outside_average, team.outside.to_string()) }</div>
            <div class="pr-highlight pr-strongest">{ item(strings.strongest, name(Some(&team.strongest))) }</div>
            <div class="pr-highlight pr-weakest">{ item(strings.weakest, name(team.to_work_on.first())) }</div>
        </dl>
    }
}

/// The team radar's text twin: each group's mean, lowest and highest score.
pub fn team_table(strings: &Strings, bank: &Bank, team: &Team) -> Html {
    let rows = bank.groups.iter().zip(&team.groups).map(|(group, s)| {
        let cells = html! {
            <>
                <th scope="row">{ &group.name }</th>
                <td class="pr-num pr-team-mean">{ s.mean }</td>
                <td class="pr-num pr-team-low">{ s.low }</td>
                <td class="pr-num pr-team-high">{ s.high }</td>
            </>
        };
        match group.side {
            Side::Inside => html! { <tr class="pr-inside">{ cells }</tr> },
            Side::Outside => html! { <tr class="pr-outside">{ cells }</tr> },
        }
    });
    html! {
        <table class="pr-scores pr-team-scores">
            <caption>{ strings.team_table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ strings.col_partnership }</th>
                    <th scope="col" class="pr-num">{ strings.col_mean }</th>
                    <th scope="col" class="pr-num">{ strings.col_lowest }</th>
                    <th scope="col" class="pr-num">{ strings.col_highest }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
