use yew::prelude::*;

use crate::domain::{Bank, Group, Scores};
use crate::strings::Strings;

/// Inside and outside averages, overall score, strongest and weakest group.
pub fn highlights(strings: &Strings, bank: &Bank, scores: &Scores) -> Html {
    let s = scores;
    let name = |g: Option<&Group>| g.map(|g| g.name.clone()).unwrap_or_default();
    html! {
        <dl class="pr-highlights">
            <div class="pr-highlight pr-inside">{ item(strings.inside_average, s.inside.to_string()) }</div>
            <div class="pr-highlight pr-outside">{ item(strings.outside_average, s.outside.to_string()) }</div>
            <div class="pr-highlight pr-overall">{ item(strings.overall, s.overall.to_string()) }</div>
            <div class="pr-highlight pr-strongest">{ item(strings.strongest, name(s.strongest_group(bank))) }</div>
            <div class="pr-highlight pr-weakest">{ item(strings.weakest, name(s.weakest_group(bank))) }</div>
        </dl>
    }
}

/// One highlight card's term and value (the results' and a team's).
pub fn item(term: &str, value: String) -> Html {
    html! {
        <>
            <dt>{ term.to_owned() }</dt>
            <dd>{ value }</dd>
        </>
    }
}
