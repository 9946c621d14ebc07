use yew::prelude::*;

use crate::domain::Question;
use crate::strings::Strings;

/// What one scenario's screen shows, and where its presses go.
pub struct QuestionScreen<'a> {
    /// Position in the attempt, from 0.
    pub index: usize,
    pub total: usize,
    pub question: &'a Question,
    pub group_name: &'a str,
    /// The order to show the options in (indices into `question.options`).
    pub order: Vec<usize>,
    /// Id of the chosen option, if any.
    pub chosen: Option<&'a str>,
    /// Next was pressed with nothing chosen: say why nothing happened.
    pub needs_choice: bool,
    pub on_choose: Callback<String>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
    /// For a rater: the scenario's words about that person.
    pub rater: Option<RaterWording>,
}

/// How a rater's scenario speaks of the person who asked.
pub struct RaterWording {
    /// The line that sets the scene: "Picture Sam in this situation."
    pub picture: String,
    /// Whom the scenario's "you" stands for: "Here, “you” means Sam."
    pub you_means: String,
    /// The instruction: "What would Sam most likely do?"
    pub instruction: String,
}

/// One scenario: its text as the legend of a group of radio buttons. Keyed by
/// the question, so a new scenario gets new elements rather than the last
/// one's with its radio states.
pub fn question_screen(strings: &Strings, screen: QuestionScreen) -> Html {
    let q = screen.question;
    let number = screen.index + 1;
    let last = number == screen.total;
    let on_submit = {
        let on_next = screen.on_next;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_next.emit(());
        })
    };
    let on_back = screen.on_back.reform(|_: MouseEvent| ());
    let options = screen.order.iter().filter_map(|i| q.options.get(*i)).map(|option| {
        let input_id = format!("pr-{}-{}", q.id, option.id);
        let checked = screen.chosen == Some(option.id.as_str());
        let on_change = {
            let id = option.id.clone();
            screen.on_choose.reform(move |_: Event| id.clone())
        };
        let choice = html! {
            <>
                <input type="radio" id={input_id.clone()} name={format!("pr-{}", q.id)} value={option.id.clone()} {checked} onchange={on_change} />
                <label for={input_id}>{ &option.text }</label>
            </>
        };
        // Either way a div, so choosing only changes its class: the radio
        // stays the same element and keeps focus.
        if checked {
            html! { <div class="pr-option pr-option-chosen">{ choice }</div> }
        } else {
            html! { <div class="pr-option">{ choice }</div> }
        }
    });
    let hint_id = "pr-choice-hint";
    html! {
        <section key={q.id.clone()} class="pr-screen pr-question" aria-labelledby="pr-question-count">
            <div class="pr-progress">
                <h1 id="pr-question-count" class="pr-count">{ strings.scenario_of(number, screen.total) }</h1>
                <progress max={screen.total.to_string()} value={number.to_string()} aria-labelledby="pr-question-count" />
            </div>
            <p class="pr-group-tag">
                <span class="pr-visually-hidden">{ strings.partnership }{ ": " }</span>
                { screen.group_name }
            </p>
            <form class="pr-form" onsubmit={on_submit} novalidate=true>
                <fieldset aria-describedby={if screen.needs_choice { "pr-instruction pr-choice-hint" } else { "pr-instruction" }}>
                    <legend tabindex="-1" data-focus-target="">
                        if let Some(rater) = &screen.rater {
                            <span class="pr-picture">{ &rater.picture }</span>
                            <span class="pr-you-means">{ &rater.you_means }</span>
                        }
                        { &q.scenario }
                    </legend>
                    <p id="pr-instruction" class="pr-instruction">
                        { screen.rater.as_ref().map_or(strings.scenario_instruction, |r| r.instruction.as_str()) }
                    </p>
                    <div class="pr-options">{ for options }</div>
                </fieldset>
                if screen.needs_choice {
                    <p id={hint_id} class="pr-hint" role="alert">{ strings.choose_first }</p>
                }
                <div class="pr-nav">
                    { super::button(strings.back, on_back) }
                    <button type="submit" class="pr-button pr-button-primary" aria-disabled={screen.chosen.is_none().then_some("true")}>
                        { if last { strings.see_results } else { strings.next } }
                    </button>
                </div>
            </form>
        </section>
    }
}
