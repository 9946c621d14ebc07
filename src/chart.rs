//! The radar chart, drawn with plotters into an SVG string.
//!
//! Plotters has no radar chart, so the geometry comes from
//! [`crate::domain::radar`] and plotters draws plain polygons, paths,
//! circles and text. Nothing here measures text, so it runs natively (for
//! tests) and in the browser alike, and needs no inline styles (strict CSP).
//!
//! Each part of the chart is drawn as its own layer and wrapped in a
//! `<g class="radar-…">`, so stylesheets (and a host's branding) can restyle
//! it: CSS rules win over the colours plotters writes as attributes.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::domain::radar::{Point, Radar, RING_VALUES};
use crate::domain::Side;

/// The chart's drawing size; the SVG scales to its container through `viewBox`.
pub const SIZE: (u32, u32) = (470, 310);
/// Radius of the 100 ring.
pub const RADIUS: f64 = 96.0;
/// Names longer than this are broken onto two lines at a space.
const WRAP_AFTER: usize = 10;
/// Size of the group names, in chart units.
pub const LABEL_PX: f64 = 18.0;
const SMALL_PX: f64 = 13.0;

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const GRID: RGBColor = RGBColor(0x94, 0xa3, 0xb8);
const INSIDE_TINT: RGBColor = RGBColor(0xcc, 0xe8, 0xe4);
const OUTSIDE_TINT: RGBColor = RGBColor(0xf6, 0xe3, 0xc6);
const SCORE: RGBColor = RGBColor(0x2f, 0x4b, 0xb8);

/// One spoke of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Spoke {
    pub name: String,
    pub side: Side,
    /// 0–100.
    pub score: u8,
}

/// Drawing failed (plotters reported an error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

/// The radar geometry used for a chart of `spokes` spokes.
pub fn geometry(spokes: usize) -> Radar {
    Radar {
        centre: Point {
            x: f64::from(SIZE.0) / 2.0,
            y: f64::from(SIZE.1) / 2.0,
        },
        radius: RADIUS,
        spokes,
    }
}

/// Draws the radar as an accessible inline SVG (`role="img"`, named by `label`).
pub fn draw(spokes: &[Spoke], label: &str) -> Result<String, ChartError> {
    let radar = geometry(spokes.len());
    let layers = [
        layer("radar-halves", |root| draw_halves(root, &radar, spokes))?,
        layer("radar-grid", |root| draw_grid(root, &radar))?,
        layer("radar-score", |root| draw_score(root, &radar, spokes))?,
        layer("radar-labels", |root| draw_labels(root, &radar, spokes))?,
    ];
    Ok(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" focusable="false" data-cx="{cx}" data-cy="{cy}" data-radius="{r}">{body}</svg>"#,
        w = SIZE.0,
        h = SIZE.1,
        label = escape(label),
        cx = radar.centre.x,
        cy = radar.centre.y,
        r = radar.radius,
        body = layers.concat(),
    ))
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Draws one layer on its own canvas and returns its elements in a `<g>`.
fn layer(class: &str, paint: impl FnOnce(&Area) -> DrawResult) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        paint(&root).map_err(|e| ChartError(e.to_string()))?;
        root.present().map_err(|e| ChartError(e.to_string()))?;
    }
    let start = svg.find('>').map_or(0, |i| i + 1);
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    Ok(format!(
        r#"<g class="{class}">{}</g>"#,
        svg[start..end].trim()
    ))
}

fn px(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// Tinted sectors behind the inside and outside spokes (the page's legend names them).
fn draw_halves(root: &Area, radar: &Radar, spokes: &[Spoke]) -> DrawResult {
    let half_step = std::f64::consts::PI / spokes.len().max(1) as f64;
    for side in [Side::Inside, Side::Outside] {
        let indices: Vec<usize> = (0..spokes.len())
            .filter(|i| spokes[*i].side == side)
            .collect();
        let (Some(first), Some(last)) = (indices.first(), indices.last()) else {
            continue;
        };
        let from = radar.angle(*first) - half_step;
        let to = radar.angle(*last) + half_step;
        let mut points = vec![px(radar.centre)];
        points.extend(radar.arc(from, to, 1.0, 48).into_iter().map(px));
        let tint = if side == Side::Inside {
            INSIDE_TINT
        } else {
            OUTSIDE_TINT
        };
        root.draw(&Polygon::new(points, tint.filled()))?;
    }
    Ok(())
}

/// Spokes, rings at 25/50/75/100 and the ring values.
fn draw_grid(root: &Area, radar: &Radar) -> DrawResult {
    let line = GRID.stroke_width(1);
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
    // Ring values sit on the rings halfway between the first two spokes,
    // where no label or spoke can collide with them.
    let between = 0.5 * radar.angle(1);
    for value in RING_VALUES {
        let fraction = f64::from(value) / 100.0;
        let at = radar.at(between, fraction);
        root.draw(&Text::new(
            value.to_string(),
            px(at),
            font(SMALL_PX)
                .color(&INK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// The filled score polygon and a dot at each vertex.
fn draw_score(root: &Area, radar: &Radar, spokes: &[Spoke]) -> DrawResult {
    let scores: Vec<u8> = spokes.iter().map(|s| s.score).collect();
    let points: Vec<(i32, i32)> = radar.vertices(&scores).into_iter().map(px).collect();
    root.draw(&Polygon::new(points.clone(), SCORE.mix(0.35).filled()))?;
    let mut outline = points.clone();
    outline.extend(points.first().copied());
    root.draw(&PathElement::new(outline, SCORE.stroke_width(3)))?;
    for p in points {
        root.draw(&Circle::new(p, 4, SCORE.filled()))?;
    }
    Ok(())
}

/// Group names just beyond the end of each spoke.
fn draw_labels(root: &Area, radar: &Radar, spokes: &[Spoke]) -> DrawResult {
    for (i, spoke) in spokes.iter().enumerate() {
        let a = radar.angle(i);
        let (sin, cos) = (a.sin(), a.cos());
        let anchor = radar.along(i, 1.0 + 14.0 / radar.radius);
        let h = if sin > 0.2 {
            HPos::Left
        } else if sin < -0.2 {
            HPos::Right
        } else {
            HPos::Center
        };
        let lines = wrap(&spoke.name);
        let line_height = LABEL_PX * 1.15;
        let block = line_height * lines.len() as f64;
        // Labels above the centre grow upwards, below it downwards, beside it around the anchor.
        let top = if cos > 0.5 {
            anchor.y - block
        } else if cos < -0.5 {
            anchor.y
        } else {
            anchor.y - block / 2.0
        };
        for (k, text) in lines.iter().enumerate() {
            let y = top + line_height * k as f64;
            root.draw(&Text::new(
                text.clone(),
                (anchor.x.round() as i32, y.round() as i32),
                font(LABEL_PX).color(&INK).pos(Pos::new(h, VPos::Top)),
            ))?;
        }
    }
    Ok(())
}

/// A font of `size` CSS pixels (plotters' SVG backend writes size ÷ 1.24).
fn font(size: f64) -> TextStyle<'static> {
    TextStyle::from(("sans-serif", size * 1.24).into_font())
}

/// Breaks a long name at its middle-most space so labels stay narrow on small screens.
pub fn wrap(name: &str) -> Vec<String> {
    if name.chars().count() <= WRAP_AFTER {
        return vec![name.to_owned()];
    }
    let middle = name.len() / 2;
    match name
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle))
    {
        Some(i) => vec![name[..i].to_owned(), name[i + 1..].to_owned()],
        None => vec![name.to_owned()],
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
