use yew::prelude::*;

use crate::domain::share::ShareError;
use crate::domain::ProgressProblem;
use crate::flow::Notice as NoticeKind;
use crate::strings::Strings;

/// The words for saved progress or a share link that could not be used.
fn notice_text(strings: &Strings, notice: NoticeKind) -> &'static str {
    match notice {
        NoticeKind::Progress(ProgressProblem::Unreadable) => strings.notice_unreadable,
        NoticeKind::Progress(ProgressProblem::OtherVersion) => strings.notice_other_version,
        NoticeKind::Progress(ProgressProblem::OtherBank) => strings.notice_other_bank,
        NoticeKind::Link(ShareError::OtherBank) => strings.notice_link_other_bank,
        NoticeKind::Link(ShareError::OtherFormat) => strings.notice_link_other_format,
        NoticeKind::Link(_) => strings.notice_link_damaged,
    }
}

/// A polite, dismissible message at the top of the app about saved progress
/// or a share link that could not be used.
pub fn notice(strings: &Strings, notice: NoticeKind, on_dismiss: &Callback<()>) -> Html {
    let on_click = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="pr-notice" role="status">
            <p>{ notice_text(strings, notice) }</p>
            <button type="button" class="pr-button pr-button-quiet" onclick={on_click}>{ strings.dismiss }</button>
        </div>
    }
}
