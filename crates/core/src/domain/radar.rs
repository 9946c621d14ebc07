//! Radar chart geometry: where spokes, rings, score vertices and labels go.
//!
//! Pure arithmetic, so the chart can be checked natively and drawn by any
//! backend. Spokes start at the top and run clockwise in bank order.
//!
//! The chart is laid out at the pixel width it is shown at, so every size here
//! is a CSS pixel. Nothing measures text: widths are estimated from the
//! characters (see [`text_width`]), which is why the estimate errs wide.

use std::f64::consts::{PI, TAU};

/// The rings drawn behind the scores; each is labelled with its value where
/// there is room (see [`VALUE_GAP`]).
pub const RING_VALUES: [u8; 4] = [25, 50, 75, 100];
/// The largest radius of the 100 ring: beyond it the chart only grows emptier.
pub const MAX_RADIUS: u32 = 230;
/// The smallest radius; below it the drawing is wider than asked and scales down.
pub const MIN_RADIUS: u32 = 40;
/// From this width up the chart uses its larger type.
pub const WIDE: u32 = 540;
/// Names longer than this many characters are broken onto two lines at a space.
pub const WRAP_AFTER: usize = 10;
/// Space kept clear along every edge of the drawing.
pub const EDGE: f64 = 2.0;
/// Space kept clear between two ring values' boxes.
pub const VALUE_GAP: f64 = 4.0;
/// Line height of labels, in em.
pub const LINE_HEIGHT: f64 = 1.2;
/// Bold text is estimated this much wider than regular (DejaVu Sans Bold is 7–14 % wider).
const BOLD: f64 = 1.15;

/// A point in chart coordinates (y grows downwards, as in SVG).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// Distance to another point.
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// A radar's centre, outer radius and number of spokes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Radar {
    pub centre: Point,
    /// Radius of the 100 ring.
    pub radius: f64,
    pub spokes: usize,
}

impl Radar {
    /// Angle of spoke `i` in radians, clockwise from straight up.
    pub fn angle(&self, i: usize) -> f64 {
        TAU * i as f64 / self.spokes.max(1) as f64
    }

    /// Half the angle between two neighbouring spokes.
    pub fn half_step(&self) -> f64 {
        PI / self.spokes.max(1) as f64
    }

    /// The point at `fraction` of the radius in the direction `angle`
    /// (radians, clockwise from straight up).
    pub fn at(&self, angle: f64, fraction: f64) -> Point {
        let r = self.radius * fraction;
        let (sin, cos) = angle.sin_cos();
        Point {
            x: self.centre.x + r * sin,
            y: self.centre.y - r * cos,
        }
    }

    /// The point at `fraction` of the radius along spoke `i`.
    pub fn along(&self, i: usize, fraction: f64) -> Point {
        self.at(self.angle(i), fraction)
    }

    /// The outer end of spoke `i`.
    pub fn spoke_end(&self, i: usize) -> Point {
        self.along(i, 1.0)
    }

    /// Radius of the ring for a value 0–100.
    pub fn ring_radius(&self, value: u8) -> f64 {
        self.radius * f64::from(value.min(100)) / 100.0
    }

    /// The score polygon's vertices, one per spoke; scores above 100 are capped.
    pub fn vertices(&self, scores: &[u8]) -> Vec<Point> {
        scores
            .iter()
            .enumerate()
            .map(|(i, s)| self.along(i, f64::from((*s).min(100)) / 100.0))
            .collect()
    }

    /// Points along the arc from angle `from` to `to` (radians, clockwise from up)
    /// at `fraction` of the radius, `steps` segments long, for shading sectors.
    pub fn arc(&self, from: f64, to: f64, fraction: f64, steps: usize) -> Vec<Point> {
        (0..=steps)
            .map(|k| self.at(from + (to - from) * k as f64 / steps as f64, fraction))
            .collect()
    }

    /// The sector of each spoke (its angle ± half a step), tinted by that spoke's
    /// own kind, whatever the order. Neighbouring sectors of the same kind come
    /// back as one `(kind, from, to)` so no seam shows between them.
    pub fn sectors<T: Copy + PartialEq>(&self, kinds: &[T]) -> Vec<(T, f64, f64)> {
        let n = kinds.len();
        let half = self.half_step();
        let Some(start) = (0..n).find(|&i| kinds[i] != kinds[(i + n - 1) % n]) else {
            // One kind all round (or no spokes at all).
            return kinds
                .first()
                .map(|&k| (k, -half, TAU - half))
                .into_iter()
                .collect();
        };
        let mut runs: Vec<(T, f64, f64)> = Vec::new();
        for step in 0..n {
            let i = (start + step) % n;
            let (from, to) = (
                self.angle(start + step) - half,
                self.angle(start + step) + half,
            );
            match runs.last_mut() {
                Some((kind, _, end)) if *kind == kinds[i] => *end = to,
                _ => runs.push((kinds[i], from, to)),
            }
        }
        runs
    }
}

/// How a label's lines line up with its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `x` is the left edge (labels right of the centre).
    Start,
    /// `x` is the middle (labels above and below the centre).
    Middle,
    /// `x` is the right edge (labels left of the centre).
    End,
}

/// An axis-aligned box, in chart pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    /// Whether the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether the box lies within `0..width` × `0..height`.
    pub fn within(&self, width: f64, height: f64) -> bool {
        self.left >= 0.0 && self.top >= 0.0 && self.right <= width && self.bottom <= height
    }

    /// The box with `by` pixels added on every side.
    pub fn grown(self, by: f64) -> Rect {
        Rect {
            left: self.left - by,
            top: self.top - by,
            right: self.right + by,
            bottom: self.bottom + by,
        }
    }

    fn shifted(self, by: Point) -> Rect {
        Rect {
            left: self.left + by.x,
            top: self.top + by.y,
            right: self.right + by.x,
            bottom: self.bottom + by.y,
        }
    }
}

/// One line of a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub bold: bool,
}

/// What a spoke's label says: its name (wrapped), then its score in bold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub lines: Vec<Line>,
}

impl Label {
    /// The label for a group called `name` that scored `score`.
    pub fn new(name: &str, score: u8) -> Self {
        let mut lines: Vec<Line> = wrap(name)
            .into_iter()
            .map(|text| Line { text, bold: false })
            .collect();
        lines.push(Line {
            text: score.to_string(),
            bold: true,
        });
        Label { lines }
    }
}

/// A label placed on the chart. Line `k` has its top at `top + k × line_height`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    pub lines: Vec<Line>,
    pub align: Align,
    pub x: f64,
    pub top: f64,
    /// The estimated box of all its lines.
    pub bounds: Rect,
}

/// A ring value: its number centred on a small surface-coloured box.
#[derive(Debug, Clone, PartialEq)]
pub struct RingValue {
    pub value: u8,
    pub centre: Point,
    pub bounds: Rect,
}

/// Everything needed to draw the chart at one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub radar: Radar,
    /// The drawing's size: `width` is the width asked for unless even the
    /// smallest radius needs more; `height` is what the content needs.
    pub width: u32,
    pub height: u32,
    /// Font size of labels, in px.
    pub label_px: f64,
    /// Font size of ring values, in px.
    pub value_px: f64,
    pub labels: Vec<PlacedLabel>,
    /// The ring values shown, from the innermost: every ring's, or on a
    /// narrow chart those that do not crowd each other.
    pub ring_values: Vec<RingValue>,
}

impl Layout {
    /// Distance between the tops of two label lines.
    pub fn line_height(&self) -> f64 {
        self.label_px * LINE_HEIGHT
    }
}

/// Lays the chart out for `width` CSS pixels: the largest radius (up to
/// [`MAX_RADIUS`]) at which every label fits across, centred, and a height
/// that hugs the rings and labels, with no empty band above or below.
pub fn layout(width: u32, labels: &[Label]) -> Layout {
    let wide = width >= WIDE;
    let label_px = if wide { 16.0 } else { 14.0 };
    let value_px = if wide { 14.0 } else { 13.0 };
    let spokes = labels.len();
    let fits = |r: u32| {
        let r = f64::from(r);
        let (placed, values) = place(labels, spokes, r, label_px, value_px);
        let (left, right, _, _) = extents(r, &placed, &values);
        right - left + 2.0 * EDGE <= f64::from(width)
    };
    let radius = (MIN_RADIUS..=MAX_RADIUS)
        .rev()
        .find(|&r| fits(r))
        .unwrap_or(MIN_RADIUS);
    let r = f64::from(radius);
    let (labels_at_origin, values_at_origin) = place(labels, spokes, r, label_px, value_px);
    let (left, right, top, bottom) = extents(r, &labels_at_origin, &values_at_origin);
    let drawn = right - left + 2.0 * EDGE;
    let total_width = f64::from(width).max(drawn.ceil());
    // Whole pixels for the centre, so rings and spokes land on the pixel grid.
    let centre = Point {
        x: (EDGE - left + (total_width - drawn) / 2.0).floor(),
        y: (EDGE - top).ceil(),
    };
    let height = (centre.y + bottom + EDGE).ceil();
    Layout {
        radar: Radar {
            centre,
            radius: r,
            spokes,
        },
        width: total_width as u32,
        height: height as u32,
        label_px,
        value_px,
        labels: labels_at_origin
            .into_iter()
            .map(|l| PlacedLabel {
                x: l.x + centre.x,
                top: l.top + centre.y,
                bounds: l.bounds.shifted(centre),
                ..l
            })
            .collect(),
        ring_values: values_at_origin
            .into_iter()
            .map(|v| RingValue {
                centre: Point {
                    x: v.centre.x + centre.x,
                    y: v.centre.y + centre.y,
                },
                bounds: v.bounds.shifted(centre),
                ..v
            })
            .collect(),
    }
}

/// Labels and ring values for radius `r` around the origin.
fn place(
    labels: &[Label],
    spokes: usize,
    r: f64,
    label_px: f64,
    value_px: f64,
) -> (Vec<PlacedLabel>, Vec<RingValue>) {
    let radar = Radar {
        centre: Point { x: 0.0, y: 0.0 },
        radius: r,
        spokes,
    };
    let gap = 0.3 * label_px;
    let line_height = label_px * LINE_HEIGHT;
    let placed = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let w = label
                .lines
                .iter()
                .map(|l| text_width(&l.text, label_px, l.bold))
                .fold(0.0, f64::max);
            let h = line_height * (label.lines.len().max(1) - 1) as f64 + label_px;
            let a = radar.angle(i);
            let (sin, cos) = a.sin_cos();
            let end = radar.at(a, (r + gap) / r);
            // Top and bottom labels sit centred beyond the ring. Side labels sit
            // beside their spoke's end, on the side away from the horizontal axis,
            // so the ring can never run through them.
            // A side label centred on a near-horizontal spoke must clear the
            // ring's widest point, not just the spoke's end.
            let beside = if cos.abs() <= 0.2 {
                r + gap
            } else {
                end.x.abs()
            };
            let (align, left) = if sin.abs() < 0.2 {
                (Align::Middle, end.x - w / 2.0)
            } else if sin > 0.0 {
                (Align::Start, beside)
            } else {
                (Align::End, -beside - w)
            };
            let top = if sin.abs() < 0.2 {
                if cos > 0.0 {
                    -(r + gap) - h
                } else {
                    r + gap
                }
            } else if cos > 0.2 {
                end.y - h
            } else if cos < -0.2 {
                end.y
            } else {
                end.y - h / 2.0
            };
            let x = match align {
                Align::Start => left,
                Align::Middle => left + w / 2.0,
                Align::End => left + w,
            };
            PlacedLabel {
                lines: label.lines.clone(),
                align,
                x,
                top,
                bounds: Rect {
                    left,
                    top,
                    right: left + w,
                    bottom: top + h,
                },
            }
        })
        .collect();
    // Ring values run out along the bisector of the first two spokes, where
    // no spoke or label is. Where the rings stand too close for every value's
    // box (a narrow chart), a value that would crowd the one outside it is
    // left out, from the 100 ring inwards: 50 and 100 remain, on a clear line.
    let along = radar.half_step();
    let mut values: Vec<RingValue> = Vec::new();
    for &value in RING_VALUES.iter().rev() {
        let centre = radar.at(along, f64::from(value) / 100.0);
        let half_w = text_width(&value.to_string(), value_px, false) / 2.0 + 3.0;
        let half_h = value_px / 2.0 + 1.0;
        let bounds = Rect {
            left: centre.x - half_w,
            top: centre.y - half_h,
            right: centre.x + half_w,
            bottom: centre.y + half_h,
        };
        let crowds = |kept: &RingValue| kept.bounds.grown(VALUE_GAP).overlaps(&bounds);
        if !values.last().is_some_and(crowds) {
            values.push(RingValue {
                value,
                centre,
                bounds,
            });
        }
    }
    values.reverse();
    (placed, values)
}

/// Leftmost, rightmost, top and bottom of the 100 ring (radius `r` around
/// the origin), the labels and the ring values.
fn extents(r: f64, labels: &[PlacedLabel], values: &[RingValue]) -> (f64, f64, f64, f64) {
    labels
        .iter()
        .map(|l| l.bounds)
        .chain(values.iter().map(|v| v.bounds))
        .fold((-r, r, -r, r), |(l, rt, t, b), x| {
            (
                l.min(x.left),
                rt.max(x.right),
                t.min(x.top),
                b.max(x.bottom),
            )
        })
}

/// The estimated width of `text` at `px` pixels, never measured.
///
/// Each character counts its advance width in DejaVu Sans (rounded up), the
/// widest sans-serif a browser is likely to fall back to; the system fonts
/// the app asks for first (Segoe UI, San Francisco, Roboto) are narrower, so
/// real text is at most this wide. Other scripts count a full em a character.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(advance).sum();
    ems * px * if bold { BOLD } else { 1.0 }
}

/// DejaVu Sans advance widths of printable ASCII, in hundredths of an em, rounded up.
const ASCII_ADVANCE: [u8; 95] = [
    32, 41, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 37, 32, 34, // ' '..'/'
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 54, // '0'..'?'
    100, 69, 69, 70, 77, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79, // '@'..'O'
    61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 39, 34, 39, 84, 50, // 'P'..'_'
    50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, // '`'..'o'
    64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84, // 'p'..'~'
];

fn advance(c: char) -> f64 {
    match c {
        ' '..='~' => f64::from(ASCII_ADVANCE[c as usize - 0x20]) / 100.0,
        // Accented Latin letters (below U+0250) are as wide as their plain forms at most.
        c if u32::from(c) < 0x250 && c.is_alphabetic() => {
            if c.is_uppercase() {
                0.87
            } else {
                0.64
            }
        }
        _ => 1.0,
    }
}

/// Breaks a long name at its middle-most space, never inside a word, so labels
/// stay narrow on small screens.
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

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT_IN: [(&str, u8); 6] = [
        ("Direct reports", 100),
        ("Co-workers", 100),
        ("Managers", 100),
        ("Customers", 100),
        ("Suppliers", 100),
        ("Competitors", 100),
    ];

    fn built_in(width: u32) -> Layout {
        let labels: Vec<Label> = BUILT_IN.iter().map(|(n, s)| Label::new(n, *s)).collect();
        layout(width, &labels)
    }

    fn boxes(l: &Layout) -> Vec<Rect> {
        l.labels
            .iter()
            .map(|p| p.bounds)
            .chain(l.ring_values.iter().map(|v| v.bounds))
            .collect()
    }

    #[test]
    fn the_radius_grows_with_the_width_up_to_its_cap() {
        let radii: Vec<f64> = [300, 328, 480, 560, 720, 1000]
            .iter()
            .map(|w| built_in(*w).radar.radius)
            .collect();
        assert!(radii.windows(2).all(|p| p[0] <= p[1]), "{radii:?}");
        assert_eq!(radii[5], f64::from(MAX_RADIUS));
    }

    #[test]
    fn on_a_phone_the_100_ring_is_at_least_150_px_across() {
        for width in [312, 328] {
            let l = built_in(width);
            assert!(
                2.0 * l.radar.radius >= 150.0,
                "{width}: r = {}",
                l.radar.radius
            );
            assert!(l.label_px >= 14.0 && l.value_px >= 13.0);
        }
    }

    #[test]
    fn on_a_laptop_the_100_ring_radius_is_at_least_170_px() {
        for width in [480, 560, 720, 1000] {
            let l = built_in(width);
            assert!(l.radar.radius >= 170.0, "{width}: r = {}", l.radar.radius);
        }
    }

    #[test]
    fn no_label_leaves_the_drawing_or_overlaps_another() {
        for width in [300, 312, 328, 360, 480, 560, 720, 1000] {
            let l = built_in(width);
            assert_eq!(l.width, width, "the drawing is as wide as asked");
            let all = boxes(&l);
            for (i, a) in all.iter().enumerate() {
                assert!(
                    a.within(f64::from(l.width), f64::from(l.height)),
                    "{width}: box {i} {a:?} leaves {}×{}",
                    l.width,
                    l.height
                );
                for (j, b) in all.iter().enumerate().skip(i + 1) {
                    assert!(!a.overlaps(b), "{width}: boxes {i} and {j} overlap");
                }
            }
        }
    }

    #[test]
    fn labels_clear_the_100_ring() {
        for width in [300, 328, 560, 1000] {
            let l = built_in(width);
            let c = l.radar.centre;
            for p in &l.labels {
                let b = p.bounds;
                // The nearest point of the box to the centre lies outside the ring.
                let nx = c.x.clamp(b.left, b.right);
                let ny = c.y.clamp(b.top, b.bottom);
                let d = (nx - c.x).hypot(ny - c.y);
                assert!(d >= l.radar.radius, "{width}: {:?} at {d}", p.lines[0]);
            }
        }
    }

    #[test]
    fn there_is_no_empty_band_around_the_chart() {
        for width in [300, 328, 560, 1000] {
            let l = built_in(width);
            let all = boxes(&l);
            let top = all.iter().map(|b| b.top).fold(f64::MAX, f64::min);
            let bottom = all.iter().map(|b| b.bottom).fold(f64::MIN, f64::max);
            assert!(top <= EDGE + 1.0, "{width}: {top} px above the top label");
            assert!(
                f64::from(l.height) - bottom <= EDGE + 1.0,
                "{width}: {} px below the bottom label",
                f64::from(l.height) - bottom
            );
            if l.radar.radius < f64::from(MAX_RADIUS) {
                let left = all.iter().map(|b| b.left).fold(f64::MAX, f64::min);
                let right = all.iter().map(|b| b.right).fold(f64::MIN, f64::max);
                assert!(left <= EDGE + 2.0 && f64::from(l.width) - right <= EDGE + 2.0);
            }
        }
    }

    #[test]
    fn side_labels_sit_beside_their_spokes() {
        let l = built_in(560);
        let aligns: Vec<Align> = l.labels.iter().map(|p| p.align).collect();
        use Align::*;
        assert_eq!(aligns, [Middle, Start, Start, Middle, End, End]);
        let c = l.radar.centre;
        assert!(l.labels[0].bounds.bottom < c.y - l.radar.radius);
        assert!(l.labels[3].bounds.top > c.y + l.radar.radius);
        assert!(l.labels[1].bounds.bottom < c.y && l.labels[2].bounds.top > c.y);
    }

    #[test]
    fn text_width_errs_wide_and_counts_bold_wider() {
        // DejaVu Sans at 14 px draws "Competitors" about 85.7 px wide.
        let w = text_width("Competitors", 14.0, false);
        assert!((85.7..90.0).contains(&w), "{w}");
        assert!(text_width("100", 14.0, true) > text_width("100", 14.0, false));
        assert_eq!(text_width("", 14.0, false), 0.0);
        assert!(text_width("日本", 10.0, false) >= 20.0);
    }

    #[test]
    fn names_wrap_only_at_spaces() {
        assert_eq!(wrap("Direct reports"), ["Direct", "reports"]);
        assert_eq!(wrap("Competitors"), ["Competitors"]);
        assert_eq!(wrap("Stakeholders"), ["Stakeholders"]);
        assert_eq!(wrap("Co-workers"), ["Co-workers"]);
    }
}
