use std::rc::Rc;

use yew::prelude::*;

use crate::components::{side_class, RestartControl};
use crate::domain::{Bank, Side};
use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct WelcomeScreenProps {
    pub bank: Rc<Bank>,
    /// An attempt is saved: offer to continue it or start again.
    pub has_progress: bool,
    pub on_start: Callback<()>,
    pub on_resume: Callback<()>,
}

/// What the assessment is, and the way in.
#[component]
pub fn WelcomeScreen(props: &WelcomeScreenProps) -> Html {
    let strings = use_strings();
    let bank = &props.bank;
    let start = props.on_start.reform(|_: MouseEvent| ());
    let resume = props.on_resume.reform(|_: MouseEvent| ());
    let actions = if props.has_progress {
        html! {
            <>
                <p class="pr-saved">{ strings.welcome_saved }</p>
                <div class="pr-actions">
                    <button type="button" class="pr-button pr-button-primary" onclick={resume}>{ strings.continue_ }</button>
                </div>
                // Starting again throws the saved answers away: ask first.
                <RestartControl on_restart={props.on_start.clone()} />
            </>
        }
    } else {
        html! {
            <div class="pr-actions">
                <button type="button" class="pr-button pr-button-primary" onclick={start}>{ strings.start }</button>
            </div>
        }
    };
    html! {
        <section class="pr-screen pr-welcome" aria-labelledby="pr-welcome-title">
            <h1 id="pr-welcome-title" tabindex="-1" data-focus-target="">{ &bank.title }</h1>
            <p class="pr-lead">{ &bank.intro }</p>
            <ul class="pr-facts">
                <li>{ strings.length(bank.questions.len()) }</li>
                <li>{ strings.welcome_privacy }</li>
            </ul>
            // The way in comes before the detail, so it is on screen without scrolling on phones.
            { actions }
            <h2 class="pr-halves-title">{ strings.welcome_groups }</h2>
            <div class="pr-halves">
                { for [Side::Inside, Side::Outside].into_iter().map(|side| html! {
                    <div class={classes!("pr-half", side_class(side))}>
                        <h3>{ bank.sides.name(side) }</h3>
                        <ul>
                            { for bank.groups.iter().filter(|g| g.side == side).map(|g| html! { <li>{ &g.name }</li> }) }
                        </ul>
                    </div>
                }) }
            </div>
        </section>
    }
}
