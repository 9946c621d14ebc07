use yew::prelude::*;

use crate::domain::workshop::Workshop;
use crate::domain::{Bank, Length};
use crate::strings::Strings;

/// Everyone in the workshop: label, date added, length and scores, each
/// with a Remove button. Scrolls sideways inside its own box on a phone.
pub fn participants(
    strings: &Strings,
    bank: &Bank,
    workshop: &Workshop,
    on_remove: &Callback<u32>,
) -> Html {
    let rows = workshop.entries.iter().map(|e| {
        let label = e.label(strings.participant);
        let remove = {
            let (on_remove, number) = (on_remove.clone(), e.number);
            Callback::from(move |_: MouseEvent| on_remove.emit(number))
        };
        let length = match e.length {
            Length::Quick => strings.length_quick,
            Length::Full => strings.length_full,
        };
        html! {
            <tr key={e.number}>
                <th scope="row">{ &label }</th>
                <td>{ &e.added }</td>
                <td>{ length }</td>
                { for e.scores.iter().map(|s| html! { <td class="pr-num">{ s }</td> }) }
                <td>
                    <button type="button" class="pr-button pr-button-quiet" onclick={remove}
                        aria-label={strings.remove_participant(&label)}>{ strings.remove }</button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="pr-section pr-participants" aria-labelledby="pr-participants-title">
            <h2 id="pr-participants-title">{ strings.participants_heading }</h2>
            <div class="pr-table-scroll" tabindex="0" role="region" aria-labelledby="pr-participants-caption">
                <table class="pr-scores pr-participants-table">
                    <caption id="pr-participants-caption">{ strings.participants_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ strings.col_label }</th>
                            <th scope="col">{ strings.col_added }</th>
                            <th scope="col">{ strings.col_length }</th>
                            { for bank.groups.iter().map(|g| html! { <th scope="col" class="pr-num">{ &g.name }</th> }) }
                            <th scope="col"><span class="pr-visually-hidden">{ strings.remove }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
