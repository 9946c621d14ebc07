use yew::prelude::*;

use crate::strings::Strings;

/// Said while a bank named by the settings is on its way.
pub fn bank_loading(strings: &Strings) -> Html {
    html! {
        <main class="pr-main">
            <section class="pr-screen pr-loading" aria-busy="true">
                <p role="status">{ strings.bank_loading }</p>
            </section>
        </main>
    }
}

/// The bank could not be fetched: say so, with what went wrong (for the
/// person who looks after the page), and offer to try again.
pub fn bank_unavailable(strings: &Strings, reason: &str, on_retry: &Callback<()>) -> Html {
    let retry = on_retry.reform(|_: MouseEvent| ());
    html! {
        <main class="pr-main">
            <section class="pr-screen pr-loading">
                <div class="pr-notice pr-problems" role="alert">
                    <p>{ strings.bank_unavailable }</p>
                    <p><code>{ reason }</code></p>
                </div>
                <div class="pr-actions">
                    { super::primary_button(strings.retry, retry) }
                </div>
            </section>
        </main>
    }
}
