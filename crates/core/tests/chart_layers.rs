#![cfg(not(target_arch = "wasm32"))]
//! The radar's extra layers: series over the score told apart without colour,
//! a team's band from lowest to highest, and each person's faint outline,
//! while a chart without them stays exactly as it was.

mod common;

use common::chart::{attr, hex, spokes};
use partner_radar_core::chart::{
    self, ChartError, ChartStyle, Extras, Marker, RGBAColor, Series, Stroke,
};

const SCORES: [u8; 6] = [64, 100, 7, 0, 33, 58];
const LABEL: &str = "Radar & <scores>";

fn series(key: &str, scores: [u8; 6], stroke: Stroke, marker: Marker) -> Series {
    Series {
        key: key.to_owned(),
        scores: scores.to_vec(),
        stroke,
        marker,
        colour: ChartStyle::default().others,
    }
}

fn draw(extras: &Extras) -> Result<String, ChartError> {
    chart::draw_with(&spokes(SCORES), extras, LABEL, &ChartStyle::default(), 560)
}

/// Every layer's opening tag, in order.
fn layer_tags(svg: &str) -> Vec<&str> {
    svg.match_indices("<g")
        .map(|(i, _)| &svg[i..i + svg[i..].find('>').unwrap() + 1])
        .collect()
}

/// The elements of the first layer whose opening tag starts with `tag`.
fn layer<'a>(svg: &'a str, tag: &str) -> &'a str {
    let start = svg.find(tag).unwrap_or_else(|| panic!("no layer {tag}"));
    let start = start + svg[start..].find('>').unwrap() + 1;
    &svg[start..start + svg[start..].find("</g>").unwrap()]
}

/// The series layer for `key`.
fn series_layer<'a>(svg: &'a str, key: &str) -> &'a str {
    layer(
        svg,
        &format!(r#"<g class="radar-series" data-series="{key}">"#),
    )
}

/// Each element called `name` in `svg`: its tag, up to its `>`.
fn elements<'a>(svg: &'a str, name: &str) -> Vec<&'a str> {
    svg.match_indices(&format!("<{name} "))
        .map(|(i, _)| &svg[i..i + svg[i..].find('>').unwrap()])
        .collect()
}

/// The elements of every layer, in order.
fn bodies(svg: &str) -> Vec<&str> {
    svg.match_indices("<g")
        .map(|(i, _)| {
            let start = i + svg[i..].find('>').unwrap() + 1;
            &svg[start..start + svg[start..].find("</g>").unwrap()]
        })
        .collect()
}

fn points(element: &str) -> Vec<(i32, i32)> {
    attr(element, "points")
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// The vertices of `scores` in whole pixels, as the chart places them.
fn vertices(scores: &[u8]) -> Vec<(i32, i32)> {
    chart::layout(&spokes(SCORES), 560)
        .radar
        .vertices(scores)
        .into_iter()
        .map(|p| (p.x.round() as i32, p.y.round() as i32))
        .collect()
}

/// The overlay view: the person's own score with others' and an earlier attempt.
fn overlays() -> Extras {
    overlays_in(
        &ChartStyle::default(),
        [70, 80, 20, 10, 50, 40],
        [50, 90, 15, 5, 20, 70],
    )
}

/// Others' scores and an earlier attempt's, in `style`'s colours for them.
fn overlays_in(style: &ChartStyle, others: [u8; 6], earlier: [u8; 6]) -> Extras {
    Extras {
        series: vec![
            Series {
                colour: style.others,
                ..series("others", others, Stroke::Dashed, Marker::Square)
            },
            Series {
                colour: style.earlier,
                ..series("earlier", earlier, Stroke::Dotted, Marker::Triangle)
            },
        ],
        ..Extras::default()
    }
}

/// Everything at once.
fn everything() -> Extras {
    Extras {
        band: Some(vec![(10, 90); 6]),
        outlines: vec![vec![40; 6], vec![60; 6], vec![80; 6]],
        ..overlays()
    }
}

#[test]
fn a_chart_without_extras_is_byte_for_byte_what_it_was() {
    // Drawn by `draw` and `draw_standalone` before the extra layers existed.
    let style = ChartStyle::default();
    let s = spokes(SCORES);
    for (width, before) in [
        (360, include_str!("fixtures/chart/screen-360.svg")),
        (1000, include_str!("fixtures/chart/screen-1000.svg")),
    ] {
        assert_eq!(chart::draw(&s, LABEL, &style, width).unwrap(), before);
        let none = Extras::default();
        assert_eq!(
            chart::draw_with(&s, &none, LABEL, &style, width).unwrap(),
            before
        );
    }
    let before = include_str!("fixtures/chart/file-720.svg");
    assert_eq!(
        chart::draw_standalone(&s, LABEL, &style, 720).unwrap(),
        before
    );
    assert_eq!(
        chart::draw_standalone_with(&s, &Extras::default(), LABEL, &style, 720).unwrap(),
        before
    );
}

#[test]
fn layers_run_back_to_front_with_only_the_extras_given() {
    let classes = |svg: &str| -> Vec<String> {
        layer_tags(svg)
            .into_iter()
            .map(|t| attr(t, "class").to_owned())
            .collect()
    };
    assert_eq!(
        classes(&draw(&everything()).unwrap()),
        [
            "radar-sectors",
            "radar-grid",
            "radar-outlines",
            "radar-band",
            "radar-score",
            "radar-series",
            "radar-series",
            "radar-ring-values",
            "radar-labels",
        ]
    );
    assert_eq!(
        classes(&draw(&overlays()).unwrap()),
        [
            "radar-sectors",
            "radar-grid",
            "radar-score",
            "radar-series",
            "radar-series",
            "radar-ring-values",
            "radar-labels",
        ],
        "no band or outlines layer when there are none"
    );
    let team = Extras {
        band: Some(vec![(10, 90); 6]),
        ..Extras::default()
    };
    assert_eq!(
        classes(&draw(&team).unwrap()),
        [
            "radar-sectors",
            "radar-grid",
            "radar-band",
            "radar-score",
            "radar-ring-values",
            "radar-labels",
        ]
    );
}

#[test]
fn each_series_is_one_layer_named_by_its_escaped_key_in_the_order_given() {
    let extras = Extras {
        series: vec![
            series("others", [50; 6], Stroke::Dashed, Marker::Square),
            series("a \"b\" & <c>", [60; 6], Stroke::Solid, Marker::Diamond),
            series("earlier", [70; 6], Stroke::Dotted, Marker::Triangle),
        ],
        ..Extras::default()
    };
    let svg = draw(&extras).unwrap();
    let keys: Vec<&str> = layer_tags(&svg)
        .into_iter()
        .filter(|t| t.contains("radar-series"))
        .map(|t| attr(t, "data-series"))
        .collect();
    assert_eq!(
        keys,
        ["others", "a &quot;b&quot; &amp; &lt;c&gt;", "earlier"]
    );
    for key in ["others", "earlier"] {
        assert_eq!(svg.matches(&format!("data-series=\"{key}\"")).count(), 1);
    }
    // Over the score shape and under the ring values.
    let at = |tag: &str| svg.find(tag).unwrap();
    assert!(at("radar-score") < at("data-series=\"others\""));
    assert!(at("data-series=\"earlier\"") < at("radar-ring-values"));
}

#[test]
fn solid_dashed_and_dotted_lines_are_made_differently() {
    let drawn = |stroke| {
        let extras = Extras {
            series: vec![series(
                "s",
                [80, 60, 70, 50, 90, 40],
                stroke,
                Marker::Square,
            )],
            ..Extras::default()
        };
        draw(&extras).unwrap()
    };
    let (solid, dashed, dotted) = (
        drawn(Stroke::Solid),
        drawn(Stroke::Dashed),
        drawn(Stroke::Dotted),
    );
    let (solid, dashed, dotted) = (
        series_layer(&solid, "s"),
        series_layer(&dashed, "s"),
        series_layer(&dotted, "s"),
    );
    // Solid: one closed line through every vertex.
    let lines = elements(solid, "polyline");
    assert_eq!(lines.len(), 1);
    let want = vertices(&[80, 60, 70, 50, 90, 40]);
    let line = points(lines[0]);
    assert_eq!(&line[..6], &want[..]);
    assert_eq!(line[6], want[0], "closed");
    assert!(elements(solid, "circle").is_empty());
    // Dashed: many short lines, no dots.
    let dashes = elements(dashed, "polyline");
    assert!(dashes.len() > 20, "{} dashes", dashes.len());
    assert!(elements(dashed, "circle").is_empty());
    for d in &dashes {
        assert_eq!(attr(d, "stroke-width"), "3");
        let p = points(d);
        let length: f64 = p
            .windows(2)
            .map(|w| f64::from(w[1].0 - w[0].0).hypot(f64::from(w[1].1 - w[0].1)))
            .sum();
        assert!(length <= 13.0, "a dash {length} px long");
    }
    // Dotted: round dots, no lines, spaced apart (wider than they are).
    let dots = elements(dotted, "circle");
    assert!(elements(dotted, "polyline").is_empty());
    assert!(dots.len() > 40, "{} dots", dots.len());
    for d in &dots {
        assert_eq!(attr(d, "r"), "2");
    }
    let centre = |d: &str| -> (f64, f64) {
        (
            attr(d, "cx").parse().unwrap(),
            attr(d, "cy").parse().unwrap(),
        )
    };
    let (a, b) = (centre(dots[0]), centre(dots[1]));
    assert!((a.0 - b.0).hypot(a.1 - b.1) >= 6.0, "dots apart");
    // The markers are the same in all three.
    assert_eq!(elements(solid, "rect").len(), 12);
    assert_eq!(elements(dashed, "rect"), elements(solid, "rect"));
    assert_eq!(elements(dotted, "rect"), elements(solid, "rect"));
}

#[test]
fn markers_differ_in_shape_and_sit_on_a_surface_edge_at_each_vertex() {
    let scores = [80, 60, 70, 50, 90, 40];
    let style = ChartStyle::default();
    let colour = RGBAColor(0x12, 0x34, 0x56, 1.0);
    let marks = |marker| -> String {
        let extras = Extras {
            series: vec![Series {
                colour,
                ..series("s", scores, Stroke::Solid, marker)
            }],
            ..Extras::default()
        };
        let svg = draw(&extras).unwrap();
        let layer = series_layer(&svg, "s");
        // Everything after the line.
        layer[layer.find("/>").unwrap() + 2..].to_owned()
    };
    let at = vertices(&scores);
    let kinds = |svg: &str| ["circle", "rect", "polygon"].map(|name| elements(svg, name).len());
    let circle = marks(Marker::Circle);
    let square = marks(Marker::Square);
    let triangle = marks(Marker::Triangle);
    let diamond = marks(Marker::Diamond);
    // An edge and a mark at each of the six vertices.
    assert_eq!(kinds(&circle), [12, 0, 0]);
    assert_eq!(kinds(&square), [0, 12, 0]);
    assert_eq!(kinds(&triangle), [0, 0, 12]);
    assert_eq!(kinds(&diamond), [0, 0, 12]);
    for p in elements(&triangle, "polygon") {
        assert_eq!(points(p).len(), 3);
    }
    for p in elements(&diamond, "polygon") {
        assert_eq!(points(p).len(), 4);
    }
    // Edge first in the surface colour, then the mark, centred on the vertex.
    for (name, svg) in [("circle", &circle), ("rect", &square)] {
        for (k, e) in elements(svg, name).iter().enumerate() {
            let want = if k % 2 == 0 { style.surface } else { colour };
            assert_eq!(attr(e, "fill"), hex(want), "{name} {k}");
            let (x, y) = at[k / 2];
            let centre = if name == "circle" {
                (
                    attr(e, "cx").parse().unwrap(),
                    attr(e, "cy").parse().unwrap(),
                )
            } else {
                let n = |a| attr(e, a).parse::<i32>().unwrap();
                (n("x") + n("width") / 2, n("y") + n("height") / 2)
            };
            assert_eq!(centre, (x, y), "{name} {k}");
        }
    }
    // About 9–10 px across, the edge 1–2 px beyond.
    let circles = elements(&circle, "circle");
    assert_eq!((attr(circles[0], "r"), attr(circles[1], "r")), ("6", "5"));
    let rects = elements(&square, "rect");
    assert_eq!(
        (attr(rects[0], "width"), attr(rects[1], "width")),
        ("10", "8")
    );
    for svg in [&triangle, &diamond] {
        let polygons = elements(svg, "polygon");
        let span = |p: &str| {
            let xs: Vec<i32> = points(p).iter().map(|p| p.0).collect();
            xs.iter().max().unwrap() - xs.iter().min().unwrap()
        };
        let (edge, mark) = (span(polygons[0]), span(polygons[1]));
        assert!((10..=12).contains(&mark), "{mark} px across");
        assert!(edge > mark, "the edge shows round the mark");
        assert_eq!(attr(polygons[1], "fill"), hex(colour));
    }
}

#[test]
fn the_band_is_one_quad_per_neighbouring_spokes_from_low_to_high() {
    let band = vec![(10, 90), (20, 60), (0, 100), (50, 50), (75, 30), (5, 95)];
    let extras = Extras {
        band: Some(band.clone()),
        ..Extras::default()
    };
    let svg = draw(&extras).unwrap();
    let quads = elements(layer(&svg, r#"<g class="radar-band">"#), "polygon");
    assert_eq!(quads.len(), 6);
    // A pair given highest first is drawn in order.
    let (low, high): (Vec<u8>, Vec<u8>) = band.iter().map(|&(a, b)| (a.min(b), a.max(b))).unzip();
    let (low_at, high_at) = (vertices(&low), vertices(&high));
    let radar = chart::layout(&spokes(SCORES), 560).radar;
    let (cx, cy) = (radar.centre.x, radar.centre.y);
    for (i, q) in quads.iter().enumerate() {
        let j = (i + 1) % 6;
        assert_eq!(
            points(q),
            [low_at[i], high_at[i], high_at[j], low_at[j]],
            "quad {i}"
        );
        // And those are on the rings of the low and high scores.
        for (p, value) in points(q)
            .into_iter()
            .zip([low[i], high[i], high[j], low[j]])
        {
            let distance = (f64::from(p.0) - cx).hypot(f64::from(p.1) - cy);
            assert!(
                (distance - radar.ring_radius(value)).abs() <= 1.0,
                "quad {i}: {distance} for {value}"
            );
        }
        // The score colour, faint, with no stroke to draw a seam.
        assert_eq!(attr(q, "fill"), hex(ChartStyle::default().score));
        let opacity: f64 = attr(q, "opacity").parse().unwrap();
        assert!((0.1..=0.25).contains(&opacity), "{opacity}");
        assert!(!q.contains("stroke"));
    }
}

#[test]
fn every_person_is_one_faint_closed_outline() {
    let outlines: Vec<Vec<u8>> = (0..500)
        .map(|k| (0..6).map(|g| ((k * 37 + g * 11) % 101) as u8).collect())
        .collect();
    let extras = Extras {
        outlines: outlines.clone(),
        band: Some(vec![(0, 100); 6]),
        ..Extras::default()
    };
    let svg = draw(&extras).unwrap();
    let lines = elements(layer(&svg, r#"<g class="radar-outlines">"#), "polyline");
    assert_eq!(lines.len(), 500);
    for (line, scores) in lines.iter().zip(&outlines) {
        let p = points(line);
        assert_eq!(&p[..6], &vertices(scores)[..]);
        assert_eq!(p[6], p[0], "closed");
        assert_eq!(attr(line, "fill"), "none");
        assert_eq!(attr(line, "stroke"), hex(ChartStyle::default().ink));
        assert_eq!(attr(line, "stroke-width"), "1");
        assert_eq!(attr(line, "opacity"), "0.05", "a crowd fades, but shows");
    }
    // A few people: each line faint but plain.
    let few = Extras {
        outlines: outlines[..3].to_vec(),
        ..Extras::default()
    };
    let svg = draw(&few).unwrap();
    let lines = elements(layer(&svg, r#"<g class="radar-outlines">"#), "polyline");
    assert_eq!(lines.len(), 3);
    for line in lines {
        assert_eq!(attr(line, "opacity"), "0.15");
    }
}

#[test]
fn labels_show_the_spokes_own_scores_only() {
    let plain = chart::draw(&spokes(SCORES), LABEL, &ChartStyle::default(), 560).unwrap();
    let labels = r#"<g class="radar-labels">"#;
    assert_eq!(
        layer(&draw(&everything()).unwrap(), labels),
        layer(&plain, labels)
    );
    let score = r#"<g class="radar-score">"#;
    assert_eq!(
        layer(&draw(&everything()).unwrap(), score),
        layer(&plain, score),
        "the score shape is unchanged under the series"
    );
}

#[test]
fn a_list_of_the_wrong_length_or_a_key_used_twice_is_an_error() {
    let cases = [
        (
            Extras {
                series: vec![Series {
                    scores: vec![50; 5],
                    ..series("others", [0; 6], Stroke::Dashed, Marker::Square)
                }],
                ..Extras::default()
            },
            "the series \"others\" has 5 scores for 6 spokes",
        ),
        (
            Extras {
                band: Some(vec![(0, 100); 7]),
                ..Extras::default()
            },
            "the band has 7 scores for 6 spokes",
        ),
        (
            Extras {
                outlines: vec![vec![50; 6], vec![50; 6], vec![]],
                ..Extras::default()
            },
            "outline 2 has 0 scores for 6 spokes",
        ),
        (
            Extras {
                series: vec![
                    series("others", [50; 6], Stroke::Dashed, Marker::Square),
                    series("others", [60; 6], Stroke::Dotted, Marker::Triangle),
                ],
                ..Extras::default()
            },
            "two series have the key \"others\"",
        ),
    ];
    for (extras, message) in cases {
        assert_eq!(draw(&extras), Err(ChartError(message.to_owned())));
        let file = chart::draw_standalone_with(
            &spokes(SCORES),
            &extras,
            LABEL,
            &ChartStyle::default(),
            560,
        );
        assert_eq!(file, Err(ChartError(message.to_owned())));
    }
    assert!(ChartError("x".into()).to_string().ends_with(": x"));
}

#[test]
fn scores_above_100_are_drawn_at_100() {
    let extras = |high: u8| Extras {
        series: vec![series(
            "s",
            [high, 50, 50, 50, 50, 50],
            Stroke::Dashed,
            Marker::Circle,
        )],
        band: Some(vec![
            (high, 20),
            (10, high),
            (10, 20),
            (10, 20),
            (10, 20),
            (10, 20),
        ]),
        outlines: vec![vec![high, 50, 50, 50, 50, 50]],
    };
    assert_eq!(draw(&extras(255)), draw(&extras(100)));
    assert_eq!(draw(&extras(101)), draw(&extras(100)));
    assert_ne!(draw(&extras(99)), draw(&extras(100)));
}

#[test]
fn the_file_has_every_layer_but_no_classes_or_data_attributes() {
    let style = ChartStyle::default();
    let file =
        chart::draw_standalone_with(&spokes(SCORES), &everything(), LABEL, &style, 720).unwrap();
    assert!(!file.contains("class="), "no classes");
    assert!(!file.contains("data-"), "no test hooks");
    assert!(!file.contains("style="), "no inline styles");
    assert!(!file.contains("others"), "no series key");
    // Background, sectors, grid, outlines, band, score, 2 series, ring values, labels.
    assert_eq!(file.matches("<g>").count(), 10);
    assert_eq!(file.matches("<g").count(), 10);
    let screen = chart::draw_with(&spokes(SCORES), &everything(), LABEL, &style, 720).unwrap();
    // The same elements as on screen, after the file's own background.
    assert_eq!(bodies(&file)[1..], bodies(&screen)[..]);
}

#[test]
fn the_series_colours_are_read_from_the_page_after_the_others() {
    let props = chart::COLOUR_PROPERTIES;
    assert_eq!(props.len(), 8);
    assert_eq!(props[5], "--pr-surface", "the earlier order kept");
    assert_eq!(props[6..], ["--pr-chart-others", "--pr-chart-earlier"]);
    let style = ChartStyle::from_page(None, |name| match name {
        "--pr-chart-others" => Some(RGBAColor(1, 2, 3, 1.0)),
        "--pr-chart-earlier" => Some(RGBAColor(4, 5, 6, 0.5)),
        _ => None,
    });
    assert_eq!(style.others, RGBAColor(1, 2, 3, 1.0));
    assert_eq!(style.earlier, RGBAColor(4, 5, 6, 0.5));
    assert_eq!(style.score, ChartStyle::default().score);
}

/// The WCAG contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    };
    let (x, y) = (luminance(a) + 0.05, luminance(b) + 0.05);
    x.max(y) / x.min(y)
}

#[test]
fn the_series_colours_reach_3_to_1_on_the_surface_and_tints_in_both_themes() {
    let tokens = include_str!("../../../styles/tokens.css");
    let dark_at = tokens.find("prefers-color-scheme: dark").unwrap();
    let (light, dark) = tokens.split_at(dark_at);
    let token = |block: &str, name: &str| -> String {
        let at = block
            .find(&format!("{name}: #"))
            .unwrap_or_else(|| panic!("no {name}"));
        block[at + name.len() + 2..at + name.len() + 9].to_owned()
    };
    let d = ChartStyle::default();
    let lower = |c: RGBAColor| hex(c).to_lowercase();
    assert_eq!(token(light, "--pr-chart-others"), lower(d.others));
    assert_eq!(token(light, "--pr-chart-earlier"), lower(d.earlier));
    for (block, backgrounds) in [
        (
            light,
            ["--pr-surface", "--pr-inside-soft", "--pr-outside-soft"],
        ),
        (
            dark,
            ["--pr-surface", "--pr-inside-soft", "--pr-outside-soft"],
        ),
    ] {
        for series in ["--pr-chart-others", "--pr-chart-earlier"] {
            let colour = token(block, series);
            for background in backgrounds {
                let ratio = contrast(&colour, &token(block, background));
                assert!(
                    ratio >= 3.0,
                    "{series} {colour} on {background}: {ratio:.2}"
                );
            }
            // Told apart from the score by hue, not by being faint.
            assert_ne!(colour, token(block, "--pr-primary"));
        }
    }
}

/// The dark theme's tokens (styles/tokens.css), for looking at the charts.
fn dark() -> ChartStyle {
    let c = |hex: u32| RGBAColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8, 1.0);
    ChartStyle {
        ink: c(0xe8ecf2),
        grid: c(0x6b7a90),
        inside: c(0x163e3b),
        outside: c(0x46321c),
        score: c(0x9db2ff),
        surface: c(0x1b2435),
        others: c(0xf6a65a),
        earlier: c(0xb6c2d4),
        ..ChartStyle::default()
    }
}

/// A team of `people` scattered round a profile, its mean and its band.
fn team(people: usize) -> (Vec<u8>, Extras) {
    let mut rng = fastrand::Rng::with_seed(7);
    let profile = [62.0, 74.0, 48.0, 55.0, 36.0, 58.0];
    let outlines: Vec<Vec<u8>> = (0..people)
        .map(|_| {
            profile
                .iter()
                .map(|p| {
                    let noise: f64 = (0..4).map(|_| rng.f64() - 0.5).sum::<f64>() * 22.0;
                    (p + noise).clamp(0.0, 100.0).round() as u8
                })
                .collect()
        })
        .collect();
    let mean = (0..6)
        .map(|g| {
            let sum: usize = outlines.iter().map(|o| usize::from(o[g])).sum();
            (sum as f64 / people as f64).round() as u8
        })
        .collect();
    let band = (0..6)
        .map(|g| {
            let column = outlines.iter().map(|o| o[g]);
            (column.clone().min().unwrap(), column.max().unwrap())
        })
        .collect();
    let extras = Extras {
        band: Some(band),
        outlines,
        ..Extras::default()
    };
    (mean, extras)
}

/// Writes the overlay and team charts to /tmp/radar-preview for a person to
/// look at: `cargo test -p partner-radar-core --test chart_layers -- --ignored`.
#[test]
#[ignore]
fn write_previews() {
    let dir = std::path::Path::new("/tmp/radar-preview");
    std::fs::create_dir_all(dir).unwrap();
    let (mean, team) = team(500);
    let mut mean_spokes = spokes(SCORES);
    for (s, m) in mean_spokes.iter_mut().zip(&mean) {
        s.score = *m;
    }
    for (theme, style) in [("light", ChartStyle::default()), ("dark", dark())] {
        let overlays = overlays_in(&style, [78, 70, 30, 22, 50, 40], [50, 88, 18, 12, 22, 72]);
        // Every stroke and marker, the spare diamond too.
        let markers = Extras {
            series: vec![
                series(
                    "circle",
                    [90, 30, 60, 45, 70, 20],
                    Stroke::Solid,
                    Marker::Circle,
                ),
                series(
                    "square",
                    [40, 55, 85, 70, 15, 60],
                    Stroke::Dashed,
                    Marker::Square,
                ),
                series(
                    "triangle",
                    [20, 80, 35, 90, 45, 85],
                    Stroke::Dotted,
                    Marker::Triangle,
                ),
                Series {
                    colour: style.earlier,
                    ..series(
                        "diamond",
                        [70, 95, 10, 25, 95, 45],
                        Stroke::Solid,
                        Marker::Diamond,
                    )
                },
            ],
            ..Extras::default()
        };
        for width in [360, 1280] {
            let charts = [
                ("overlay", spokes(SCORES), &overlays),
                ("team", mean_spokes.clone(), &team),
                ("markers", spokes(SCORES), &markers),
            ];
            for (name, spokes, extras) in charts {
                let svg =
                    chart::draw_standalone_with(&spokes, extras, LABEL, &style, width).unwrap();
                std::fs::write(dir.join(format!("{name}-{theme}-{width}.svg")), svg).unwrap();
            }
        }
    }
}
