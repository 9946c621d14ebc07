use std::rc::Rc;

use yew::prelude::*;

use super::add_results::AddResults;
use super::dot_plots::dot_plots;
use super::messages::add_messages;
use super::participants::participants;
use super::take_away::TakeAway;
use super::team_advice::team_advice;
use super::team_radar::{team_extras, team_spokes, TeamRadar};
use super::team_summary::{team_summary, team_table};
use super::use_focus_on_mount;
use crate::chart;
use crate::components::keep_result::ChartFile;
use crate::components::radar_chart::{chart_style, label_items};
use crate::components::ByAddress;
use crate::domain::workshop::{to_csv, LoadProblem};
use crate::domain::Bank;
use crate::hooks::{use_workshop, WorkshopAction};
use crate::services::download;

/// Width of the downloaded team chart, in CSS px (the PNG is twice that).
const FILE_WIDTH: u32 = 720;

#[derive(Properties, PartialEq)]
pub struct WorkshopViewProps {
    pub name: AttrValue,
    pub bank: ByAddress<Bank>,
    /// Back to the list of workshops.
    pub on_close: Callback<()>,
}

/// One workshop: adding results, the team view, the participants and the
/// ways to take it away.
#[component]
pub fn WorkshopView(props: &WorkshopViewProps) -> Html {
    let strings = crate::strings::current();
    let bank = &props.bank;
    let handle = use_workshop(&props.name, bank.rc());
    let state = handle.state.clone();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), true);
    let show_each = use_state(|| true);
    let chart_ref = use_node_ref();
    let team = use_memo(state.revision, |_| {
        state
            .workshop
            .as_ref()
            .ok()
            .and_then(|w| w.team(bank))
            .map(Rc::new)
    });
    let entries = use_memo(state.revision, |_| {
        Rc::new(
            state
                .workshop
                .as_ref()
                .map(|w| w.entries.clone())
                .unwrap_or_default(),
        )
    });

    let back = props.on_close.reform(|_: MouseEvent| ());
    let top = html! {
        <>
            <p class="pr-workshop-back">
                <button type="button" class="pr-button pr-button-quiet" onclick={back}>{ "← " }{ strings.workshop_back }</button>
            </p>
            <h1 id="pr-workshop-title" tabindex="-1" ref={heading}>{ props.name.clone() }</h1>
            <p class="pr-print-only pr-print-date">{ format!("{} {}", strings.workshop_printed_on, download::today()) }</p>
        </>
    };
    let workshop = match &state.workshop {
        Ok(workshop) => workshop,
        Err(problem) => {
            let text = match problem {
                LoadProblem::Unreadable => strings.workshop_unreadable,
                LoadProblem::OtherFormat(_) => strings.workshop_other_format,
                LoadProblem::OtherBank => strings.workshop_other_bank,
            };
            return html! {
                <section class="pr-screen pr-workshop" aria-labelledby="pr-workshop-title">
                    { top }
                    <p class="pr-notice" role="alert">{ text }</p>
                </section>
            };
        }
    };

    let on_add = {
        let state = state.dispatcher();
        Callback::from(move |text: String| {
            state.dispatch(WorkshopAction::AddText {
                text,
                today: download::today(),
            })
        })
    };
    let on_remove = {
        let state = state.dispatcher();
        Callback::from(move |number: u32| state.dispatch(WorkshopAction::Remove(number)))
    };
    let on_clear = {
        let state = state.dispatcher();
        Callback::from(move |()| state.dispatch(WorkshopAction::Clear))
    };
    let on_show_each = {
        let show_each = show_each.clone();
        Callback::from(move |on: bool| show_each.set(on))
    };
    let csv = {
        let (bank, entries) = (bank.clone(), entries.clone());
        Callback::from(move |()| to_csv(&bank, &entries, strings.participant))
    };
    let chart_file = {
        let (bank, team, entries, chart_ref, show_each) = (
            bank.clone(),
            team.clone(),
            entries.clone(),
            chart_ref.clone(),
            *show_each,
        );
        Callback::from(move |()| {
            let team = (*team).clone()?;
            let spokes = team_spokes(&bank, &team);
            let extras = team_extras(&team, &entries, show_each);
            let style = chart_ref
                .cast::<web_sys::Element>()
                .map(|el| chart_style(&el))
                .unwrap_or_default();
            let label = strings.team_chart_label(&label_items(&spokes), team.n);
            let svg =
                chart::draw_standalone_with(&spokes, &extras, &label, &style, FILE_WIDTH).ok()?;
            let (width, height) = chart::svg_size(&svg)?;
            Some(ChartFile { svg, width, height })
        })
    };

    let team_view = match &*team {
        Some(team) => html! {
            <>
                { team_summary(strings, bank, team) }
                <section class="pr-team" aria-labelledby="pr-team-title">
                    <h2 id="pr-team-title">{ strings.team_heading }</h2>
                    <div class="pr-chart-and-table">
                        <TeamRadar bank={bank.clone()} team={team.clone()} entries={(*entries).clone()}
                            show_each={*show_each} {on_show_each} chart_ref={chart_ref.clone()} />
                        { team_table(strings, bank, team) }
                    </div>
                </section>
                { dot_plots(strings, bank, team, &entries) }
                { team_advice(strings, bank, team) }
            </>
        },
        None => html! { <p class="pr-workshop-empty">{ strings.workshop_empty }</p> },
    };

    html! {
        <section class="pr-screen pr-results pr-workshop" aria-labelledby="pr-workshop-title">
            { top }
            if !handle.saved {
                <p class="pr-notice" role="alert">{ strings.workshop_save_failed }</p>
            }
            if !workshop.unreadable.is_empty() {
                <p class="pr-notice" role="status">{ strings.workshop_unreadable_entries(workshop.unreadable.len()) }</p>
            }
            <AddResults {on_add} />
            { add_messages(strings, workshop, state.report.as_ref()) }
            { team_view }
            if !workshop.entries.is_empty() {
                { participants(strings, bank, workshop, &on_remove) }
            }
            <TakeAway {csv} {chart_file} has_team={team.is_some()}
                can_clear={!workshop.entries.is_empty() || !workshop.unreadable.is_empty()} {on_clear} />
        </section>
    }
}
