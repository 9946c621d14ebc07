use yew::prelude::*;

use crate::components::ConfirmButton;
use crate::domain::history::Attempt;
use crate::domain::Length;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    /// Every kept attempt, oldest first.
    pub attempts: Vec<Attempt>,
    /// The seed of the attempt on show, which is not offered as an overlay.
    pub current: u64,
    /// The earlier attempt laid over the radar, if any.
    pub shown: Option<u64>,
    pub on_show: Callback<Option<u64>>,
    pub on_delete: Callback<u64>,
    pub on_delete_all: Callback<()>,
}

/// The kept attempts, newest first: date, length, overall score and
/// replies; each can be laid over the radar or deleted, and all can be
/// deleted after a confirmation.
#[component]
pub fn HistoryList(props: &HistoryListProps) -> Html {
    let strings = crate::strings::current();
    let r = &strings.raters;
    let items = props.attempts.iter().rev().map(|a| {
        let summary = r.attempt_summary(&a.date, a.length == Length::Full, a.overall, a.replies.len());
        let seed = a.seed;
        let on_delete = props.on_delete.reform(move |_: MouseEvent| seed);
        let is_current = seed == props.current;
        let shown = props.shown == Some(seed);
        let on_toggle = props.on_show.reform(move |_: MouseEvent| (!shown).then_some(seed));
        html! {
            <li class="pr-attempt">
                <span class="pr-attempt-summary">
                    { summary }
                    if is_current {
                        { " (" }{ r.history_this_attempt }{ ")" }
                    }
                </span>
                <span class="pr-attempt-actions">
                    if !is_current {
                        <button type="button" class="pr-button" aria-pressed={if shown { "true" } else { "false" }} onclick={on_toggle}>
                            { if shown { r.history_hide } else { r.history_show } }
                        </button>
                    }
                    <button type="button" class="pr-button" onclick={on_delete} aria-label={format!("{} {}", r.history_delete, a.date)}>{ r.history_delete }</button>
                </span>
            </li>
        }
    });
    html! {
        <section class="pr-section pr-history" aria-labelledby="pr-history-title">
            <h2 id="pr-history-title">{ r.history_heading }</h2>
            <p>{ r.history_intro }</p>
            if props.attempts.is_empty() {
                <p>{ r.history_empty }</p>
            } else {
                <ul class="pr-attempts">{ for items }</ul>
                <div class="pr-actions">
                    <ConfirmButton label={r.history_delete_all} question={r.history_confirm_all} yes={r.history_confirm_yes} no={r.history_confirm_no} id="pr-confirm-history" on_yes={props.on_delete_all.clone()} />
                </div>
            }
        </section>
    }
}
