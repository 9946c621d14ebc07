use std::rc::Rc;

use yew::prelude::*;

use super::side_class;
use crate::domain::{Bank, Scores};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub bank: Rc<Bank>,
    pub scores: Scores,
}

/// The chart's text twin: one row per group with its score and band.
#[component]
pub fn ScoreTable(props: &ScoreTableProps) -> Html {
    let strings = use_strings();
    let rows = props.scores.by_group(&props.bank).map(|(group, s)| {
        html! {
            <tr class={side_class(group.side)}>
                <th scope="row">{ &group.name }</th>
                <td class="pr-num">{ s.score }</td>
                <td>{ props.bank.bands.name(s.band) }</td>
            </tr>
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
