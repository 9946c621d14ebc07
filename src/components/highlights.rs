use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{Bank, Scores};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct HighlightsProps {
    pub bank: Rc<Bank>,
    pub scores: Scores,
}

/// Inside and outside averages, overall score, strongest and weakest group.
#[component]
pub fn Highlights(props: &HighlightsProps) -> Html {
    let strings = use_strings();
    let s = &props.scores;
    let name = |g: Option<&crate::domain::Group>| g.map(|g| g.name.clone()).unwrap_or_default();
    let item = |term: &str, value: String, class: &'static str| {
        html! {
            <div class={format!("pr-highlight {class}")}>
                <dt>{ term.to_owned() }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    html! {
        <dl class="pr-highlights">
            { item(strings.inside_average, s.inside.to_string(), "pr-inside") }
            { item(strings.outside_average, s.outside.to_string(), "pr-outside") }
            { item(strings.overall, s.overall.to_string(), "pr-overall") }
            { item(strings.strongest, name(s.strongest_group(&props.bank)), "pr-strongest") }
            { item(strings.weakest, name(s.weakest_group(&props.bank)), "pr-weakest") }
        </dl>
    }
}
