use yew::prelude::*;

use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct BankLoadingProps {}

/// Said while a bank named by the settings is on its way.
#[component]
pub fn BankLoading(_props: &BankLoadingProps) -> Html {
    let strings = use_strings();
    html! {
        <main class="pr-main">
            <section class="pr-screen pr-loading" aria-busy="true">
                <p role="status">{ strings.bank_loading }</p>
            </section>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct BankUnavailableProps {
    /// What went wrong, for the person who looks after the page.
    pub reason: AttrValue,
    pub on_retry: Callback<()>,
}

/// The bank could not be fetched: say so, and offer to try again.
#[component]
pub fn BankUnavailable(props: &BankUnavailableProps) -> Html {
    let strings = use_strings();
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <main class="pr-main">
            <section class="pr-screen pr-loading">
                <div class="pr-notice pr-problems" role="alert">
                    <p>{ strings.bank_unavailable }</p>
                    <p><code>{ &props.reason }</code></p>
                </div>
                <div class="pr-actions">
                    <button type="button" class="pr-button pr-button-primary" onclick={retry}>{ strings.retry }</button>
                </div>
            </section>
        </main>
    }
}
