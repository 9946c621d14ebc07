use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, ContextAttributes2d, Element, HtmlCanvasElement};
use yew::prelude::*;

use crate::chart::{self, ChartStyle, Extras, RGBAColor, Spoke, FONT_PROPERTY};
use crate::hooks::use_width;

/// The width drawn at before the chart's box has been measured.
const FALLBACK_WIDTH: u32 = 480;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub spokes: Vec<Spoke>,
    /// Series over the score, a band and outlines; none by default.
    #[prop_or_default]
    pub extras: Extras,
    /// The chart's accessible name; by default, the person's own scores.
    #[prop_or_default]
    pub label: Option<String>,
}

/// The radar chart as inline SVG, drawn by [`chart::draw_with`] at the width
/// its box is shown at, in the colours of the page's custom properties.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let strings = crate::strings::current();
    let frame = use_node_ref();
    let width = use_width(frame.clone()).unwrap_or(FALLBACK_WIDTH);
    let style = use_chart_style(frame.clone());
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| strings.chart_label(&label_items(&props.spokes)));
    let svg = use_memo(
        (
            props.spokes.clone(),
            props.extras.clone(),
            label,
            style,
            width,
        ),
        |(spokes, extras, label, style, width)| {
            chart::draw_with(spokes, &in_style(extras, style), label, style, *width)
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

/// The chart style from `element`'s computed custom properties, each colour
/// resolved by the browser (the default for any it does not take as a colour).
pub fn chart_style(element: &Element) -> ChartStyle {
    let Some(css) = web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten())
    else {
        return ChartStyle::default();
    };
    let property = |name: &str| css.get_property_value(name).ok();
    let resolver = ColourResolver::new();
    ChartStyle::from_page(property(FONT_PROPERTY).as_deref(), |name| {
        resolver.as_ref()?.resolve(&property(name)?)
    })
}

/// Turns CSS colour text into the sRGB colour the browser paints for it, by
/// painting it on a 1×1 canvas: whatever syntax the browser knows (hex,
/// `rgb()`, `hsl()`, `hwb()`, `lab()`, `oklch()`, `color-mix()`, names) works,
/// with no colour parser of our own. A computed custom property is still the
/// text it was given, and a probe element's computed `color` keeps `oklch()`
/// and the like in their own space, so only the pixel gives plain bytes.
struct ColourResolver {
    context: CanvasRenderingContext2d,
}

impl ColourResolver {
    fn new() -> Option<Self> {
        let canvas: HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        canvas.set_width(1);
        canvas.set_height(1);
        // Every colour is read back, which the browser expects to be told.
        let settings = ContextAttributes2d::new();
        settings.set_will_read_frequently(true);
        let context = canvas
            .get_context_with_context_options("2d", &settings)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(ColourResolver { context })
    }

    /// The colour `css` paints, or `None` if the browser does not take it as one.
    fn resolve(&self, css: &str) -> Option<RGBAColor> {
        let css = css.trim();
        if css.is_empty() {
            return None;
        }
        // A value the canvas refuses leaves `fillStyle` as it was. Two
        // different colours before it tell a refusal from a colour that
        // happens to equal the one before.
        let accepted = ["#000000", "#ffffff"].into_iter().any(|before| {
            self.context.set_fill_style_str(before);
            let was = self.context.fill_style().as_string();
            self.context.set_fill_style_str(css);
            self.context.fill_style().as_string() != was
        });
        if !accepted {
            return None;
        }
        self.context.clear_rect(0.0, 0.0, 1.0, 1.0);
        self.context.fill_rect(0.0, 0.0, 1.0, 1.0);
        let pixel = self.context.get_image_data(0.0, 0.0, 1.0, 1.0).ok()?.data();
        let [r, g, b, a] = <[u8; 4]>::try_from(&pixel[..]).ok()?;
        Some(RGBAColor(r, g, b, f64::from(a) / 255.0))
    }
}

/// (name, score) pairs for the chart's accessible name, on screen and in files.
pub fn label_items(spokes: &[Spoke]) -> Vec<(String, u8)> {
    spokes.iter().map(|s| (s.name.clone(), s.score)).collect()
}

/// The overlay series a results screen asks for, by key, made with their
/// stroke, marker and the style's colour: `others` dashed with squares,
/// `earlier` dotted with triangles, so they differ without colour too.
pub fn overlay_series(others: Option<Vec<u8>>, earlier: Option<Vec<u8>>) -> Extras {
    let series = [
        (OTHERS, others, chart::Stroke::Dashed, chart::Marker::Square),
        (
            EARLIER,
            earlier,
            chart::Stroke::Dotted,
            chart::Marker::Triangle,
        ),
    ]
    .into_iter()
    .filter_map(|(key, scores, stroke, marker)| {
        Some(chart::Series {
            key: key.to_owned(),
            scores: scores?,
            stroke,
            marker,
            colour: RGBAColor(0, 0, 0, 1.0),
        })
    })
    .collect();
    Extras {
        series,
        ..Extras::default()
    }
}

const OTHERS: &str = "others";
const EARLIER: &str = "earlier";

/// `extras` with each overlay series in `style`'s colour for its key.
pub fn in_style(extras: &Extras, style: &ChartStyle) -> Extras {
    let mut extras = extras.clone();
    for series in &mut extras.series {
        match series.key.as_str() {
            OTHERS => series.colour = style.others,
            EARLIER => series.colour = style.earlier,
            _ => {}
        }
    }
    extras
}
