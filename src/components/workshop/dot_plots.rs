use std::fmt::Write as _;

use yew::prelude::*;

use crate::domain::workshop::{Entry, Team};
use crate::domain::{Bank, Side};
use crate::strings::Strings;

/// The plot's drawing box, in SVG units: the 0–100 axis runs from `LEFT`
/// to `LEFT + 3 × 100`, and dots stack upwards from `BASE`.
const WIDTH: u32 = 320;
const HEIGHT: u32 = 72;
const LEFT: f64 = 10.0;
const BASE: f64 = 64.0;
/// The most room a stack of dots may take, and the largest dot.
const STACK: f64 = 50.0;
const DOT: f64 = 8.0;

/// For each group, a dot plot of every participant's score (a dot each,
/// equal scores stacked), with the mean marked; then the plots' text twin.
pub fn dot_plots(strings: &Strings, bank: &Bank, team: &Team, entries: &[Entry]) -> Html {
    let plots = bank.groups.iter().zip(&team.groups).enumerate().map(|(g, (group, spread))| {
        let mut counts = [0u32; 101];
        for e in entries {
            if let Some(&s) = e.scores.get(g) {
                counts[usize::from(s.min(100))] += 1;
            }
        }
        let label = strings.spread_label(&group.name, team.n, spread.low, spread.high, spread.mean);
        let svg = Html::from_html_unchecked(AttrValue::from(plot_svg(&counts, spread.mean)));
        let body = html! {
            <>
                <h3 class="pr-dots-title">{ &group.name }<span class="pr-band">{ format!("{} {}", strings.col_mean, spread.mean) }</span></h3>
                <div class="pr-dots-plot" role="img" aria-label={label}>{ svg }</div>
                <div class="pr-dots-axis" aria-hidden="true"><span>{ "0" }</span><span>{ "50" }</span><span>{ "100" }</span></div>
            </>
        };
        match group.side {
            Side::Inside => html! { <figure class="pr-dots pr-inside">{ body }</figure> },
            Side::Outside => html! { <figure class="pr-dots pr-outside">{ body }</figure> },
        }
    });
    let rows = bank.groups.iter().enumerate().map(|(g, group)| {
        let mut counts = std::collections::BTreeMap::<u8, u32>::new();
        for e in entries {
            if let Some(&s) = e.scores.get(g) {
                *counts.entry(s).or_default() += 1;
            }
        }
        let list: Vec<String> = counts.iter().map(|(s, n)| format!("{s} ×{n}")).collect();
        html! {
            <tr>
                <th scope="row">{ &group.name }</th>
                <td>{ list.join(", ") }</td>
            </tr>
        }
    });
    html! {
        <section class="pr-section pr-spread" aria-labelledby="pr-spread-title">
            <h2 id="pr-spread-title">{ strings.spread_heading }</h2>
            <p>{ strings.spread_intro }</p>
            <div class="pr-dots-grid">{ for plots }</div>
            <details class="pr-spread-details">
                <summary>{ strings.spread_table_caption }</summary>
                <table class="pr-scores pr-spread-table">
                    <caption class="pr-visually-hidden">{ strings.spread_table_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ strings.col_partnership }</th>
                            <th scope="col">{ strings.col_scores }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </section>
    }
}

/// One group's plot as SVG text: only numbers and fixed names go in, so it
/// needs no escaping. Each score's dots stack upwards; the dots shrink so
/// the tallest stack fits, and overlap once they are very small.
fn plot_svg(counts: &[u32; 101], mean: u8) -> String {
    let tallest = counts.iter().copied().max().unwrap_or(0).max(1);
    let step = (STACK / f64::from(tallest)).min(DOT);
    let r = (step / 2.0).max(1.5);
    let x = |score: usize| LEFT + 3.0 * score as f64;
    let mut svg = format!(
        r#"<svg class="pr-dots-svg" viewBox="0 0 {WIDTH} {HEIGHT}" aria-hidden="true" focusable="false"><line class="pr-dots-baseline" x1="{LEFT}" x2="{}" y1="{}" y2="{}"/>"#,
        x(100),
        BASE + 4.0,
        BASE + 4.0
    );
    for tick in [0, 25, 50, 75, 100] {
        let _ = write!(
            svg,
            r#"<line class="pr-dots-tick" x1="{0}" x2="{0}" y1="{1}" y2="{2}"/>"#,
            x(tick),
            BASE + 4.0,
            BASE + 8.0
        );
    }
    let _ = write!(svg, r#"<g class="pr-dots-people">"#);
    for (score, &count) in counts.iter().enumerate() {
        for k in 0..count {
            let cy = BASE - r - f64::from(k) * step;
            let _ = write!(
                svg,
                r#"<circle cx="{:.1}" cy="{cy:.1}" r="{r:.1}"/>"#,
                x(score)
            );
        }
    }
    let _ = write!(
        svg,
        r#"</g><line class="pr-dots-mean" x1="{0}" x2="{0}" y1="6" y2="{1}"/><polygon class="pr-dots-mean-mark" points="{2},0 {3},0 {0},7"/></svg>"#,
        x(usize::from(mean)),
        BASE + 4.0,
        x(usize::from(mean)) - 5.0,
        x(usize::from(mean)) + 5.0,
    );
    svg
}
