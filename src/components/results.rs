use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{self, Extras, Spoke};
use crate::components::keep_result::{ChartFile, LinkFor};
use crate::components::radar_chart::{in_style, overlay_series};
use crate::components::{
    answer_review, call_to_action, candour_note, comparison_table, gaps_summary, group_advice,
    highlights, restart_control, score_table, shared_banner, source_credit, ByAddress, KeepResult,
    RadarChart, ResultQr,
};
use crate::domain::overlay::Comparison;
use crate::domain::{AnswerSheet, Bank, Scores};
use crate::services::download;
use crate::settings::{Mode, Settings};

/// Width of the downloaded chart, in CSS px (the PNG is twice that).
const FILE_WIDTH: u32 = 720;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub bank: ByAddress<Bank>,
    /// The settings the app started with.
    #[prop_or_default]
    pub settings: ByAddress<Settings>,
    pub answers: AnswerSheet,
    pub scores: Scores,
    /// The person's own results can be started again; a shared result cannot.
    #[prop_or_default]
    pub on_restart: Option<Callback<()>>,
    /// Set when these are someone else's results, opened from a link.
    #[prop_or_default]
    pub on_take_it: Option<Callback<()>>,
    /// The link to these results, when sharing is on (on a kiosk, only
    /// when the settings give the public address it must point to).
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
    /// Makes the link with a name and others' means, when sharing is on.
    #[prop_or_default]
    pub link_for: Option<LinkFor>,
    /// Others' view and an earlier attempt beside these scores, when there are any.
    #[prop_or_default]
    pub comparison: Option<Comparison>,
    /// The date of the earlier attempt in `comparison`, when one is shown.
    #[prop_or_default]
    pub earlier_date: Option<AttrValue>,
    /// What the person can do with others' views and earlier attempts
    /// (invite, add replies, the list of attempts), after the advice.
    #[prop_or_default]
    pub tools: Html,
}

/// The results: chart, table, highlights, advice, the host's call to action,
/// ways to keep them, the answer review and the credits.
#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let strings = crate::strings::current();
    let r = &strings.raters;
    let settings = &props.settings;
    let kiosk = settings.mode == Mode::Kiosk;
    let bank = &props.bank;
    let spokes: Rc<Vec<Spoke>> = Rc::new(chart::spokes(
        bank,
        props.scores.by_group(bank).map(|(_, s)| s.score),
    ));
    let extras: Extras = props
        .comparison
        .as_ref()
        .map(|c| overlay_series(c.others(), c.earlier()))
        .unwrap_or_default();
    let chart_ref = use_node_ref();
    let chart_file = {
        let (spokes, extras, chart_ref) = (spokes.clone(), extras.clone(), chart_ref.clone());
        Callback::from(move |()| {
            let style = chart_ref
                .cast::<web_sys::Element>()
                .map(|el| crate::components::radar_chart::chart_style(&el))
                .unwrap_or_default();
            let label = strings.chart_label(&crate::components::radar_chart::label_items(&spokes));
            let svg = chart::draw_standalone_with(
                &spokes,
                &in_style(&extras, &style),
                &label,
                &style,
                FILE_WIDTH,
            )
            .ok()?;
            let (width, height) = chart::svg_size(&svg)?;
            Some(ChartFile { svg, width, height })
        })
    };
    let overlaid = props
        .comparison
        .as_ref()
        .filter(|c| c.replies > 0 || props.earlier_date.is_some());
    let others = overlaid.and_then(|c| {
        let means = c.others()?;
        Some(crate::domain::share::Others {
            replies: u8::try_from(c.replies).unwrap_or(u8::MAX),
            means,
        })
    });
    html! {
        <section class="pr-screen pr-results" aria-labelledby="pr-results-title">
            if let Some(on_take_it) = &props.on_take_it {
                { shared_banner(strings, on_take_it) }
            }
            <h1 id="pr-results-title" tabindex="-1" data-focus-target="">{ strings.results_heading }</h1>
            <p class="pr-print-only pr-print-date">{ format!("{} {}", strings.printed_on, download::today()) }</p>
            { highlights(strings, bank, &props.scores) }
            <div class="pr-chart-and-table">
                <figure class="pr-chart" ref={chart_ref}>
                    <RadarChart spokes={(*spokes).clone()} {extras} />
                    <figcaption class="pr-legend">
                        <span class="pr-key pr-inside">{ &bank.sides.inside }</span>
                        <span class="pr-key pr-outside">{ &bank.sides.outside }</span>
                        if let Some(c) = overlaid {
                            <span class="pr-line pr-line-you">{ r.you }</span>
                            if c.replies > 0 {
                                <span class="pr-line pr-line-others">{ r.others_label(c.replies) }</span>
                            }
                            if let Some(date) = &props.earlier_date {
                                <span class="pr-line pr-line-earlier">{ r.earlier_label(date) }</span>
                            }
                        }
                    </figcaption>
                </figure>
                if let Some(c) = overlaid {
                    { comparison_table(strings, bank, c, props.earlier_date.as_deref()) }
                } else {
                    { score_table(strings, bank, &props.scores) }
                }
            </div>
            if let Some(c) = overlaid {
                { gaps_summary(strings, bank, c) }
            }
            if props.on_take_it.is_none() {
                { candour_note(strings, bank, &props.scores, settings.raters_on() && props.on_restart.is_some()) }
            }
            // On a kiosk the way home comes first, beside the radar: nothing
            // of the visitor's may stay on the device (no files, no print
            // queue, no clipboard), so the link goes with them on their phone.
            if kiosk && props.on_restart.is_some() {
                <section class="pr-section pr-keep" aria-labelledby="pr-keep-title">
                    <h2 id="pr-keep-title">{ strings.take_away_heading }</h2>
                    if let Some(url) = &props.share_url {
                        <ResultQr url={url.clone()} />
                    } else {
                        <p>{ strings.take_away_no_link }</p>
                    }
                </section>
            }
            if props.on_take_it.is_some() && !kiosk { <crate::components::workshop::AddToWorkshop bank={bank.clone()} /> }
            { group_advice(strings, bank, &props.scores) }
            { props.tools.clone() }
            { call_to_action(settings) }
            if !kiosk {
                <KeepResult share_url={props.share_url.clone()} link_for={props.link_for.clone()} {others} {chart_file} show_qr={settings.show_qr} />
            }
            { answer_review(strings, bank, &props.answers) }
            { source_credit(strings, settings, bank) }
            if let Some(on_restart) = &props.on_restart {
                { restart_control(strings, kiosk, on_restart.clone()) }
            }
        </section>
    }
}
