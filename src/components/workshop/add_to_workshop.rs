use yew::prelude::*;

use super::messages::outcome_text;
use crate::components::ByAddress;
use crate::domain::share::payload_from_fragment;
use crate::domain::workshop::{NameProblem, Outcome, MAX_NAME_CHARS};
use crate::domain::Bank;
use crate::hooks::use_workshop_names;
use crate::services::{download, link, workshops};

#[derive(Properties, PartialEq)]
pub struct AddToWorkshopProps {
    pub bank: ByAddress<Bank>,
}

/// "Add to a workshop", on a shared result's read-only page: a facilitator
/// scans a participant's QR code, the link opens here, and one tap adds the
/// result (the link in the address, read as a pasted one is) to the
/// workshop chosen, or to a new one when there is none yet.
#[component]
pub fn AddToWorkshop(props: &AddToWorkshopProps) -> Html {
    let strings = crate::strings::current();
    let names = use_workshop_names();
    // The workshop made last is the likeliest one.
    let chosen = use_state(|| names.names.last().cloned().unwrap_or_default());
    let new_name = use_node_ref();
    let status = use_state(|| None::<String>);
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(select.value());
            }
        })
    };
    let on_add = {
        let (names, chosen, new_name, status, bank) = (
            names.clone(),
            chosen.clone(),
            new_name.clone(),
            status.clone(),
            props.bank.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = if names.names.is_empty() {
                let typed = new_name
                    .cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                match names.create(&typed, &bank) {
                    Ok(name) => name,
                    Err(problem) => {
                        status.set(Some(
                            match problem {
                                NameProblem::Empty => strings.workshop_name_empty,
                                NameProblem::TooLong => strings.workshop_name_too_long,
                                NameProblem::Taken => strings.workshop_name_taken,
                            }
                            .to_owned(),
                        ));
                        return;
                    }
                }
            } else {
                (*chosen).clone()
            };
            let fragment = link::fragment();
            let Some(payload) = payload_from_fragment(&fragment) else {
                return;
            };
            let mut workshop = match workshops::load(&name, &bank) {
                Ok(workshop) => workshop,
                Err(_) => {
                    status.set(Some(strings.workshop_unreadable.to_owned()));
                    return;
                }
            };
            let outcome = workshop.add_payload(&bank, payload, &download::today());
            let label = |number: u32| {
                workshop
                    .entry(number)
                    .map(|e| e.label(strings.participant))
                    .unwrap_or_default()
            };
            let message = match outcome {
                Outcome::Added(number) => {
                    if workshops::save(&workshop) {
                        strings.added_to_workshop(&label(number), &name)
                    } else {
                        strings.workshop_save_failed.to_owned()
                    }
                }
                Outcome::Duplicate(number) => strings.already_in_workshop(&label(number), &name),
                other => outcome_text(strings, &workshop, other).unwrap_or_default(),
            };
            status.set(Some(message));
        })
    };
    let workshops_url = format!("{}?workshop", link::page_address());
    let options = names.names.iter().map(|name| {
        html! { <option value={name.clone()} selected={*name == *chosen}>{ name }</option> }
    });
    html! {
        <section class="pr-section pr-add-to-workshop" aria-labelledby="pr-add-to-workshop-title">
            <h2 id="pr-add-to-workshop-title">{ strings.add_to_workshop_heading }</h2>
            <p>{ strings.add_to_workshop_intro }</p>
            <form onsubmit={on_add}>
                if names.names.is_empty() {
                    <label for="pr-add-to-new">{ strings.add_to_workshop_new }</label>
                    <div class="pr-field-row">
                        <input id="pr-add-to-new" type="text" class="pr-input" ref={new_name}
                            maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off" />
                        <button type="submit" class="pr-button pr-button-primary">{ strings.add_to_workshop_button }</button>
                    </div>
                } else {
                    <label for="pr-add-to-choose">{ strings.add_to_workshop_choose }</label>
                    <div class="pr-field-row">
                        <select id="pr-add-to-choose" class="pr-input" onchange={on_choose}>{ for options }</select>
                        <button type="submit" class="pr-button pr-button-primary">{ strings.add_to_workshop_button }</button>
                    </div>
                }
            </form>
            <div role="status">
                if let Some(text) = &*status {
                    <p class="pr-keep-status">{ text }</p>
                    <p><a href={workshops_url}>{ strings.open_workshop }</a></p>
                }
            </div>
        </section>
    }
}
