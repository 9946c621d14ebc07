use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{self, Extras, Spoke};
use crate::components::{ByAddress, RadarChart};
use crate::domain::workshop::{Entry, Team};
use crate::domain::Bank;

/// The team radar's spokes: each group with the team's rounded mean.
pub fn team_spokes(bank: &Bank, team: &Team) -> Vec<Spoke> {
    chart::spokes(bank, team.groups.iter().map(|s| s.mean))
}

/// What the team radar draws besides the means: the band from each group's
/// lowest to its highest score, and each person's outline when `show_each`.
pub fn team_extras(team: &Team, entries: &[Entry], show_each: bool) -> Extras {
    Extras {
        series: Vec::new(),
        band: Some(team.groups.iter().map(|g| (g.low, g.high)).collect()),
        outlines: if show_each {
            entries.iter().map(|e| e.scores.clone()).collect()
        } else {
            Vec::new()
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct TeamRadarProps {
    pub bank: ByAddress<Bank>,
    pub team: Rc<Team>,
    pub entries: Rc<Vec<Entry>>,
    /// Each person as a faint outline.
    pub show_each: bool,
    pub on_show_each: Callback<bool>,
    /// The figure, whose colours the downloaded chart takes.
    pub chart_ref: NodeRef,
}

/// The team radar: the mean polygon, the band from the lowest to the
/// highest score, and each person as a faint outline that can be switched off.
#[component]
pub fn TeamRadar(props: &TeamRadarProps) -> Html {
    let strings = crate::strings::current();
    let bank = &props.bank;
    let spokes = team_spokes(bank, &props.team);
    let label = Some(strings.team_chart_label(
        &crate::components::radar_chart::label_items(&spokes),
        props.team.n,
    ));
    let extras = team_extras(&props.team, &props.entries, props.show_each);
    let on_toggle = {
        let on_show_each = props.on_show_each.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_show_each.emit(input.checked());
            }
        })
    };
    html! {
        <figure class="pr-chart pr-team-chart" ref={props.chart_ref.clone()}>
            <RadarChart {spokes} {extras} {label} />
            <figcaption class="pr-legend">
                <span class="pr-key pr-inside">{ &bank.sides.inside }</span>
                <span class="pr-key pr-outside">{ &bank.sides.outside }</span>
                <span class="pr-key pr-key-mean">{ strings.team_legend_mean }</span>
                <span class="pr-key pr-key-band">{ strings.team_legend_band }</span>
                <span class="pr-team-caption">{ strings.team_chart_caption(props.team.n) }</span>
            </figcaption>
            <label class="pr-show-each">
                <input type="checkbox" checked={props.show_each} onchange={on_toggle} />
                { strings.team_show_each }
            </label>
        </figure>
    }
}
