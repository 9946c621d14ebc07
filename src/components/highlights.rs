use yew::prelude::*;

use crate::domain::{Bank, Group, Scores};
use crate::strings::Strings;

/// Inside and outside averages, overall score, strongest and weakest group.
pub fn highlights(strings: &Strings, bank: &Bank, scores: &Scores) -> Html {
    let s = scores;
    let name = |g: Option<&Group>| g.map(|g| g.name.clone()).unwrap_or_default();
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
            { item(strings.strongest, name(s.strongest_group(bank)), "pr-strongest") }
            { item(strings.weakest, name(s.weakest_group(bank)), "pr-weakest") }
        </dl>
    }
}
