use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::chart::{self, ChartStyle, Spoke, STYLE_PROPERTIES};
use crate::hooks::use_width;

/// The width drawn at before the chart's box has been measured.
const FALLBACK_WIDTH: u32 = 480;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub spokes: Vec<Spoke>,
}

/// The radar chart as inline SVG, drawn by [`chart::draw`] at the width its
/// box is shown at, in the colours of the page's custom properties.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let strings = crate::strings::current();
    let frame = use_node_ref();
    let width = use_width(frame.clone()).unwrap_or(FALLBACK_WIDTH);
    let style = use_chart_style(frame.clone());
    let label = strings.chart_label(&label_items(&props.spokes));
    let svg = use_memo(
        (props.spokes.clone(), label, style, width),
        |(spokes, label, style, width)| {
            chart::draw(spokes, label, style, *width)
                .inspect_err(|e| gloo::console::error!(e.to_string()))
                .ok()
        },
    );
    let body = match &*svg {
        Some(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
        None => html! { <p class="pr-notice" role="status">{ strings.chart_failed }</p> },
    };
    html! { <div class="pr-chart-frame" ref={frame}>{ body }</div> }
}

thread_local! {
    /// One query for the app's lifetime, which each chart listens to while
    /// it is shown, rather than a new query for every chart a kiosk draws.
    static DARK_SCHEME: Option<web_sys::MediaQueryList> = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
}

/// The chart style from `node`'s computed custom properties, read again when
/// the colour scheme changes (the dark theme sets the same tokens).
#[hook]
fn use_chart_style(node: NodeRef) -> ChartStyle {
    let style = use_state_eq(ChartStyle::default);
    {
        let style = style.clone();
        use_effect_with(node, move |node| {
            let read = {
                let node = node.clone();
                move || {
                    if let Some(element) = node.cast::<Element>() {
                        style.set(chart_style(&element));
                    }
                }
            };
            read();
            let scheme = DARK_SCHEME.with(|query| {
                query
                    .as_ref()
                    .map(|query| EventListener::new(query, "change", move |_| read()))
            });
            move || drop(scheme)
        });
    }
    (*style).clone()
}

/// The chart style from `element`'s computed custom properties (defaults for
/// any that are missing or not colours).
pub fn chart_style(element: &Element) -> ChartStyle {
    let Some(css) = web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten())
    else {
        return ChartStyle::default();
    };
    ChartStyle::from_properties(|name| {
        debug_assert!(STYLE_PROPERTIES.contains(&name));
        css.get_property_value(name).ok()
    })
}

/// (name, score) pairs for the chart's accessible name, on screen and in files.
pub fn label_items(spokes: &[Spoke]) -> Vec<(String, u8)> {
    spokes.iter().map(|s| (s.name.clone(), s.score)).collect()
}
