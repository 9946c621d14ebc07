use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{primary_button, ResultQr};
use crate::services::sharing::{share_or_copy_text, Handed};

#[derive(Properties, PartialEq)]
pub struct HandOverProps {
    /// The link to hand over.
    pub url: AttrValue,
    /// A message holding the link, shared and copied instead of the bare link.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// The button's label.
    pub label: &'static str,
    /// The visible link's accessible name.
    pub link_label: &'static str,
}

/// A link to pass on: a button that shares or copies it (with its message),
/// the link itself to select by hand, and its QR code.
#[component]
pub fn HandOver(props: &HandOverProps) -> Html {
    let strings = crate::strings::current();
    let said = use_state(|| None::<&'static str>);
    let on_hand = {
        let (url, text, said) = (props.url.clone(), props.text.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            let (url, text, said) = (url.clone(), text.clone(), said.clone());
            spawn_local(async move {
                said.set(
                    match share_or_copy_text(&url, strings.results_heading, text.as_deref()).await {
                        Handed::Copied => Some(strings.share_copied),
                        Handed::Shared => Some(strings.share_shared),
                        Handed::Cancelled => None,
                        Handed::Manual => Some(strings.share_manual),
                    },
                );
            });
        })
    };
    html! {
        <div class="pr-hand-over">
            <div class="pr-actions">{ primary_button(props.label, on_hand) }</div>
            <p class="pr-keep-status" aria-live="polite">{ (*said).unwrap_or_default() }</p>
            <input class="pr-share-url pr-hand-over-link" type="text" readonly=true
                value={props.url.clone()} aria-label={props.link_label} />
            <ResultQr url={props.url.clone()} />
        </div>
    }
}
