use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services::workshops::read_text;

#[derive(Properties, PartialEq)]
pub struct AddResultsProps {
    /// Adds the links in a text (pasted, or a file's contents).
    pub on_add: Callback<String>,
}

/// "Add results": a text box for share links (or any text holding them)
/// and a .txt or .csv file, whose text the browser reads.
#[component]
pub fn AddResults(props: &AddResultsProps) -> Html {
    let strings = crate::strings::current();
    let text = use_node_ref();
    let file_problem = use_state(|| false);
    let on_submit = {
        let (text, on_add) = (text.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() {
                let value = area.value();
                if !value.trim().is_empty() {
                    on_add.emit(value);
                    area.set_value("");
                }
            }
        })
    };
    let on_file = {
        let (on_add, file_problem) = (props.on_add.clone(), file_problem.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be loaded again after a change.
            input.set_value("");
            let (on_add, file_problem) = (on_add.clone(), file_problem.clone());
            spawn_local(async move {
                match read_text(file).await {
                    Some(text) => {
                        file_problem.set(false);
                        on_add.emit(text);
                    }
                    None => file_problem.set(true),
                }
            });
        })
    };
    html! {
        <section class="pr-section pr-add-results" aria-labelledby="pr-add-title">
            <h2 id="pr-add-title">{ strings.workshop_add_heading }</h2>
            <p id="pr-add-hint">{ strings.workshop_add_hint }</p>
            <form onsubmit={on_submit}>
                <label for="pr-add-text">{ strings.workshop_paste_label }</label>
                <textarea id="pr-add-text" class="pr-input pr-add-text" rows="5" ref={text}
                    spellcheck="false" aria-describedby="pr-add-hint" />
                <div class="pr-actions pr-add-actions">
                    <button type="submit" class="pr-button pr-button-primary">{ strings.workshop_add }</button>
                </div>
            </form>
            <div class="pr-add-file">
                <label for="pr-add-file">{ strings.workshop_file_label }</label>
                <input id="pr-add-file" type="file" accept=".txt,.csv,text/plain,text/csv" onchange={on_file} />
            </div>
            if *file_problem {
                <p class="pr-field-error" role="alert">{ strings.workshop_file_unreadable }</p>
            }
        </section>
    }
}
