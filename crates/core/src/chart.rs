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
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use crate::domain::radar::{self, Align, Label, Layout, Point, RING_VALUES};
use crate::domain::Side;

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
}

/// The custom property a [`ChartStyle`]'s font is read from.
pub const FONT_PROPERTY: &str = "--pr-font";

/// The custom properties a [`ChartStyle`]'s colours are read from, in field order.
pub const COLOUR_PROPERTIES: [&str; 6] = [
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
            ink: RGBAColor(0x1f, 0x29, 0x37, 1.0),
            grid: RGBAColor(0x94, 0xa3, 0xb8, 1.0),
            inside: RGBAColor(0xcc, 0xeb, 0xe6, 1.0),
            outside: RGBAColor(0xf6, 0xe3, 0xc6, 1.0),
            score: RGBAColor(0x2f, 0x4b, 0xb8, 1.0),
            surface: RGBAColor(0xff, 0xff, 0xff, 1.0),
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
        let [ink, grid, inside, outside, score, surface] = COLOUR_PROPERTIES;
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

/// Drawing failed: plotters' own message.
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
    let (layout, body) = picture(spokes, style, width, Target::Screen)?;
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
    let (layout, body) = picture(spokes, style, width, Target::File)?;
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
fn picture(
    spokes: &[Spoke],
    style: &ChartStyle,
    width: u32,
    target: Target,
) -> Result<(Layout, String), ChartError> {
    let layout = layout(spokes, width);
    let paint = Paint {
        layout: &layout,
        spokes,
        style,
    };
    let mut layers = Vec::new();
    if target == Target::File {
        layers.push(("radar-background", paint.layer(Paint::background)?));
    }
    layers.extend([
        ("radar-sectors", paint.layer(Paint::sectors)?),
        ("radar-grid", paint.layer(Paint::grid)?),
        ("radar-score", paint.layer(Paint::score)?),
        // After the score, so the shape never hides them.
        ("radar-ring-values", paint.layer(Paint::ring_values)?),
        ("radar-labels", paint.layer(Paint::labels)?),
    ]);
    let body = layers
        .into_iter()
        .map(|(class, inner)| match target {
            Target::Screen => format!(r#"<g class="{class}">{inner}</g>"#),
            Target::File => format!("<g>{inner}</g>"),
        })
        .collect();
    Ok((layout, body))
}

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
