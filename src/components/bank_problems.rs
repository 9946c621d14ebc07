use yew::prelude::*;

use crate::domain::Problem;
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct BankProblemsProps {
    pub problems: Vec<Problem>,
}

/// Every problem of a question bank that failed to load, each with its place.
#[component]
pub fn BankProblems(props: &BankProblemsProps) -> Html {
    let strings = use_strings();
    html! {
        <main class="pr-main">
            <div class="pr-notice pr-problems" role="alert">
                <p>{ strings.bank_broken }</p>
                <ul>
                    { for props.problems.iter().map(|p| html! { <li><code>{ &p.path }</code>{ ": " }{ &p.message }</li> }) }
                </ul>
            </div>
        </main>
    }
}
