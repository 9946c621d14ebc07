//! The radar chart as an SVG string.
//!
//! The geometry comes from [`crate::domain::radar`]; this module writes it as
//! plain polygons, polylines, circles, rectangles and text. Nothing here
//! measures text, so it runs natively (for tests) and in the browser alike,
//! and needs no inline styles (strict CSP). It writes the SVG itself rather
//! than through a drawing crate: plotters did this job first, and dropping it
//! (with the float formatting and Unicode case tables it pulled in) took
//! 20 KB off the gzipped wasm.
//!
//! The chart is drawn at the width it is shown at, so its sizes are CSS
//! pixels, and in the colours and font of a [`ChartStyle`]: the screen, the
//! download and the print all carry the same colours in the SVG itself.
//! On screen each layer is a `<g class="radar-…">` that tests can find.

use crate::domain::colour::{self, Rgba};
use crate::domain::decimal::decimal;
use crate::domain::radar::{self, Align, Label, Layout, Point, RING_VALUES};
use crate::domain::text::find;
use crate::domain::Side;

pub use crate::domain::radar::wrap;

/// One spoke of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Spoke {
    pub name: String,
    pub side: Side,
    /// 0–100.
    pub score: u8,
}

/// The chart's font and colours; the component fills it from the page's
/// computed custom properties so a host's branding and the theme reach it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    /// A CSS `font-family` list.
    pub font_family: String,
    /// Labels and ring values.
    pub ink: Rgba,
    /// Rings and spokes.
    pub grid: Rgba,
    /// Tint behind the inside groups' spokes.
    pub inside: Rgba,
    /// Tint behind the outside groups' spokes.
    pub outside: Rgba,
    /// The score shape.
    pub score: Rgba,
    /// The background, behind ring values and the downloaded chart.
    pub surface: Rgba,
}

/// The custom properties a [`ChartStyle`] is read from, in field order.
pub const STYLE_PROPERTIES: [&str; 7] = [
    "--pr-font",
    "--pr-chart-ink",
    "--pr-chart-grid",
    "--pr-chart-inside",
    "--pr-chart-outside",
    "--pr-chart-score",
    "--pr-surface",
];

impl Default for ChartStyle {
    /// The light theme's tokens in `styles/tokens.css`.
    fn default() -> Self {
        ChartStyle {
            font_family: r#"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif"#.to_owned(),
            ink: Rgba::rgb(0x1f, 0x29, 0x37),
            grid: Rgba::rgb(0x94, 0xa3, 0xb8),
            inside: Rgba::rgb(0xcc, 0xeb, 0xe6),
            outside: Rgba::rgb(0xf6, 0xe3, 0xc6),
            score: Rgba::rgb(0x2f, 0x4b, 0xb8),
            surface: Rgba::rgb(0xff, 0xff, 0xff),
        }
    }
}

impl ChartStyle {
    /// A style from custom property values (`get("--pr-chart-score")`, see
    /// [`STYLE_PROPERTIES`]); each one that is missing, empty or not a colour
    /// keeps its default.
    pub fn from_properties(get: impl Fn(&str) -> Option<String>) -> Self {
        let d = ChartStyle::default();
        let colour = |name: &str, fallback: Rgba| {
            get(name)
                .and_then(|v| colour::parse(v.trim()).ok())
                .unwrap_or(fallback)
        };
        ChartStyle {
            font_family: get("--pr-font")
                .map(|f| f.trim().to_owned())
                .filter(|f| !f.is_empty())
                .unwrap_or(d.font_family),
            ink: colour("--pr-chart-ink", d.ink),
            grid: colour("--pr-chart-grid", d.grid),
            inside: colour("--pr-chart-inside", d.inside),
            outside: colour("--pr-chart-outside", d.outside),
            score: colour("--pr-chart-score", d.score),
            surface: colour("--pr-surface", d.surface),
        }
    }
}

/// Drawing failed. Writing the SVG by hand cannot fail today; the error
/// stays so that a future step that can (a font check, say) needs no new signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

/// Where the labels, rings and ring values go for `spokes` at `width` px.
pub fn layout(spokes: &[Spoke], width: u32) -> Layout {
    let labels: Vec<Label> = spokes
        .iter()
        .map(|s| Label::new(&s.name, s.score))
        .collect();
    radar::layout(width, &labels)
}

/// Draws the radar as an accessible inline SVG (`role="img"`, named by
/// `label`) at `width` CSS pixels, with the layer classes and `data-cx`,
/// `data-cy` and `data-radius` that tests read.
pub fn draw(
    spokes: &[Spoke],
    label: &str,
    style: &ChartStyle,
    width: u32,
) -> Result<String, ChartError> {
    let (layout, body) = picture(spokes, style, width, Target::Screen);
    let radar = layout.radar;
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" focusable="false" font-family="{font}" data-cx="{cx}" data-cy="{cy}" data-radius="{r}">{body}</svg>"#,
        w = layout.width,
        h = layout.height,
        label = escape(label),
        font = escape(&style.font_family),
        // Whole pixels (see `radar::layout`), written without float formatting.
        cx = radar.centre.x as i32,
        cy = radar.centre.y as i32,
        r = radar.radius as i32,
    ))
}

/// The same picture as a standalone SVG file, for download: a `<title>`, a
/// background in the surface colour, every colour and the font written in,
/// and none of the on-screen classes or test hooks.
pub fn draw_standalone(
    spokes: &[Spoke],
    label: &str,
    style: &ChartStyle,
    width: u32,
) -> Result<String, ChartError> {
    let (layout, body) = picture(spokes, style, width, Target::File);
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" font-family="{font}"><title>{label}</title>{body}</svg>
"#,
        w = layout.width,
        h = layout.height,
        label = escape(label),
        font = escape(&style.font_family),
    ))
}

/// Who the SVG is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Inline on the page: layers carry classes for tests, the page is the background.
    Screen,
    /// A file of its own: its own background, no classes.
    File,
}

/// The one drawing routine behind [`draw`] and [`draw_standalone`]: the
/// layout and the layers, back to front.
fn picture(spokes: &[Spoke], style: &ChartStyle, width: u32, target: Target) -> (Layout, String) {
    let layout = layout(spokes, width);
    let picture = Picture {
        layout: &layout,
        spokes,
        style,
    };
    let mut layers = Vec::new();
    if target == Target::File {
        layers.push(("radar-background", picture.layer(Picture::background)));
    }
    layers.extend([
        ("radar-sectors", picture.layer(Picture::sectors)),
        ("radar-grid", picture.layer(Picture::grid)),
        ("radar-score", picture.layer(Picture::score)),
        // After the score, so the shape never hides them.
        ("radar-ring-values", picture.layer(Picture::ring_values)),
        ("radar-labels", picture.layer(Picture::labels)),
    ]);
    let body = layers
        .into_iter()
        .map(|(class, inner)| match target {
            Target::Screen => format!(r#"<g class="{class}">{inner}</g>"#),
            Target::File => format!("<g>{inner}</g>"),
        })
        .collect();
    (layout, body)
}

/// What every layer is drawn from.
struct Picture<'a> {
    layout: &'a Layout,
    spokes: &'a [Spoke],
    style: &'a ChartStyle,
}

impl Picture<'_> {
    /// Draws one layer and returns its elements.
    fn layer(&self, paint: fn(&Self, &mut Layer)) -> String {
        let mut layer = Layer(String::new());
        paint(self, &mut layer);
        let mut svg = layer.0;
        svg.truncate(svg.trim_end().len());
        svg
    }

    fn background(&self, layer: &mut Layer) {
        let (w, h) = (self.layout.width as i32, self.layout.height as i32);
        layer.rect((0, 0), (w, h), Ink::of(self.style.surface));
    }

    /// Each spoke's sector tinted by its own side, whatever the group order.
    fn sectors(&self, layer: &mut Layer) {
        let radar = &self.layout.radar;
        let sides: Vec<Side> = self.spokes.iter().map(|s| s.side).collect();
        for (side, from, to) in radar.sectors(&sides) {
            let steps = ((to - from) / std::f64::consts::TAU * 96.0).ceil().max(2.0) as usize;
            let mut points = vec![px(radar.centre)];
            points.extend(radar.arc(from, to, 1.0, steps).into_iter().map(px));
            let tint = match side {
                Side::Inside => self.style.inside,
                Side::Outside => self.style.outside,
            };
            layer.polygon(&points, Ink::of(tint));
        }
    }

    /// Rings at 25/50/75/100 and the spokes.
    fn grid(&self, layer: &mut Layer) {
        let radar = &self.layout.radar;
        let line = Ink::of(self.style.grid);
        for value in RING_VALUES {
            let r = radar.ring_radius(value).round() as i32;
            layer.circle(px(radar.centre), r, line, Fill::Outline);
        }
        for i in 0..radar.spokes {
            layer.polyline(&[px(radar.centre), px(radar.spoke_end(i))], line, 1);
        }
    }

    /// The filled score shape, its outline and a dot at each vertex.
    fn score(&self, layer: &mut Layer) {
        let scores: Vec<u8> = self.spokes.iter().map(|s| s.score).collect();
        let points: Vec<(i32, i32)> = self
            .layout
            .radar
            .vertices(&scores)
            .into_iter()
            .map(px)
            .collect();
        let score = Ink::of(self.style.score);
        layer.polygon(&points, score.faded(0.35));
        let mut outline = points.clone();
        outline.extend(points.first().copied());
        layer.polyline(&outline, score, 3);
        for p in points {
            layer.circle(p, 4, score, Fill::Solid);
        }
    }

    /// 25, 50, 75 and 100, each on a small surface-coloured box so it reads
    /// over rings, tints and the score shape alike.
    fn ring_values(&self, layer: &mut Layer) {
        let size = self.layout.value_px;
        for v in &self.layout.ring_values {
            let b = v.bounds;
            layer.rect(
                (b.left.floor() as i32, b.top.floor() as i32),
                (b.right.ceil() as i32, b.bottom.ceil() as i32),
                Ink::of(self.style.surface),
            );
            // Digits stand 0.73 em tall from their baseline, which `dy="0.76em"`
            // puts 0.76 em below the top given: this centres them on the box.
            let top = v.centre.y - 0.4 * size;
            let at = (v.centre.x.round() as i32, top.round() as i32);
            layer.text(&v.value.to_string(), at, &self.font(size, false, "middle"));
        }
    }

    /// Each group's name beyond its spoke, and its score in bold below it.
    fn labels(&self, layer: &mut Layer) {
        let line_height = self.layout.line_height();
        for label in &self.layout.labels {
            let anchor = match label.align {
                Align::Start => "start",
                Align::Middle => "middle",
                Align::End => "end",
            };
            for (k, line) in label.lines.iter().enumerate() {
                let y = label.top + line_height * k as f64;
                let at = (label.x.round() as i32, y.round() as i32);
                let font = self.font(self.layout.label_px, line.bold, anchor);
                layer.text(&line.text, at, &font);
            }
        }
    }

    /// The style's font at `size` CSS pixels in its ink, anchored at `anchor`.
    fn font(&self, size: f64, bold: bool, anchor: &'static str) -> Font<'_> {
        Font {
            family: family_name(&self.style.font_family),
            size,
            bold,
            anchor,
            ink: Ink::of(self.style.ink),
        }
    }
}

/// A colour as an element takes it: `#RRGGBB` and an opacity.
#[derive(Clone, Copy)]
struct Ink {
    colour: Rgba,
    opacity: f64,
}

impl Ink {
    fn of(colour: Rgba) -> Self {
        Ink {
            colour,
            opacity: f64::from(colour.a) / 255.0,
        }
    }

    /// The same colour, `by` times as opaque.
    fn faded(self, by: f64) -> Self {
        Ink {
            opacity: self.opacity * by,
            ..self
        }
    }

    fn hex(self) -> String {
        let Rgba { r, g, b, .. } = self.colour;
        format!("#{r:02X}{g:02X}{b:02X}")
    }

    /// A fully transparent element is left out rather than drawn.
    fn visible(self) -> bool {
        self.opacity != 0.0
    }
}

/// Whether a circle is filled or drawn as a ring.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fill {
    Solid,
    Outline,
}

/// How one text element is set.
struct Font<'a> {
    family: &'a str,
    /// CSS pixels.
    size: f64,
    bold: bool,
    /// `start`, `middle` or `end`.
    anchor: &'static str,
    ink: Ink,
}

/// One layer's elements as SVG text. The markup is what plotters' SVG backend
/// wrote when the chart was drawn with it (the same elements, attributes and
/// order), so dropping the crate, which saved wasm size, changed no picture.
struct Layer(String);

impl Layer {
    /// ` name="value"`, the value escaped.
    fn attr(&mut self, name: &str, value: &str) {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        self.0.push_str(&escape(value));
        self.0.push('"');
    }

    fn number(&mut self, name: &str, value: i32) {
        self.attr(name, &value.to_string());
    }

    fn opacity(&mut self, ink: Ink) {
        self.attr("opacity", &decimal(ink.opacity, 3));
    }

    fn points(&mut self, points: &[(i32, i32)]) {
        let list: String = points.iter().map(|(x, y)| format!("{x},{y} ")).collect();
        self.attr("points", &list);
    }

    fn polygon(&mut self, points: &[(i32, i32)], fill: Ink) {
        if !fill.visible() {
            return;
        }
        self.0.push_str("<polygon");
        self.opacity(fill);
        self.attr("fill", &fill.hex());
        self.points(points);
        self.0.push_str("/>\n");
    }

    fn polyline(&mut self, points: &[(i32, i32)], stroke: Ink, width: u32) {
        if !stroke.visible() {
            return;
        }
        self.0.push_str("<polyline");
        self.attr("fill", "none");
        self.opacity(stroke);
        self.attr("stroke", &stroke.hex());
        self.attr("stroke-width", &width.to_string());
        self.points(points);
        self.0.push_str("/>\n");
    }

    fn circle(&mut self, (cx, cy): (i32, i32), r: i32, ink: Ink, fill: Fill) {
        if !ink.visible() {
            return;
        }
        let (fill, stroke) = match fill {
            Fill::Solid => (ink.hex(), "none".to_owned()),
            Fill::Outline => ("none".to_owned(), ink.hex()),
        };
        self.0.push_str("<circle");
        self.number("cx", cx);
        self.number("cy", cy);
        self.number("r", r.max(0));
        self.opacity(ink);
        self.attr("fill", &fill);
        self.attr("stroke", &stroke);
        self.attr("stroke-width", "1");
        self.0.push_str("/>\n");
    }

    /// A filled box from its top-left to its bottom-right corner.
    fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), fill: Ink) {
        if !fill.visible() {
            return;
        }
        let (left, right) = (x0.min(x1), x0.max(x1));
        let (top, bottom) = (y0.min(y1), y0.max(y1));
        self.0.push_str("<rect");
        self.number("x", left);
        self.number("y", top);
        self.number("width", right - left);
        self.number("height", bottom - top);
        self.opacity(fill);
        self.attr("fill", &fill.hex());
        self.attr("stroke", "none");
        self.0.push_str("/>\n");
    }

    /// Text whose top is at `y`: `dy="0.76em"` drops the baseline below it.
    fn text(&mut self, text: &str, (x, y): (i32, i32), font: &Font) {
        if !font.ink.visible() {
            return;
        }
        self.0.push_str("<text");
        self.number("x", x);
        self.number("y", y);
        self.attr("dy", "0.76em");
        self.attr("text-anchor", font.anchor);
        self.attr("font-family", font.family);
        self.attr("font-size", &decimal(font.size, 2));
        self.opacity(font.ink);
        self.attr("fill", &font.ink.hex());
        if font.bold {
            self.attr("font-weight", "bold");
        }
        self.0.push_str(">\n");
        self.0.push_str(&escape(text));
        self.0.push_str("\n</text>\n");
    }
}

/// The font list as each text element names it; a bare generic family is
/// written in lower case, as browsers match those names in any case.
fn family_name(family: &str) -> &str {
    ["serif", "sans-serif", "monospace"]
        .into_iter()
        .find(|generic| family.eq_ignore_ascii_case(generic))
        .unwrap_or(family)
}

/// The `width` and `height` attributes of a drawn chart's root `<svg>`.
pub fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let root = &svg[find(svg, "<svg")?..];
    let root = &root[..root.find('>')?];
    let attr = |name: &str| -> Option<u32> {
        let key = format!(" {name}=\"");
        let start = find(root, &key)? + key.len();
        root[start..].split('"').next()?.parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

fn px(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// Text as it may stand in an attribute value or an element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}
