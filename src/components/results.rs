use std::rc::Rc;

use yew::prelude::*;

use crate::chart::Spoke;
use crate::components::{
    AnswerReview, GroupAdvice, Highlights, RadarChart, RestartControl, ScoreTable, SourceCredit,
};
use crate::domain::{AnswerSheet, Bank, Scores};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub bank: Rc<Bank>,
    pub answers: AnswerSheet,
    pub scores: Scores,
    pub on_restart: Callback<()>,
}

/// The person's results: chart, table, highlights, advice, review, credits.
#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let strings = use_strings();
    let bank = &props.bank;
    let spokes: Vec<Spoke> = props
        .scores
        .groups
        .iter()
        .filter_map(|s| {
            bank.group(&s.group_id).map(|g| Spoke {
                name: g.name.clone(),
                side: g.side,
                score: s.score,
            })
        })
        .collect();
    html! {
        <section class="pr-screen pr-results" aria-labelledby="pr-results-title">
            <h1 id="pr-results-title" tabindex="-1" data-focus-target="">{ strings.results_heading }</h1>
            <Highlights bank={bank.clone()} scores={props.scores.clone()} />
            <div class="pr-chart-and-table">
                <figure class="pr-chart">
                    <RadarChart {spokes} />
                    <figcaption class="pr-legend">
                        <span class="pr-key pr-inside">{ &bank.sides.inside }</span>
                        <span class="pr-key pr-outside">{ &bank.sides.outside }</span>
                    </figcaption>
                </figure>
                <ScoreTable bank={bank.clone()} scores={props.scores.clone()} />
            </div>
            <GroupAdvice bank={bank.clone()} scores={props.scores.clone()} />
            <AnswerReview bank={bank.clone()} answers={props.answers.clone()} />
            <SourceCredit bank={bank.clone()} />
            <RestartControl on_restart={props.on_restart.clone()} />
        </section>
    }
}
