use yew::prelude::*;

use crate::domain::ProgressProblem;
use crate::hooks::use_strings;
use crate::strings::Strings;

/// The words for saved progress that could not be used.
pub fn notice_text(strings: &Strings, problem: ProgressProblem) -> AttrValue {
    AttrValue::Static(match problem {
        ProgressProblem::Unreadable => strings.notice_unreadable,
        ProgressProblem::OtherVersion => strings.notice_other_version,
        ProgressProblem::OtherBank => strings.notice_other_bank,
    })
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub text: AttrValue,
    pub on_dismiss: Callback<()>,
}

/// A polite, dismissible message at the top of the app.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let strings = use_strings();
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="pr-notice" role="status">
            <p>{ &props.text }</p>
            <button type="button" class="pr-button pr-button-quiet" onclick={on_click}>{ strings.dismiss }</button>
        </div>
    }
}
