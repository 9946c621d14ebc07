use yew::prelude::*;

use crate::domain::{Bank, Scores, Side};
use crate::strings::Strings;

/// The chart's text twin: one row per group with its score and band.
pub fn score_table(strings: &Strings, bank: &Bank, scores: &Scores) -> Html {
    let rows = scores.by_group(bank).map(|(group, s)| {
        let cells = html! {
            <>
                <th scope="row">{ &group.name }</th>
                <td class="pr-num">{ s.score }</td>
                <td>{ bank.bands.name(s.band) }</td>
            </>
        };
        match group.side {
            Side::Inside => html! { <tr class="pr-inside">{ cells }</tr> },
            Side::Outside => html! { <tr class="pr-outside">{ cells }</tr> },
        }
    });
    html! {
        <table class="pr-scores">
            <caption>{ strings.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ strings.col_partnership }</th>
                    <th scope="col" class="pr-num">{ strings.col_score }</th>
                    <th scope="col">{ strings.col_band }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
