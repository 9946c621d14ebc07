use yew::prelude::*;

use crate::components::HandOver;
use crate::domain::share::MAX_NAME;

#[derive(Properties, PartialEq)]
pub struct InviteRatersProps {
    /// Makes an invitation for the name given and returns its link.
    pub on_invite: Callback<Option<String>, Option<AttrValue>>,
}

/// "Ask others how they see you": an optional first name, then an
/// invitation link with a message to send with it, which the person may edit.
#[component]
pub fn InviteRaters(props: &InviteRatersProps) -> Html {
    let r = &crate::strings::current().raters;
    let name = use_state(String::new);
    let made = use_state(|| None::<(AttrValue, String)>);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(input.value());
            }
        })
    };
    let on_make = {
        let (name, made, on_invite) = (name.clone(), made.clone(), props.on_invite.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let clean = crate::domain::share::clean_name(&name);
            if let Some(url) = on_invite.emit(clean.clone()) {
                let message = r.invite_message(clean.as_deref(), &url);
                made.set(Some((url, message)));
            }
        })
    };
    let on_message = {
        let made = made.clone();
        Callback::from(move |e: InputEvent| {
            if let (Some(area), Some((url, _))) = (
                e.target_dyn_into::<web_sys::HtmlTextAreaElement>(),
                (*made).clone(),
            ) {
                made.set(Some((url, area.value())));
            }
        })
    };
    html! {
        <section class="pr-section pr-invite" aria-labelledby="pr-invite-title">
            <h2 id="pr-invite-title">{ r.invite_heading }</h2>
            <p>{ r.invite_intro }</p>
            <form class="pr-form pr-invite-form" onsubmit={on_make} novalidate=true>
                <div class="pr-field">
                    <label for="pr-invite-name">{ r.invite_name_label }</label>
                    <input id="pr-invite-name" type="text" maxlength={MAX_NAME.to_string()} autocomplete="given-name"
                        value={(*name).clone()} oninput={on_name} aria-describedby="pr-invite-name-hint" />
                    <p id="pr-invite-name-hint" class="pr-hint-text">{ r.invite_name_hint }</p>
                </div>
                <div class="pr-actions">
                    <button type="submit" class="pr-button">{ r.invite_make }</button>
                </div>
            </form>
            if let Some((url, message)) = (*made).clone() {
                <div class="pr-field">
                    <label for="pr-invite-message">{ r.invite_message_label }</label>
                    <textarea id="pr-invite-message" rows="6" value={message.clone()} oninput={on_message} />
                </div>
                <HandOver {url} text={Some(AttrValue::from(message))} label={r.invite_copy} link_label={r.invite_link_label} />
            }
        </section>
    }
}
