use gloo::events::EventListener;
use yew::prelude::*;

use crate::components::ByAddress;
use crate::domain::order::{estimated_minutes, scenario_count};
use crate::domain::{Bank, Length};

#[derive(Properties, PartialEq)]
pub struct AttractScreenProps {
    pub bank: ByAddress<Bank>,
    /// The length a kiosk offers.
    pub length: Length,
    /// The visitor went back here from their first scenario: offer to continue.
    pub has_progress: bool,
    pub on_start: Callback<Length>,
    pub on_resume: Callback<()>,
}

/// A kiosk's welcome: the title, one large button in, and full screen
/// where the browser allows it. The button has focus whenever it appears.
#[component]
pub fn AttractScreen(props: &AttractScreenProps) -> Html {
    let strings = crate::strings::current();
    let bank = &props.bank;
    let main_button = use_node_ref();
    {
        let main_button = main_button.clone();
        use_effect_with(props.has_progress, move |_| {
            if let Some(button) = main_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    // Full screen where the browser allows it; the label follows the state.
    let full = use_state_eq(|| gloo::utils::document().fullscreen_element().is_some());
    {
        let full = full.setter();
        use_effect_with((), move |_| {
            let watch =
                EventListener::new(&gloo::utils::document(), "fullscreenchange", move |_| {
                    full.set(gloo::utils::document().fullscreen_element().is_some());
                });
            move || drop(watch)
        });
    }
    let fullscreen = gloo::utils::document().fullscreen_enabled().then(|| {
        let onclick = Callback::from(|_: MouseEvent| {
            let document = gloo::utils::document();
            if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            } else if let Some(root) = document.document_element() {
                if root.request_fullscreen().is_err() {
                    gloo::console::warn!("full screen was refused");
                }
            }
        });
        let label = if *full {
            strings.leave_fullscreen
        } else {
            strings.fullscreen
        };
        super::button(label, onclick)
    });
    let length = props.length;
    let start = props.on_start.reform(move |_: MouseEvent| length);
    let (main_label, main_click, second) = if props.has_progress {
        let resume = props.on_resume.reform(|_: MouseEvent| ());
        let again = super::button(strings.start_again, start);
        (strings.continue_, resume, again)
    } else {
        let label = match length {
            Length::Quick => strings.start_quick,
            Length::Full => strings.start_full,
        };
        (label, start, html! {})
    };
    html! {
        <section class="pr-screen pr-attract" aria-labelledby="pr-attract-title">
            <h1 id="pr-attract-title">{ &bank.title }</h1>
            <p class="pr-lead">{ &bank.intro }</p>
            <p class="pr-length-facts">{ strings.length(scenario_count(bank, length), estimated_minutes(bank, length)) }</p>
            <div class="pr-actions pr-attract-actions">
                <button type="button" ref={main_button} data-focus-target="" class="pr-button pr-button-primary pr-button-large" onclick={main_click}>{ main_label }</button>
                { second }
                { for fullscreen }
            </div>
            <p class="pr-facts">{ strings.kiosk_privacy }</p>
        </section>
    }
}
