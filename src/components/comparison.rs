use yew::prelude::*;

use crate::domain::overlay::{group_names, Comparison};
use crate::domain::{Bank, Side};
use crate::strings::Strings;

/// The overlay's text twin: every group with the person's score, others'
/// mean and the gap, and the earlier attempt with the change, whichever are shown.
pub fn comparison_table(
    strings: &Strings,
    bank: &Bank,
    comparison: &Comparison,
    earlier_date: Option<&str>,
) -> Html {
    let r = &strings.raters;
    let others = comparison.replies > 0;
    let earlier = earlier_date.is_some();
    let signed = |n: Option<i16>| {
        n.map(|n| {
            if n > 0 {
                format!("+{n}")
            } else {
                n.to_string()
            }
        })
    };
    let rows = bank.groups.iter().zip(&comparison.rows).map(|(group, row)| {
        let cells = html! {
            <>
                <th scope="row">{ &group.name }</th>
                <td class="pr-num">{ row.you }</td>
                if others {
                    <td class="pr-num">{ row.others.map(|o| o.to_string()).unwrap_or_default() }</td>
                    <td class="pr-num">{ signed(row.gap()).unwrap_or_default() }</td>
                }
                if earlier {
                    <td class="pr-num">{ row.earlier.map(|e| e.to_string()).unwrap_or_default() }</td>
                    <td class="pr-num">{ signed(row.change()).unwrap_or_default() }</td>
                }
            </>
        };
        match group.side {
            Side::Inside => html! { <tr class="pr-inside">{ cells }</tr> },
            Side::Outside => html! { <tr class="pr-outside">{ cells }</tr> },
        }
    });
    html! {
        <table class="pr-scores pr-comparison">
            <caption>{ match (others, earlier) {
                (true, true) => r.comparison_caption,
                (true, false) => r.comparison_caption_others,
                _ => r.comparison_caption_earlier,
            } }</caption>
            <thead>
                <tr>
                    <th scope="col">{ strings.col_partnership }</th>
                    <th scope="col" class="pr-num">{ r.you }</th>
                    if others {
                        <th scope="col" class="pr-num">{ r.others_label(comparison.replies) }</th>
                        <th scope="col" class="pr-num">{ r.col_gap }</th>
                    }
                    if let Some(date) = earlier_date {
                        <th scope="col" class="pr-num">{ r.earlier_label(date) }</th>
                        <th scope="col" class="pr-num">{ r.col_change }</th>
                    }
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// Blind spots and hidden strengths by name, and a caution when there are
/// so few replies that raters can be told apart. Nothing without replies.
pub fn gaps_summary(strings: &Strings, bank: &Bank, comparison: &Comparison) -> Html {
    if comparison.replies == 0 {
        return Html::default();
    }
    let r = &strings.raters;
    let blind = group_names(bank, &comparison.blind_spots());
    let hidden = group_names(bank, &comparison.hidden_strengths());
    html! {
        <section class="pr-section pr-gaps" aria-labelledby="pr-gaps-title">
            <h2 id="pr-gaps-title">{ format!("{} (n = {})", r.others_heading, comparison.replies) }</h2>
            if comparison.few_replies() {
                <p class="pr-notice pr-few-replies" role="note">{ r.few_replies }</p>
            }
            if blind.is_empty() && hidden.is_empty() {
                <p>{ r.no_notable_gaps }</p>
            }
            if !blind.is_empty() {
                <h3>{ r.blind_spots }</h3>
                <ul class="pr-blind-spots">{ for blind.iter().map(|n| html! { <li>{ *n }</li> }) }</ul>
            }
            if !hidden.is_empty() {
                <h3>{ r.hidden_strengths }</h3>
                <ul class="pr-hidden-strengths">{ for hidden.iter().map(|n| html! { <li>{ *n }</li> }) }</ul>
            }
        </section>
    }
}
