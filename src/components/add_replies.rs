use yew::prelude::*;

use crate::domain::history::{Line, LineOutcome};
use crate::domain::reply::ReplyError;
use crate::domain::share::ShareError;
use crate::strings::RaterStrings;

#[derive(Properties, PartialEq)]
pub struct AddRepliesProps {
    /// Adds the reply links in the text; what became of each line.
    pub on_add: Callback<String, Vec<Line>>,
}

/// "Add replies": reply links pasted one per line, each line reported by
/// its number. The text stays in the box until every line was added.
#[component]
pub fn AddReplies(props: &AddRepliesProps) -> Html {
    let r = &crate::strings::current().raters;
    let text = use_state(String::new);
    let report = use_state(Vec::<String>::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let on_add = {
        let (text, report, on_add) = (text.clone(), report.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let lines = on_add.emit((*text).clone());
            if lines.is_empty() {
                report.set(vec![r.replies_none_given.to_owned()]);
                return;
            }
            if lines
                .iter()
                .all(|l| matches!(l.outcome, LineOutcome::Added { .. }))
            {
                text.set(String::new());
            }
            report.set(lines.iter().map(|l| r.line(l.number, what(r, l))).collect());
        })
    };
    html! {
        <section class="pr-section pr-add-replies" aria-labelledby="pr-replies-title">
            <h2 id="pr-replies-title">{ r.replies_heading }</h2>
            <form class="pr-form" onsubmit={on_add} novalidate=true>
                <div class="pr-field">
                    <label for="pr-replies-text">{ r.replies_label }</label>
                    <textarea id="pr-replies-text" rows="4" value={(*text).clone()} oninput={on_input} spellcheck="false" />
                </div>
                <div class="pr-actions">
                    <button type="submit" class="pr-button">{ r.replies_add }</button>
                </div>
            </form>
            <ul class="pr-line-report" aria-live="polite">
                { for report.iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </section>
    }
}

/// What became of one line, in words.
fn what(r: &RaterStrings, line: &Line) -> &'static str {
    match line.outcome {
        LineOutcome::Added { .. } => r.reply_added,
        LineOutcome::Refused(e) => reply_problem(r, e),
    }
}

/// Why a reply was refused, in words.
pub fn reply_problem(r: &RaterStrings, e: ReplyError) -> &'static str {
    match e {
        ReplyError::Duplicate => r.reply_duplicate,
        ReplyError::OtherInvitation => r.reply_other_invitation,
        ReplyError::Link(ShareError::OtherBank) => r.reply_other_bank,
        ReplyError::Link(ShareError::Damaged) => r.reply_damaged,
        ReplyError::Link(ShareError::OtherFormat) => r.reply_other_format,
        ReplyError::Link(ShareError::Malformed | ShareError::Incomplete) => r.reply_not_a_reply,
    }
}
