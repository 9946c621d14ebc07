use yew::prelude::*;

use crate::domain::{Bank, Scores};
use crate::strings::Strings;

/// The candour signal: when nearly every answer chose a top-scoring option
/// (the bank's `candour_threshold`), a plain note that such an even, high
/// profile is unusual and is worth setting beside how others see the person.
/// Nothing otherwise. With `raters`, a button takes the person to
/// "Ask others how they see you".
pub fn candour_note(strings: &Strings, bank: &Bank, scores: &Scores, raters: bool) -> Html {
    if !scores.looks_too_good(bank) {
        return Html::default();
    }
    html! {
        <section class="pr-section pr-candour" aria-labelledby="pr-candour-title">
            <h2 id="pr-candour-title">{ strings.candour_heading }</h2>
            <p>{ strings.candour_text(scores.top_choices, scores.answered) }</p>
            if raters {
                { super::button(strings.raters.candour_ask, Callback::from(|_: MouseEvent| go_to_invite())) }
            }
        </section>
    }
}

/// Moves focus (and the view) to the invitation's first field.
fn go_to_invite() {
    let field = gloo::utils::document().get_element_by_id("pr-invite-name");
    if let Some(field) =
        field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok())
    {
        let _ = field.focus();
    }
}
