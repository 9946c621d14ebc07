use yew::prelude::*;

use crate::domain::Problem;
use crate::strings::Strings;

/// Every problem of a question bank that failed to load, each with its place.
pub fn bank_problems(strings: &Strings, problems: &[Problem]) -> Html {
    html! {
        <main class="pr-main">
            <div class="pr-notice pr-problems" role="alert">
                <p>{ strings.bank_broken }</p>
                <ul>
                    { for problems.iter().map(|p| html! { <li><code>{ &p.path }</code>{ ": " }{ &p.message }</li> }) }
                </ul>
            </div>
        </main>
    }
}
