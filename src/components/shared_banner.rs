use yew::prelude::*;

use crate::strings::Strings;

/// Says that the results on show are someone else's, read-only, and offers the way in.
pub fn shared_banner(strings: &Strings, on_take_it: &Callback<()>) -> Html {
    let take = on_take_it.reform(|_: MouseEvent| ());
    html! {
        <div class="pr-shared-banner" role="note" aria-labelledby="pr-shared-title">
            <p id="pr-shared-title" class="pr-shared-title">{ strings.shared_banner }</p>
            <p>{ strings.shared_intro }</p>
            { super::primary_button(strings.take_it_yourself, take) }
        </div>
    }
}
