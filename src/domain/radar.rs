//! Radar chart geometry: where spokes, rings and score vertices go.
//!
//! Pure trigonometry, so the chart can be checked natively and drawn by any
//! backend. Spokes start at the top and run clockwise in bank order.

use std::f64::consts::TAU;

/// The ring values drawn behind the scores.
pub const RING_VALUES: [u8; 4] = [25, 50, 75, 100];

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
        TAU * i as f64 / self.spokes as f64
    }

    /// The point at `fraction` of the radius in the direction `angle`
    /// (radians, clockwise from straight up).
    pub fn at(&self, angle: f64, fraction: f64) -> Point {
        let r = self.radius * fraction;
        Point {
            x: self.centre.x + r * angle.sin(),
            y: self.centre.y - r * angle.cos(),
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
}
