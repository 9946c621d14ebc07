use yew::prelude::*;

use crate::components::ConfirmButton;
use crate::strings::Strings;

/// "Start again" ("Finish" on a kiosk, where it ends the visit), which asks
/// for confirmation before clearing anything.
pub fn restart_control(strings: &Strings, kiosk: bool, on_restart: Callback<()>) -> Html {
    let (label, question, yes) = if kiosk {
        (strings.finish, strings.finish_confirm, strings.finish_yes)
    } else {
        (
            strings.start_again,
            strings.restart_confirm,
            strings.restart_yes,
        )
    };
    html! {
        <div class="pr-restart">
            <ConfirmButton {label} {question} {yes} no={strings.cancel} id="pr-confirm-restart" on_yes={on_restart} />
        </div>
    }
}
