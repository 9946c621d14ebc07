use yew::prelude::*;

use crate::domain::{Bank, Scores};
use crate::strings::Strings;

/// The candour signal: when nearly every answer chose a top-scoring option
/// (the bank's `candour_threshold`), a plain note that such an even, high
/// profile is unusual and is worth setting beside how others see the person.
/// Nothing otherwise.
pub fn candour_note(strings: &Strings, bank: &Bank, scores: &Scores) -> Html {
    if !scores.looks_too_good(bank) {
        return Html::default();
    }
    html! {
        <section class="pr-section pr-candour" aria-labelledby="pr-candour-title">
            <h2 id="pr-candour-title">{ strings.candour_heading }</h2>
            <p>{ strings.candour_text(scores.top_choices, scores.answered) }</p>
        </section>
    }
}
