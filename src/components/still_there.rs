use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StillThereProps {
    /// Seconds before the kiosk resets.
    pub seconds_left: u32,
    pub on_carry_on: Callback<()>,
}

/// A kiosk's "Still there?" question, modal, counting down to the reset.
/// Its one button (focused when it opens) and Escape both carry on.
#[component]
pub fn StillThere(props: &StillThereProps) -> Html {
    let strings = crate::strings::current();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let opened = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(d) = &opened {
                // show_modal puts the rest of the app out of reach and focuses the button.
                if d.show_modal().is_err() {
                    d.set_open(true);
                }
            }
            move || {
                if let Some(d) = opened {
                    d.close();
                }
            }
        });
    }
    let on_click = props.on_carry_on.reform(|_: MouseEvent| ());
    let on_cancel = {
        let carry_on = props.on_carry_on.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            carry_on.emit(());
        })
    };
    html! {
        <dialog class="pr-still-there" ref={dialog} role="alertdialog"
            aria-labelledby="pr-still-there-title" aria-describedby="pr-still-there-text" oncancel={on_cancel}>
            <h2 id="pr-still-there-title">{ strings.still_there }</h2>
            <p id="pr-still-there-text">{ strings.resetting_in(props.seconds_left) }</p>
            <p class="pr-still-there-count" aria-hidden="true">{ props.seconds_left }</p>
            { super::primary_button(strings.carry_on, on_click) }
        </dialog>
    }
}
