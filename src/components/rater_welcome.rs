use yew::prelude::*;

use crate::domain::reply::Relationship;
use crate::strings::Strings;

/// What a rater's first screen shows, and where its presses go.
pub struct RaterWelcome<'a> {
    /// Who asks, if they gave a name.
    pub name: Option<&'a str>,
    pub scenarios: usize,
    pub minutes: usize,
    pub relationship: Option<Relationship>,
    pub has_progress: bool,
    pub on_relate: Callback<Option<Relationship>>,
    pub on_start: Callback<()>,
    pub on_resume: Callback<()>,
}

/// A rater's welcome: who asks, what is asked of them, that nothing is
/// sent, how they know the person (optional), and Start.
pub fn rater_welcome(strings: &Strings, screen: RaterWelcome) -> Html {
    let r = &strings.raters;
    let on_change = screen.on_relate.reform(|e: Event| {
        let value = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        value.parse::<u8>().ok().and_then(Relationship::from_code)
    });
    let chosen = screen.relationship.map_or(0, Relationship::code);
    let options = Relationship::ALL
        .iter()
        .zip(r.relationships)
        .map(|(rel, label)| {
            let code = rel.code();
            html! { <option value={code.to_string()} selected={code == chosen}>{ label }</option> }
        });
    let start = screen.on_start.reform(|_: MouseEvent| ());
    let resume = screen.on_resume.reform(|_: MouseEvent| ());
    html! {
        <section class="pr-screen pr-welcome pr-rater-welcome" aria-labelledby="pr-rater-title">
            <h1 id="pr-rater-title" tabindex="-1" data-focus-target="">{ r.rater_heading(screen.name) }</h1>
            <ul class="pr-points">
                <li>{ r.rater_point_same }</li>
                <li>{ r.rater_point_nothing_sent }</li>
                <li>{ r.rater_point_one_link }</li>
            </ul>
            <p>{ strings.length(screen.scenarios, screen.minutes) }</p>
            <div class="pr-field">
                <label for="pr-relationship">{ r.rater_relationship }</label>
                <select id="pr-relationship" onchange={on_change}>
                    <option value="0" selected={chosen == 0}>{ r.rater_relationship_none }</option>
                    { for options }
                </select>
            </div>
            <div class="pr-actions">
                if screen.has_progress {
                    { super::primary_button(strings.continue_, resume) }
                } else {
                    { super::primary_button(strings.start, start) }
                }
            </div>
        </section>
    }
}
