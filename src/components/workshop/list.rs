use yew::prelude::*;

use super::use_focus_on_mount;
use crate::components::ByAddress;
use crate::domain::workshop::{NameProblem, MAX_NAME_CHARS};
use crate::domain::Bank;
use crate::hooks::use_workshop_names;

#[derive(Properties, PartialEq)]
pub struct WorkshopListProps {
    pub bank: ByAddress<Bank>,
    /// Opens the workshop with this name.
    pub on_open: Callback<String>,
    /// Focus the heading (on coming back from a workshop).
    #[prop_or_default]
    pub focus: bool,
}

/// The workshops on this device: create one, open one, delete one (after
/// a confirmation).
#[component]
pub fn WorkshopList(props: &WorkshopListProps) -> Html {
    let strings = crate::strings::current();
    let names = use_workshop_names();
    let input = use_node_ref();
    let problem = use_state(|| None::<NameProblem>);
    let deleting = use_state(|| None::<String>);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.focus);

    let on_create = {
        let (names, input, problem, bank, on_open) = (
            names.clone(),
            input.clone(),
            problem.clone(),
            props.bank.clone(),
            props.on_open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            match names.create(&field.value(), &bank) {
                Ok(name) => on_open.emit(name),
                Err(p) => {
                    problem.set(Some(p));
                    let _ = field.focus();
                }
            }
        })
    };
    let error = problem.map(|p| match p {
        NameProblem::Empty => strings.workshop_name_empty,
        NameProblem::TooLong => strings.workshop_name_too_long,
        NameProblem::Taken => strings.workshop_name_taken,
    });

    let rows = names.names.iter().map(|name| {
        let open = {
            let (on_open, name) = (props.on_open.clone(), name.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(name.clone()))
        };
        let ask = {
            let (deleting, name) = (deleting.clone(), name.clone());
            Callback::from(move |_: MouseEvent| deleting.set(Some(name.clone())))
        };
        let confirming = deleting.as_deref() == Some(name.as_str());
        let actions = if confirming {
            let yes = {
                let (names, deleting, name) = (names.clone(), deleting.clone(), name.clone());
                Callback::from(move |_: MouseEvent| {
                    names.delete(&name);
                    deleting.set(None);
                })
            };
            let cancel = {
                let deleting = deleting.clone();
                Callback::from(move |_: MouseEvent| deleting.set(None))
            };
            html! {
                <div class="pr-confirm" role="group" aria-label={strings.workshop_delete_confirm(name)}>
                    <p>{ strings.workshop_delete_confirm(name) }</p>
                    <div class="pr-actions">
                        <button type="button" class="pr-button pr-button-danger" onclick={yes}>{ strings.workshop_delete_yes }</button>
                        { crate::components::button(strings.cancel, cancel) }
                    </div>
                </div>
            }
        } else {
            html! {
                <div class="pr-actions">
                    <button type="button" class="pr-button pr-button-primary" onclick={open}
                        aria-label={strings.workshop_action(strings.workshop_open, name)}>{ strings.workshop_open }</button>
                    <button type="button" class="pr-button" onclick={ask}
                        aria-label={strings.workshop_action(strings.workshop_delete, name)}>{ strings.workshop_delete }</button>
                </div>
            }
        };
        html! {
            <li class="pr-workshop-item" key={name.clone()}>
                <span class="pr-workshop-name">{ name }</span>
                { actions }
            </li>
        }
    });

    html! {
        <section class="pr-screen pr-workshops" aria-labelledby="pr-workshops-title">
            <h1 id="pr-workshops-title" tabindex="-1" ref={heading}>{ strings.workshops_heading }</h1>
            <p class="pr-lead">{ strings.workshops_intro }</p>
            if !names.can_save {
                <p class="pr-notice" role="status">{ strings.workshop_storage_off }</p>
            }
            <form class="pr-workshop-create" onsubmit={on_create} novalidate=true>
                <label for="pr-workshop-new">{ strings.workshop_new_label }</label>
                <div class="pr-field-row">
                    <input id="pr-workshop-new" type="text" ref={input} class="pr-input"
                        maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off"
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then_some("pr-workshop-new-error")} />
                    { primary_button_submit(strings.workshop_create) }
                </div>
                if let Some(error) = error {
                    <p id="pr-workshop-new-error" class="pr-field-error" role="alert">{ error }</p>
                }
            </form>
            <h2>{ strings.workshop_list_caption }</h2>
            if names.names.is_empty() {
                <p>{ strings.workshop_none }</p>
            } else {
                <ul class="pr-workshop-list">{ for rows }</ul>
            }
        </section>
    }
}

/// The form's submit button.
fn primary_button_submit(label: &'static str) -> Html {
    html! { <button type="submit" class="pr-button pr-button-primary">{ label }</button> }
}
