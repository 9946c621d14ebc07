//! The radar chart, drawn with plotters into an SVG string.
//!
//! Plotters has no radar chart, so the geometry comes from
//! [`crate::domain::radar`] and plotters draws plain polygons, paths,
//! circles, rectangles and text. Nothing here measures text, so it runs
//! natively (for tests) and in the browser alike, and needs no inline styles
//! (strict CSP).
//!
//! The chart is drawn at the width it is shown at, so its sizes are CSS
//! pixels, and in the colours and font of a [`ChartStyle`]: the screen, the
//! download and the print all carry the same colours in the SVG itself.
//! On screen each layer is a `<g class="radar-…">` that tests can find.

use plotters::coord::Shift;
use plotters::element::{DashedPathElement, DottedPathElement};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use crate::domain::radar::{self, Align, Label, Layout, Point, RING_VALUES};
use crate::domain::{Bank, Side};

pub use crate::domain::radar::wrap;
/// A colour as the chart takes it: red, green and blue bytes and an opacity (0–1).
pub use plotters::style::RGBAColor;

/// One spoke of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Spoke {
    pub name: String,
    pub side: Side,
    /// 0–100.
    pub score: u8,
}

/// A spoke for each of `bank`'s groups, in bank order, scored from
/// `scores` (0–100, one per group in the same order).
pub fn spokes(bank: &Bank, scores: impl IntoIterator<Item = u8>) -> Vec<Spoke> {
    bank.groups
        .iter()
        .zip(scores)
        .map(|(g, score)| Spoke {
            name: g.name.clone(),
            side: g.side,
            score,
        })
        .collect()
}

/// How a series' line is drawn: series differ without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    Dashed,
    Dotted,
}

/// The mark at each of a series' vertices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// A line laid over the main score shape: another view of the same groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// On screen the layer is `<g class="radar-series" data-series="{key}">`.
    pub key: String,
    /// One score (0–100) per spoke, in the spokes' order.
    pub scores: Vec<u8>,
    pub stroke: Stroke,
    pub marker: Marker,
    pub colour: RGBAColor,
}

/// What is drawn besides the spokes' own scores. The default draws nothing more.
///
/// Every list must have one entry per spoke, and series keys must differ
/// (else [`draw_with`] returns a [`ChartError`]); scores above 100 are drawn
/// at 100, as the spokes' own are, and a band's pair may come in either order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extras {
    /// Outlines (no fill) over the score shape, in this order.
    pub series: Vec<Series>,
    /// Per spoke, (lowest, highest): a band under the score shape (layer class `radar-band`).
    pub band: Option<Vec<(u8, u8)>>,
    /// Faint outlines, one per person, under the band (layer class `radar-outlines`).
    pub outlines: Vec<Vec<u8>>,
}

impl Extras {
    /// A [`ChartError`] naming the first list whose length is not `spokes`,
    /// or the first key used twice.
    fn check(&self, spokes: usize) -> Result<(), ChartError> {
        let count = |what: String, len: usize| {
            if len == spokes {
                Ok(())
            } else {
                Err(ChartError(format!(
                    "{what} has {len} scores for {spokes} spokes"
                )))
            }
        };
        for (i, s) in self.series.iter().enumerate() {
            count(format!("the series \"{}\"", s.key), s.scores.len())?;
            if self.series[..i].iter().any(|t| t.key == s.key) {
                return Err(ChartError(format!("two series have the key \"{}\"", s.key)));
            }
        }
        if let Some(band) = &self.band {
            count("the band".to_owned(), band.len())?;
        }
        for (i, o) in self.outlines.iter().enumerate() {
            count(format!("outline {i}"), o.len())?;
        }
        Ok(())
    }
}

/// The chart's font and colours, already resolved: the app has the browser
/// turn the page's custom properties into colours, so a host's branding and
/// the theme reach the chart in any CSS colour syntax the browser knows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    /// A CSS `font-family` list.
    pub font_family: String,
    /// Labels and ring values.
    pub ink: RGBAColor,
    /// Rings and spokes.
    pub grid: RGBAColor,
    /// Tint behind the inside groups' spokes.
    pub inside: RGBAColor,
    /// Tint behind the outside groups' spokes.
    pub outside: RGBAColor,
    /// The score shape.
    pub score: RGBAColor,
    /// The background, behind ring values and the downloaded chart.
    pub surface: RGBAColor,
    /// The "others" series (raters' mean), for callers to put in [`Series::colour`].
    pub others: RGBAColor,
    /// The "earlier attempt" series, for callers to put in [`Series::colour`].
    pub earlier: RGBAColor,
}

/// The custom property a [`ChartStyle`]'s font is read from.
pub const FONT_PROPERTY: &str = "--pr-font";

/// The custom properties a [`ChartStyle`]'s colours are read from, in field order.
pub const COLOUR_PROPERTIES: [&str; 8] = [
    "--pr-chart-ink",
    "--pr-chart-grid",
    "--pr-chart-inside",
    "--pr-chart-outside",
    "--pr-chart-score",
    "--pr-surface",
    "--pr-chart-others",
    "--pr-chart-earlier",
];

impl Default for ChartStyle {
    /// The light theme's tokens in `styles/tokens.css`.
    fn default() -> Self {
        ChartStyle {
            font_family: r#"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif"#.to_owned(),
            ink: RGBAColor(0x1f, 0x29, 0x37, 1.0),
            grid: RGBAColor(0x94, 0xa3, 0xb8, 1.0),
            inside: RGBAColor(0xcc, 0xeb, 0xe6, 1.0),
            outside: RGBAColor(0xf6, 0xe3, 0xc6, 1.0),
            score: RGBAColor(0x2f, 0x4b, 0xb8, 1.0),
            surface: RGBAColor(0xff, 0xff, 0xff, 1.0),
            // Orange and slate beside the blue score: apart for every common
            // colour vision, and at least 4.7:1 on the surface and both tints.
            others: RGBAColor(0xa3, 0x48, 0x0f, 1.0),
            earlier: RGBAColor(0x47, 0x55, 0x69, 1.0),
        }
    }
}

impl ChartStyle {
    /// A style from the page: `font` is the value of [`FONT_PROPERTY`], and
    /// `colour(name)` the colour the browser resolved for the custom property
    /// `name` (one of [`COLOUR_PROPERTIES`]). A font that is missing or blank,
    /// and a colour that is missing, keep their defaults.
    pub fn from_page(font: Option<&str>, colour: impl Fn(&str) -> Option<RGBAColor>) -> Self {
        let d = ChartStyle::default();
        let [ink, grid, inside, outside, score, surface, others, earlier] = COLOUR_PROPERTIES;
        ChartStyle {
            font_family: font
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map_or(d.font_family, str::to_owned),
            ink: colour(ink).unwrap_or(d.ink),
            grid: colour(grid).unwrap_or(d.grid),
            inside: colour(inside).unwrap_or(d.inside),
            outside: colour(outside).unwrap_or(d.outside),
            score: colour(score).unwrap_or(d.score),
            surface: colour(surface).unwrap_or(d.surface),
            others: colour(others).unwrap_or(d.others),
            earlier: colour(earlier).unwrap_or(d.earlier),
        }
    }
}

/// `colour` as CSS: `#rrggbb` when opaque, else `rgb(r g b / opacity)`.
pub fn to_css(colour: RGBAColor) -> String {
    let RGBAColor(r, g, b, a) = colour;
    if a >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgb({r} {g} {b} / {a:.3})")
    }
}

/// Drawing failed: plotters' own message, or what is wrong with the [`Extras`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> Self {
        ChartError(error.to_string())
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
    draw_with(spokes, &Extras::default(), label, style, width)
}

/// [`draw`] with `extras` too: the series, the band and the outlines.
pub fn draw_with(
    spokes: &[Spoke],
    extras: &Extras,
    label: &str,
    style: &ChartStyle,
    width: u32,
) -> Result<String, ChartError> {
    let (layout, body) = picture(spokes, extras, style, width, Target::Screen)?;
    let radar = layout.radar;
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" focusable="false" font-family="{font}" data-cx="{cx}" data-cy="{cy}" data-radius="{r}">{body}</svg>"#,
        w = layout.width,
        h = layout.height,
        label = escape(label),
        font = escape(&style.font_family),
        cx = radar.centre.x,
        cy = radar.centre.y,
        r = radar.radius,
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
    draw_standalone_with(spokes, &Extras::default(), label, style, width)
}

/// [`draw_standalone`] with `extras` too, as [`draw_with`] draws them.
pub fn draw_standalone_with(
    spokes: &[Spoke],
    extras: &Extras,
    label: &str,
    style: &ChartStyle,
    width: u32,
) -> Result<String, ChartError> {
    let (layout, body) = picture(spokes, extras, style, width, Target::File)?;
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

/// The one drawing routine behind [`draw_with`] and [`draw_standalone_with`]:
/// the layout and the layers, back to front.
fn picture(
    spokes: &[Spoke],
    extras: &Extras,
    style: &ChartStyle,
    width: u32,
    target: Target,
) -> Result<(Layout, String), ChartError> {
    extras.check(spokes.len())?;
    let layout = layout(spokes, width);
    let paint = Paint {
        layout: &layout,
        spokes,
        style,
    };
    // (class, the series' key, the elements)
    let mut layers: Vec<(&str, Option<&str>, String)> = Vec::new();
    if target == Target::File {
        layers.push(("radar-background", None, paint.layer(Paint::background)?));
    }
    layers.push(("radar-sectors", None, paint.layer(Paint::sectors)?));
    layers.push(("radar-grid", None, paint.layer(Paint::grid)?));
    // The crowd, then its spread, then the score that sums them up on top.
    if !extras.outlines.is_empty() {
        let inner = paint.layer(|p, root| p.outlines(root, &extras.outlines))?;
        layers.push(("radar-outlines", None, inner));
    }
    if let Some(band) = &extras.band {
        let inner = paint.layer(|p, root| p.band(root, band))?;
        layers.push(("radar-band", None, inner));
    }
    layers.push(("radar-score", None, paint.layer(Paint::score)?));
    for series in &extras.series {
        let inner = paint.layer(|p, root| p.series(root, series))?;
        layers.push(("radar-series", Some(&series.key), inner));
    }
    // After the score and the series, so no shape hides them.
    layers.push(("radar-ring-values", None, paint.layer(Paint::ring_values)?));
    layers.push(("radar-labels", None, paint.layer(Paint::labels)?));
    let body = layers
        .into_iter()
        .map(|(class, key, inner)| match (target, key) {
            (Target::Screen, None) => format!(r#"<g class="{class}">{inner}</g>"#),
            (Target::Screen, Some(key)) => format!(
                r#"<g class="{class}" data-series="{key}">{inner}</g>"#,
                key = escape(key)
            ),
            (Target::File, _) => format!("<g>{inner}</g>"),
        })
        .collect();
    Ok((layout, body))
}

/// A series' line width.
const SERIES_WIDTH: u32 = 3;
/// A dashed series' dashes and the gaps between them: long dashes, so they
/// never pass for the dotted series' dots.
const DASH: i32 = 11;
const DASH_GAP: i32 = 6;
/// A dotted series' dots and the distance from one dot's centre to the next.
const DOT_RADIUS: i32 = 2;
const DOT_SPACING: i32 = 7;
/// The surface-coloured edge around a series' markers.
const MARKER_EDGE: i32 = 1;
/// One person's outline on a team chart, up to [`OUTLINES_AT_FULL`] people;
/// beyond, fading with the square root of their number down to the minimum.
const OUTLINE_OPACITY: f64 = 0.15;
const OUTLINES_AT_FULL: f64 = 25.0;
const OUTLINE_OPACITY_MIN: f64 = 0.05;
/// The band from the lowest to the highest score.
const BAND_OPACITY: f64 = 0.18;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// What every layer is drawn from.
struct Paint<'a> {
    layout: &'a Layout,
    spokes: &'a [Spoke],
    style: &'a ChartStyle,
}

impl Paint<'_> {
    /// Draws one layer on a backend of its own and returns its elements.
    fn layer(&self, paint: impl FnOnce(&Self, &Area) -> DrawResult) -> Result<String, ChartError> {
        let size = (self.layout.width, self.layout.height);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            paint(self, &root)?;
            root.present()?;
        }
        // Plotters wraps each drawing in an <svg> of its own; the layers
        // share the chart's one root, so only the elements are kept.
        let start = svg.find('>').map_or(0, |i| i + 1);
        let end = svg.rfind("</svg>").unwrap_or(svg.len());
        Ok(svg[start..end].trim().to_owned())
    }

    fn background(&self, root: &Area) -> DrawResult {
        root.fill(&self.style.surface)
    }

    /// Each spoke's sector tinted by its own side, whatever the group order.
    fn sectors(&self, root: &Area) -> DrawResult {
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
            root.draw(&Polygon::new(points, tint.filled()))?;
        }
        Ok(())
    }

    /// Rings at 25/50/75/100 and the spokes.
    fn grid(&self, root: &Area) -> DrawResult {
        let radar = &self.layout.radar;
        let line = self.style.grid.stroke_width(1);
        for value in RING_VALUES {
            let r = radar.ring_radius(value).round() as i32;
            root.draw(&Circle::new(px(radar.centre), r, line))?;
        }
        for i in 0..radar.spokes {
            root.draw(&PathElement::new(
                vec![px(radar.centre), px(radar.spoke_end(i))],
                line,
            ))?;
        }
        Ok(())
    }

    /// The filled score shape, its outline and a dot at each vertex.
    fn score(&self, root: &Area) -> DrawResult {
        let scores: Vec<u8> = self.spokes.iter().map(|s| s.score).collect();
        let points: Vec<(i32, i32)> = self
            .layout
            .radar
            .vertices(&scores)
            .into_iter()
            .map(px)
            .collect();
        let score = self.style.score;
        root.draw(&Polygon::new(points.clone(), score.mix(0.35).filled()))?;
        let mut outline = points.clone();
        outline.extend(points.first().copied());
        root.draw(&PathElement::new(outline, score.stroke_width(3)))?;
        for p in points {
            root.draw(&Circle::new(p, 4, score.filled()))?;
        }
        Ok(())
    }

    /// `scores`' vertices in whole pixels (scores above 100 at 100).
    fn vertices(&self, scores: &[u8]) -> Vec<(i32, i32)> {
        self.layout
            .radar
            .vertices(scores)
            .into_iter()
            .map(px)
            .collect()
    }

    /// Each person's shape as a hairline: one is barely there, where many
    /// agree they darken, so the crowd shows its own shape. A large crowd is
    /// drawn fainter, or it would pile into one dark blot that hides the grid.
    fn outlines(&self, root: &Area, outlines: &[Vec<u8>]) -> DrawResult {
        let crowd = (OUTLINES_AT_FULL / outlines.len().max(1) as f64).sqrt();
        let opacity = (OUTLINE_OPACITY * crowd).clamp(OUTLINE_OPACITY_MIN, OUTLINE_OPACITY);
        let line = self.style.ink.mix(opacity).stroke_width(1);
        for scores in outlines {
            root.draw(&PathElement::new(closed(self.vertices(scores)), line))?;
        }
        Ok(())
    }

    /// The region from each spoke's lowest score to its highest. Plotters'
    /// polygons have no holes, so it is one quadrilateral per pair of
    /// neighbouring spokes; they share edges exactly and have no stroke, so
    /// no seam shows between them.
    fn band(&self, root: &Area, band: &[(u8, u8)]) -> DrawResult {
        let (low, high): (Vec<u8>, Vec<u8>) =
            band.iter().map(|&(a, b)| (a.min(b), a.max(b))).unzip();
        let (low, high) = (self.vertices(&low), self.vertices(&high));
        let fill = self.style.score.mix(BAND_OPACITY).filled();
        let n = low.len();
        for i in 0..n {
            let j = (i + 1) % n;
            root.draw(&Polygon::new(vec![low[i], high[i], high[j], low[j]], fill))?;
        }
        Ok(())
    }

    /// A series: its outline, solid, dashed or dotted, and its marker at
    /// each vertex, on a surface-coloured edge so it reads over the score.
    fn series(&self, root: &Area, series: &Series) -> DrawResult {
        let points = self.vertices(&series.scores);
        let colour = series.colour;
        let outline = closed(points.clone());
        match series.stroke {
            Stroke::Solid => {
                root.draw(&PathElement::new(
                    outline,
                    colour.stroke_width(SERIES_WIDTH),
                ))?;
            }
            Stroke::Dashed => root.draw(&DashedPathElement::new(
                outline,
                DASH,
                DASH_GAP,
                colour.stroke_width(SERIES_WIDTH),
            ))?,
            Stroke::Dotted => {
                root.draw(&DottedPathElement::new(outline, 0, DOT_SPACING, move |c| {
                    Circle::new(c, DOT_RADIUS, colour.filled())
                }))?
            }
        }
        for p in points {
            for (shape, grow) in [(self.style.surface, MARKER_EDGE), (colour, 0)] {
                self.marker(root, series.marker, p, grow, shape)?;
            }
        }
        Ok(())
    }

    /// `marker` centred on `at`, `grow` px larger all round than its own size.
    fn marker(
        &self,
        root: &Area,
        marker: Marker,
        at: (i32, i32),
        grow: i32,
        colour: RGBAColor,
    ) -> DrawResult {
        let (x, y) = at;
        let fill = colour.filled();
        // Sizes that look alike: a square or a triangle as wide as a circle
        // looks larger or smaller than it.
        match marker {
            Marker::Circle => root.draw(&Circle::new(at, 5 + grow, fill)),
            Marker::Square => {
                let h = 4 + grow;
                root.draw(&Rectangle::new([(x - h, y - h), (x + h, y + h)], fill))
            }
            Marker::Triangle => {
                // An edge `grow` px out is a circumradius 2 × `grow` larger.
                let r = 6.5 + 2.0 * f64::from(grow);
                let corner = |deg: f64| {
                    let (sin, cos) = deg.to_radians().sin_cos();
                    (x + (r * sin).round() as i32, y - (r * cos).round() as i32)
                };
                root.draw(&Polygon::new(
                    vec![corner(0.0), corner(120.0), corner(240.0)],
                    fill,
                ))
            }
            Marker::Diamond => {
                // An edge `grow` px out is a half-diagonal √2 × `grow` larger.
                let h = 6 + (f64::from(grow) * std::f64::consts::SQRT_2).round() as i32;
                root.draw(&Polygon::new(
                    vec![(x, y - h), (x + h, y), (x, y + h), (x - h, y)],
                    fill,
                ))
            }
        }
    }

    /// The ring values, each on a small surface-coloured box so it reads
    /// over rings, tints and the score shape alike.
    fn ring_values(&self, root: &Area) -> DrawResult {
        let size = self.layout.value_px;
        for v in &self.layout.ring_values {
            let b = v.bounds;
            root.draw(&Rectangle::new(
                [
                    (b.left.floor() as i32, b.top.floor() as i32),
                    (b.right.ceil() as i32, b.bottom.ceil() as i32),
                ],
                self.style.surface.filled(),
            ))?;
            // Digits stand 0.73 em tall from their baseline, which plotters puts
            // 0.76 em below the top it is given: this centres them on the box.
            let top = v.centre.y - 0.4 * size;
            root.draw(&Text::new(
                v.value.to_string(),
                (v.centre.x.round() as i32, top.round() as i32),
                self.font(size, false, Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        Ok(())
    }

    /// Each group's name beyond its spoke, and its score in bold below it.
    fn labels(&self, root: &Area) -> DrawResult {
        let line_height = self.layout.line_height();
        for label in &self.layout.labels {
            let h = match label.align {
                Align::Start => HPos::Left,
                Align::Middle => HPos::Center,
                Align::End => HPos::Right,
            };
            for (k, line) in label.lines.iter().enumerate() {
                let y = label.top + line_height * k as f64;
                root.draw(&Text::new(
                    line.text.as_str(),
                    (label.x.round() as i32, y.round() as i32),
                    self.font(self.layout.label_px, line.bold, Pos::new(h, VPos::Top)),
                ))?;
            }
        }
        Ok(())
    }

    /// The style's font at `size` CSS pixels in its ink, anchored at `pos`.
    fn font(&self, size: f64, bold: bool, pos: Pos) -> TextStyle<'_> {
        let weight = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // Plotters' SVG backend writes the size ÷ 1.24 (its font sizes are
        // em boxes, a browser's are CSS pixels).
        (self.style.font_family.as_str(), size * 1.24, weight)
            .into_font()
            .color(&self.style.ink)
            .pos(pos)
    }
}

/// The `width` and `height` attributes of a drawn chart's root `<svg>`.
pub fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let root = &svg[svg.find("<svg")?..];
    let root = &root[..root.find('>')?];
    let attr = |name: &str| -> Option<u32> {
        let key = format!(" {name}=\"");
        let start = root.find(&key)? + key.len();
        root[start..].split('"').next()?.parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

/// `points` and the first again, for an outline that closes.
fn closed(mut points: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    points.extend(points.first().copied());
    points
}

fn px(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// Text as it may stand in an attribute value.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
