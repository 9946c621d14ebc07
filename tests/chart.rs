#![cfg(not(target_arch = "wasm32"))]
//! The radar SVG: accessible, with six labels, four rings and the score polygon where it belongs.

mod common;

use partner_radar::chart::{self, Spoke};

fn spokes(scores: [u8; 6]) -> Vec<Spoke> {
    let bank = common::built_in();
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

fn svg(scores: [u8; 6]) -> String {
    chart::draw(&spokes(scores), "Radar chart of <your> scores").unwrap()
}

/// The contents of the layer `<g class="name">…</g>`.
fn layer<'a>(svg: &'a str, name: &str) -> &'a str {
    let start = svg
        .find(&format!("<g class=\"{name}\">"))
        .unwrap_or_else(|| panic!("no layer {name}"));
    let end = svg[start..].find("</g>").unwrap() + start;
    &svg[start..end]
}

fn attr<'a>(element: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = element.find(&key).unwrap() + key.len();
    &element[start..start + element[start..].find('"').unwrap()]
}

#[test]
fn svg_is_an_accessible_image_named_as_a_radar() {
    let s = svg([10, 20, 30, 40, 50, 60]);
    assert!(s.starts_with("<svg "));
    assert!(s.ends_with("</svg>"));
    assert!(s.contains("role=\"img\""));
    assert!(s.contains("aria-label=\"Radar chart of &lt;your&gt; scores\""));
    assert!(s.contains(&format!(
        "viewBox=\"0 0 {} {}\"",
        chart::SIZE.0,
        chart::SIZE.1
    )));
    assert!(!s.contains("style="), "inline styles break a strict CSP");
    // One root element only: the layers' own <svg> wrappers are gone.
    assert_eq!(s.matches("<svg").count(), 1);
}

#[test]
fn every_group_name_is_labelled() {
    let labels = layer(&svg([0; 6]), "radar-labels").to_owned();
    for name in [
        "Direct",
        "reports",
        "Co-workers",
        "Managers",
        "Customers",
        "Suppliers",
        "Competitors",
    ] {
        assert!(
            labels.contains(&format!(">{name}<")) || labels.contains(&format!(">\n{name}\n<")),
            "{name} missing"
        );
    }
    assert_eq!(
        labels.matches("<text").count(),
        7,
        "Direct reports wraps onto two lines"
    );
}

#[test]
fn rings_sit_at_25_50_75_100_with_their_values() {
    let grid = layer(&svg([0; 6]), "radar-grid").to_owned();
    let radii: Vec<i32> = grid
        .split("<circle")
        .skip(1)
        .map(|c| attr(c, "r").parse().unwrap())
        .collect();
    let r = chart::RADIUS;
    let expected: Vec<i32> = [0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|f| (r * f).round() as i32)
        .collect();
    assert_eq!(radii, expected);
    for v in ["25", "50", "75", "100"] {
        assert!(grid.contains(&format!("\n{v}\n")), "ring value {v}");
    }
    assert_eq!(grid.matches("<polyline").count(), 6, "six spokes");
}

#[test]
fn score_polygon_vertices_are_at_the_score_radii() {
    let scores = [100, 75, 50, 25, 0, 60];
    let s = svg(scores);
    let score = layer(&s, "radar-score");
    let polygon = score.split("<polygon").nth(1).expect("score polygon");
    let points: Vec<(f64, f64)> = attr(polygon, "points")
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    assert_eq!(points.len(), 6);
    let c = chart::geometry(6).centre;
    for (i, (x, y)) in points.iter().enumerate() {
        let radius = (x - c.x).hypot(y - c.y);
        let expected = chart::RADIUS * f64::from(scores[i]) / 100.0;
        assert!(
            (radius - expected).abs() <= 1.0,
            "vertex {i}: {radius} vs {expected}"
        );
    }
    assert_eq!(score.matches("<circle").count(), 6, "a dot per vertex");
}

#[test]
fn inside_and_outside_halves_are_shaded_apart() {
    let halves = layer(&svg([50; 6]), "radar-halves").to_owned();
    assert_eq!(halves.matches("<polygon").count(), 2);
    let fills: Vec<&str> = halves
        .split("<polygon")
        .skip(1)
        .map(|p| attr(p, "fill"))
        .collect();
    assert_ne!(fills[0], fills[1]);
}

#[test]
fn labels_stay_inside_the_drawing() {
    let labels = layer(&svg([0; 6]), "radar-labels").to_owned();
    for t in labels.split("<text").skip(1) {
        let x: f64 = attr(t, "x").parse().unwrap();
        let y: f64 = attr(t, "y").parse().unwrap();
        let anchor = attr(t, "text-anchor");
        let text = t
            .split('>')
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .trim();
        // A generous 0.7 em per character: bold DejaVu Sans, the widest common fallback.
        let width = text.chars().count() as f64 * chart::LABEL_PX * 0.7;
        let (left, right) = match anchor {
            "start" => (x, x + width),
            "end" => (x - width, x),
            _ => (x - width / 2.0, x + width / 2.0),
        };
        assert!(
            left >= 0.0 && right <= f64::from(chart::SIZE.0),
            "{text} spills sideways: {left}..{right}"
        );
        assert!(
            y >= 0.0 && y + chart::LABEL_PX <= f64::from(chart::SIZE.1),
            "{text} spills vertically at {y}"
        );
    }
    assert_eq!(chart::wrap("Direct reports"), vec!["Direct", "reports"]);
    assert_eq!(chart::wrap("Competitors"), vec!["Competitors"]);
}
