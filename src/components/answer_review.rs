use yew::prelude::*;

use crate::domain::{AnswerSheet, Bank};
use crate::strings::Strings;

/// The person's own answers, group by group, with each answer's feedback line.
pub fn answer_review(strings: &Strings, bank: &Bank, answers: &AnswerSheet) -> Html {
    let groups = bank.groups.iter().map(|g| {
        let items = bank.questions_in(&g.id).filter_map(|q| {
            let option = answers.chosen(&q.id).and_then(|o| q.option(o))?;
            Some(html! {
                <li class="pr-review-item">
                    <p class="pr-review-scenario">{ &q.scenario }</p>
                    <p class="pr-review-answer"><strong>{ strings.your_answer }{ ": " }</strong>{ &option.text }</p>
                    <p class="pr-review-feedback">{ &option.feedback }</p>
                </li>
            })
        });
        html! {
            <details class="pr-review-group">
                <summary>{ &g.name }</summary>
                <ol>{ for items }</ol>
            </details>
        }
    });
    html! {
        <section class="pr-section" aria-labelledby="pr-review-title">
            <h2 id="pr-review-title">{ strings.review_heading }</h2>
            <p>{ strings.review_intro }</p>
            { for groups }
        </section>
    }
}
