//! Workshop mode's screens: the workshops on this device, then one
//! workshop's team view. The figures come from `domain::workshop`; storage
//! and files from `hooks::workshop` and `services::workshops`.

mod add_results;
mod add_to_workshop;
mod dot_plots;
mod list;
mod messages;
mod participants;
mod take_away;
mod team_advice;
mod team_radar;
mod team_summary;
mod view;

pub use add_to_workshop::AddToWorkshop;
pub use list::WorkshopList;
pub use view::WorkshopView;

use yew::prelude::*;

use crate::components::ByAddress;
use crate::domain::Bank;

#[derive(Properties, PartialEq)]
pub struct WorkshopScreenProps {
    pub bank: ByAddress<Bank>,
}

/// The workshop list, or the workshop that is open.
#[component]
pub fn WorkshopScreen(props: &WorkshopScreenProps) -> Html {
    let open = use_state(|| None::<String>);
    // After closing a workshop, focus goes back to the list's heading.
    let returned = use_state(|| false);
    let on_open = {
        let open = open.clone();
        Callback::from(move |name: String| open.set(Some(name)))
    };
    let on_close = {
        let (open, returned) = (open.clone(), returned.clone());
        Callback::from(move |()| {
            returned.set(true);
            open.set(None);
        })
    };
    let screen = match &*open {
        Some(name) => html! {
            <WorkshopView key={name.clone()} name={AttrValue::from(name.clone())} bank={props.bank.clone()} {on_close} />
        },
        None => html! { <WorkshopList bank={props.bank.clone()} {on_open} focus={*returned} /> },
    };
    html! { <main class="pr-main">{ screen }</main> }
}

/// Focuses `node` once, when the view mounts, if `when`.
#[hook]
fn use_focus_on_mount(node: NodeRef, when: bool) {
    use_effect_with((), move |_| {
        if when {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
