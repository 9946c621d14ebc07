use yew::prelude::*;

use crate::components::{primary_button, privacy_link, restart_control};
use crate::domain::order::{estimated_minutes, scenario_count};
use crate::domain::{Bank, Length, Side};
use crate::settings::{LengthSetting, Mode, Settings};
use crate::strings::Strings;

/// What the welcome screen shows, and where its presses go.
pub struct WelcomeScreen<'a> {
    pub bank: &'a Bank,
    /// An attempt is saved: offer to continue it or start again.
    pub has_progress: bool,
    pub on_start: Callback<Length>,
    pub on_resume: Callback<()>,
    /// Clears the saved attempt (after the person confirms).
    pub on_discard: Callback<()>,
}

/// What the assessment is, and the way in: the lengths the settings offer,
/// or Continue.
pub fn welcome_screen(strings: &Strings, settings: &Settings, screen: WelcomeScreen) -> Html {
    let bank = screen.bank;
    let resume = screen.on_resume.reform(|_: MouseEvent| ());
    let lengths: &[Length] = match settings.length {
        LengthSetting::Choose => &[Length::Quick, Length::Full],
        LengthSetting::Quick => &[Length::Quick],
        LengthSetting::Full => &[Length::Full],
    };
    let actions = if screen.has_progress {
        html! {
            <>
                <p class="pr-saved">{ strings.welcome_saved }</p>
                <div class="pr-actions">
                    { primary_button(strings.continue_, resume) }
                </div>
                // Starting again throws the saved answers away: ask first.
                { restart_control(strings, settings.mode == Mode::Kiosk, screen.on_discard) }
            </>
        }
    } else {
        let choices = lengths.iter().map(|length| {
            let (name, label) = match length {
                Length::Quick => (strings.quick_name, strings.start_quick),
                Length::Full => (strings.full_name, strings.start_full),
            };
            let facts = strings.length(scenario_count(bank, *length), estimated_minutes(bank, *length));
            let on_click = {
                let length = *length;
                screen.on_start.reform(move |_: MouseEvent| length)
            };
            // Named so that a press on the build-time copy of this screen,
            // before the app is ready, can be honoured (web/partner-radar.mjs.in).
            let data_length = length.name();
            let button = if *length == lengths[0] {
                html! { <button type="button" data-length={data_length} onclick={on_click} class="pr-button pr-button-primary">{ label }</button> }
            } else {
                html! { <button type="button" data-length={data_length} onclick={on_click} class="pr-button">{ label }</button> }
            };
            html! {
                <div class="pr-length">
                    <h2 class="pr-length-name">{ name }</h2>
                    <p class="pr-length-facts">{ facts }</p>
                    { button }
                </div>
            }
        });
        html! {
            <div class="pr-lengths" role="group" aria-label={strings.choose_length}>{ for choices }</div>
        }
    };
    html! {
        <section class="pr-screen pr-welcome" aria-labelledby="pr-welcome-title">
            <h1 id="pr-welcome-title" tabindex="-1" data-focus-target="">{ &bank.title }</h1>
            <p class="pr-lead">{ &bank.intro }</p>
            <p class="pr-instruction">{ strings.instruction }</p>
            // The way in comes before the detail, so it is on screen without scrolling on phones.
            { actions }
            <p class="pr-facts">{ strings.welcome_privacy }{ " " }{ privacy_link(strings, settings) }</p>
            <h2 class="pr-halves-title">{ strings.welcome_groups }</h2>
            <div class="pr-halves">
                <div class="pr-half pr-inside">{ half(bank, Side::Inside) }</div>
                <div class="pr-half pr-outside">{ half(bank, Side::Outside) }</div>
            </div>
        </section>
    }
}

/// One half of the model: its name and its groups.
fn half(bank: &Bank, side: Side) -> Html {
    html! {
        <>
            <h3>{ bank.sides.name(side) }</h3>
            <ul>
                { for bank.groups.iter().filter(|g| g.side == side).map(|g| html! { <li>{ &g.name }</li> }) }
            </ul>
        </>
    }
}
