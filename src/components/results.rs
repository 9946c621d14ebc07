use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{self, Spoke};
use crate::components::keep_result::ChartFile;
use crate::components::{
    answer_review, call_to_action, candour_note, group_advice, highlights, score_table,
    shared_banner, source_credit, ByAddress, KeepResult, RadarChart, RestartControl, ResultQr,
};
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
}

/// The results: chart, table, highlights, advice, the host's call to action,
/// ways to keep them, the answer review and the credits.
#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let strings = crate::strings::current();
    let settings = &props.settings;
    let kiosk = settings.mode == Mode::Kiosk;
    let bank = &props.bank;
    let spokes: Rc<Vec<Spoke>> = Rc::new(
        props
            .scores
            .by_group(bank)
            .map(|(g, s)| Spoke {
                name: g.name.clone(),
                side: g.side,
                score: s.score,
            })
            .collect(),
    );
    let chart_ref = use_node_ref();
    let chart_file = {
        let (spokes, chart_ref) = (spokes.clone(), chart_ref.clone());
        Callback::from(move |()| {
            let style = chart_ref
                .cast::<web_sys::Element>()
                .map(|el| crate::components::radar_chart::chart_style(&el))
                .unwrap_or_default();
            let label = strings.chart_label(&crate::components::radar_chart::label_items(&spokes));
            let svg = chart::draw_standalone(&spokes, &label, &style, FILE_WIDTH).ok()?;
            let (width, height) = chart::svg_size(&svg)?;
            Some(ChartFile { svg, width, height })
        })
    };
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
                    <RadarChart spokes={(*spokes).clone()} />
                    <figcaption class="pr-legend">
                        <span class="pr-key pr-inside">{ &bank.sides.inside }</span>
                        <span class="pr-key pr-outside">{ &bank.sides.outside }</span>
                    </figcaption>
                </figure>
                { score_table(strings, bank, &props.scores) }
            </div>
            if props.on_take_it.is_none() {
                { candour_note(strings, bank, &props.scores) }
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
            { call_to_action(settings) }
            if !kiosk {
                <KeepResult share_url={props.share_url.clone()} {chart_file} show_qr={settings.show_qr} />
            }
            { answer_review(strings, bank, &props.answers) }
            { source_credit(strings, settings, bank) }
            if let Some(on_restart) = &props.on_restart {
                <RestartControl on_restart={on_restart.clone()} {kiosk} />
            }
        </section>
    }
}
