use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RestartControlProps {
    pub on_restart: Callback<()>,
    /// On a kiosk the control ends the visit: "Finish".
    #[prop_or_default]
    pub kiosk: bool,
}

/// "Start again" ("Finish" on a kiosk), which asks for confirmation before
/// clearing anything.
#[component]
pub fn RestartControl(props: &RestartControlProps) -> Html {
    let strings = crate::strings::current();
    let (label, question, yes_label) = if props.kiosk {
        (strings.finish, strings.finish_confirm, strings.finish_yes)
    } else {
        (
            strings.start_again,
            strings.restart_confirm,
            strings.restart_yes,
        )
    };
    let confirming = use_state(|| false);
    let confirm_ref = use_node_ref();
    let button_ref = use_node_ref();
    // Focus follows the control: onto the question when it opens, back onto
    // the button when it is cancelled (but not on first render).
    let opened_before = use_mut_ref(|| false);
    {
        let (confirm_ref, button_ref) = (confirm_ref.clone(), button_ref.clone());
        use_effect_with(*confirming, move |confirming| {
            let target = if *confirming {
                *opened_before.borrow_mut() = true;
                Some(confirm_ref)
            } else {
                opened_before.borrow().then_some(button_ref)
            };
            if let Some(el) = target.and_then(|r| r.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let yes = props.on_restart.reform(|_: MouseEvent| ());
    html! {
        <div class="pr-restart">
            if *confirming {
                <div class="pr-confirm" role="group" aria-labelledby="pr-confirm-text">
                    <p id="pr-confirm-text" tabindex="-1" ref={confirm_ref}>{ question }</p>
                    <div class="pr-actions">
                        <button type="button" class="pr-button pr-button-danger" onclick={yes}>{ yes_label }</button>
                        { super::button(strings.cancel, cancel) }
                    </div>
                </div>
            } else {
                <button type="button" class="pr-button" onclick={ask} ref={button_ref}>{ label }</button>
            }
        </div>
    }
}
