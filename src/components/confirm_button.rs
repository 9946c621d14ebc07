use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    /// The button that asks, e.g. "Start again".
    pub label: &'static str,
    /// The question it asks before anything happens.
    pub question: &'static str,
    /// The answers: go ahead, or leave things as they are.
    pub yes: &'static str,
    pub no: &'static str,
    /// The question's id, unique on the page: the group is labelled by it.
    pub id: &'static str,
    pub on_yes: Callback<()>,
}

/// A button for something that cannot be undone (starting again, deleting
/// every kept attempt, clearing a workshop): it asks first, and focus
/// follows, onto the question when it opens and back onto the button when
/// the person changes their mind.
#[component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let confirming = use_state(|| false);
    let question_ref = use_node_ref();
    let button_ref = use_node_ref();
    // Not on first render: only after the question has been open.
    let opened_before = use_mut_ref(|| false);
    {
        let (question_ref, button_ref) = (question_ref.clone(), button_ref.clone());
        use_effect_with(*confirming, move |confirming| {
            let target = if *confirming {
                *opened_before.borrow_mut() = true;
                Some(question_ref)
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
    let yes = {
        let (confirming, on_yes) = (confirming.clone(), props.on_yes.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_yes.emit(());
        })
    };
    if *confirming {
        html! {
            <div class="pr-confirm" role="group" aria-labelledby={props.id}>
                <p id={props.id} tabindex="-1" ref={question_ref}>{ props.question }</p>
                <div class="pr-actions">
                    <button type="button" class="pr-button pr-button-danger" onclick={yes}>{ props.yes }</button>
                    { super::button(props.no, cancel) }
                </div>
            </div>
        }
    } else {
        html! {
            <button type="button" class="pr-button" onclick={ask} ref={button_ref}>{ props.label }</button>
        }
    }
}
