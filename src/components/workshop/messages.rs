use yew::prelude::*;

use crate::domain::workshop::{AddReport, Outcome, Workshop, MAX_PARTICIPANTS};
use crate::strings::Strings;

/// The line's message for a link that was not added; `None` for one that was.
pub fn outcome_text(strings: &Strings, workshop: &Workshop, outcome: Outcome) -> Option<String> {
    Some(match outcome {
        Outcome::Added(_) | Outcome::NotALink => return None,
        Outcome::Duplicate(number) => {
            let label = workshop.entry(number).map_or_else(
                || format!("{} {number}", strings.participant),
                |e| e.label(strings.participant),
            );
            strings.workshop_duplicate(&label)
        }
        Outcome::OtherBank => strings.workshop_other_bank_link().to_owned(),
        Outcome::Damaged => strings.workshop_damaged_link().to_owned(),
        Outcome::OtherFormat => strings.workshop_other_format_link().to_owned(),
        Outcome::Full => strings.workshop_full(MAX_PARTICIPANTS),
    })
}

/// What the last addition did: how many results it added, then each line
/// that did not add one, with its line number. A live region, so it is
/// read out after each Add.
pub fn add_messages(strings: &Strings, workshop: &Workshop, report: Option<&AddReport>) -> Html {
    let body = report.map(|report| {
        let problems = report.problems().filter_map(|l| {
            let text = outcome_text(strings, workshop, l.outcome)?;
            Some(html! { <li>{ strings.workshop_line(l.line, &text) }</li> })
        });
        let no_links = report.lines_without_links();
        html! {
            <>
                <p class="pr-add-summary">{ strings.workshop_added(report.added()) }</p>
                if report.problems().next().is_some() || !no_links.is_empty() {
                    <ul class="pr-add-problems">
                        { for problems }
                        if !no_links.is_empty() {
                            <li class="pr-add-no-links">{ strings.workshop_no_links(&no_links) }</li>
                        }
                    </ul>
                }
            </>
        }
    });
    html! { <div class="pr-add-messages" role="status">{ for body }</div> }
}
