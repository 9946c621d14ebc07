#![cfg(not(target_arch = "wasm32"))]
//! The radar SVG: accessible, drawn at the width it is shown at, with named and
//! scored labels, rings and ring values above the score, a tint per spoke, the
//! style's colours written in, and a standalone file for download.

mod common;

use common::chart::{attr, hex, spokes};
use partner_radar_core::chart::{self, ChartStyle, RGBAColor, Spoke};
use partner_radar_core::domain::radar::text_width;
use partner_radar_core::domain::Side;

const WIDTHS: [u32; 6] = [300, 328, 480, 560, 720, 1000];

fn draw(spokes: &[Spoke], width: u32) -> String {
    chart::draw(
        spokes,
        "Radar chart of <your> scores",
        &ChartStyle::default(),
        width,
    )
    .unwrap()
}

fn svg(scores: [u8; 6]) -> String {
    draw(&spokes(scores), 560)
}

/// The contents of the layer `<g class="name">…</g>`.
fn layer<'a>(svg: &'a str, name: &str) -> &'a str {
    let start = svg
        .find(&format!("<g class=\"{name}\">"))
        .unwrap_or_else(|| panic!("no layer {name}"));
    let end = svg[start..].find("</g>").unwrap() + start;
    &svg[start..end]
}

fn num(element: &str, name: &str) -> f64 {
    attr(element, name).parse().unwrap()
}

/// The root `<svg …>` tag.
fn root(svg: &str) -> &str {
    let start = svg.find("<svg").unwrap();
    &svg[start..start + svg[start..].find('>').unwrap()]
}

/// Every `<text>` element as (its opening tag, its text).
fn texts(svg: &str) -> Vec<(&str, &str)> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let (tag, rest) = t.split_once('>').unwrap();
            (tag, rest.split('<').next().unwrap().trim())
        })
        .collect()
}

const fn rgb(r: u8, g: u8, b: u8) -> RGBAColor {
    RGBAColor(r, g, b, 1.0)
}

#[test]
fn svg_is_an_accessible_image_named_as_a_radar() {
    let s = svg([10, 20, 30, 40, 50, 60]);
    assert!(s.starts_with("<svg "));
    assert!(s.ends_with("</svg>"));
    let r = root(&s);
    assert!(r.contains("class=\"radar-chart\""));
    assert!(r.contains("role=\"img\""));
    assert!(r.contains("aria-label=\"Radar chart of &lt;your&gt; scores\""));
    let layout = chart::layout(&spokes([0; 6]), 560);
    assert_eq!(
        attr(r, "viewBox"),
        format!("0 0 {} {}", layout.width, layout.height)
    );
    assert_eq!(chart::svg_size(&s), Some((layout.width, layout.height)));
    assert!(!s.contains("style="), "inline styles break a strict CSP");
    // One root element only: the layers' own <svg> wrappers are gone.
    assert_eq!(s.matches("<svg").count(), 1);
}

#[test]
fn it_is_drawn_at_the_width_it_is_shown_at() {
    for width in WIDTHS {
        let s = draw(&spokes([50; 6]), width);
        let r = root(&s);
        assert_eq!(num(r, "width"), f64::from(width));
        assert_eq!(
            attr(r, "viewBox").split(' ').nth(2),
            Some(&*width.to_string())
        );
        let radius = num(r, "data-radius");
        let height = num(r, "height");
        // No band of empty space: the height is the rings plus a label above and below.
        assert!(
            height < 2.0 * radius + 140.0,
            "{width}: {height} for r {radius}"
        );
        match width {
            328 => assert!(2.0 * radius >= 150.0, "r = {radius}"),
            w if w >= 480 => assert!(radius >= 170.0, "{w}: r = {radius}"),
            _ => {}
        }
    }
}

#[test]
fn every_label_shows_the_group_name_and_its_score() {
    let s = svg([64, 100, 7, 0, 33, 58]);
    let labels = texts(layer(&s, "radar-labels"));
    let words: Vec<&str> = labels.iter().map(|(_, text)| *text).collect();
    assert_eq!(
        words,
        [
            "Direct",
            "reports",
            "64",
            "Co-workers",
            "100",
            "Managers",
            "7",
            "Customers",
            "0",
            "Suppliers",
            "33",
            "Competitors",
            "58"
        ],
        "Direct reports wraps onto two lines; each name is followed by its score"
    );
    for (tag, text) in &labels {
        let bold = tag.contains("font-weight=\"bold\"");
        assert_eq!(
            bold,
            text.parse::<u8>().is_ok(),
            "only scores are bold: {text}"
        );
    }
}

#[test]
fn text_is_at_least_14_px_for_labels_and_13_for_ring_values() {
    for width in WIDTHS {
        let s = draw(&spokes([50; 6]), width);
        for (tag, text) in texts(layer(&s, "radar-labels")) {
            assert!(num(tag, "font-size") >= 14.0, "{width}: {text}");
        }
        for (tag, text) in texts(layer(&s, "radar-ring-values")) {
            assert!(num(tag, "font-size") >= 13.0, "{width}: {text}");
        }
    }
}

#[test]
fn rings_sit_at_25_50_75_100() {
    let s = svg([0; 6]);
    let r = num(root(&s), "data-radius");
    let grid = layer(&s, "radar-grid");
    let radii: Vec<f64> = grid.split("<circle").skip(1).map(|c| num(c, "r")).collect();
    let expected: Vec<f64> = [0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|f| (r * f).round())
        .collect();
    assert_eq!(radii, expected);
    assert_eq!(grid.matches("<polyline").count(), 6, "six spokes");
}

#[test]
fn ring_values_sit_above_the_score_shape_on_surface_boxes_along_one_line() {
    let s = svg([100; 6]);
    let score_at = s.find("<g class=\"radar-score\">").unwrap();
    let values_at = s.find("<g class=\"radar-ring-values\">").unwrap();
    assert!(
        values_at > score_at,
        "drawn after, so on top of, the score shape"
    );
    let values = layer(&s, "radar-ring-values");
    let numbers: Vec<&str> = texts(values).iter().map(|(_, t)| *t).collect();
    assert_eq!(numbers, ["25", "50", "75", "100"]);
    let boxes: Vec<&str> = values.split("<rect").skip(1).collect();
    assert_eq!(boxes.len(), 4, "a box behind each number");
    for b in &boxes {
        assert_eq!(attr(b, "fill"), hex(ChartStyle::default().surface));
    }
    // All placed the same way: on one straight line out from the centre.
    let r = root(&s);
    let (cx, cy) = (num(r, "data-cx"), num(r, "data-cy"));
    let angles: Vec<f64> = texts(values)
        .iter()
        .map(|(tag, _)| (num(tag, "x") - cx).atan2(cy - num(tag, "y")))
        .collect();
    for a in &angles {
        assert!((a - angles[3]).abs() < 0.15, "{angles:?}");
    }
    // No ring value in the grid layer any more.
    assert!(texts(layer(&s, "radar-grid")).is_empty());
}

#[test]
fn score_polygon_vertices_are_at_the_score_radii() {
    let scores = [100, 75, 50, 25, 0, 60];
    let s = svg(scores);
    let r = root(&s);
    let (cx, cy, radius) = (num(r, "data-cx"), num(r, "data-cy"), num(r, "data-radius"));
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
    for (i, (x, y)) in points.iter().enumerate() {
        let distance = (x - cx).hypot(y - cy);
        let expected = radius * f64::from(scores[i]) / 100.0;
        assert!(
            (distance - expected).abs() <= 1.0,
            "vertex {i}: {distance} vs {expected}"
        );
    }
    assert_eq!(score.matches("<circle").count(), 6, "a dot per vertex");
}

/// The sector fills and each sector's middle angle (radians clockwise from up).
fn sectors(svg: &str) -> Vec<(String, f64)> {
    let r = root(svg);
    let (cx, cy) = (num(r, "data-cx"), num(r, "data-cy"));
    layer(svg, "radar-sectors")
        .split("<polygon")
        .skip(1)
        .map(|p| {
            let points: Vec<(f64, f64)> = attr(p, "points")
                .split_whitespace()
                .skip(1) // the centre
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            let (x, y) = points[points.len() / 2];
            let angle = (x - cx).atan2(cy - y).rem_euclid(std::f64::consts::TAU);
            (attr(p, "fill").to_owned(), angle)
        })
        .collect()
}

#[test]
fn each_spoke_is_tinted_by_its_own_side_in_any_order() {
    let style = ChartStyle::default();
    let (inside, outside) = (hex(style.inside), hex(style.outside));
    // A bank whose groups alternate sides.
    let sides = [
        Side::Inside,
        Side::Outside,
        Side::Inside,
        Side::Outside,
        Side::Inside,
        Side::Outside,
    ];
    let alternating: Vec<Spoke> = sides
        .iter()
        .enumerate()
        .map(|(i, side)| Spoke {
            name: format!("Group {i}"),
            side: *side,
            score: 50,
        })
        .collect();
    let s = draw(&alternating, 480);
    let found = sectors(&s);
    assert_eq!(found.len(), 6, "one sector per spoke");
    for (fill, angle) in &found {
        let spoke = (angle / (std::f64::consts::TAU / 6.0)).round() as usize % 6;
        let want = if sides[spoke] == Side::Inside {
            &inside
        } else {
            &outside
        };
        assert_eq!(fill, want, "sector around spoke {spoke}");
    }
    // The built-in order: the three inside groups share one shape, as do the outside ones.
    let built_in = sectors(&svg([50; 6]));
    let fills: Vec<&str> = built_in.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fills, [inside.as_str(), outside.as_str()]);
}

#[test]
fn the_style_colours_and_font_are_written_into_the_svg() {
    let style = ChartStyle {
        font_family: "Brand Sans, sans-serif".into(),
        ink: rgb(0x11, 0x22, 0x33),
        grid: rgb(0x44, 0x55, 0x66),
        inside: rgb(0x01, 0x02, 0x03),
        outside: rgb(0x04, 0x05, 0x06),
        score: rgb(0x7a, 0x1f, 0x5c),
        surface: rgb(0x10, 0x10, 0x10),
        others: rgb(0x21, 0x22, 0x23),
        earlier: rgb(0x24, 0x25, 0x26),
    };
    let s = chart::draw(&spokes([50; 6]), "Radar", &style, 480).unwrap();
    assert!(attr(root(&s), "font-family") == "Brand Sans, sans-serif");
    let polygon = layer(&s, "radar-score").split("<polygon").nth(1).unwrap();
    assert_eq!(attr(polygon, "fill"), "#7A1F5C");
    for (tag, _) in texts(&s) {
        assert_eq!(attr(tag, "fill"), "#112233");
        assert_eq!(attr(tag, "font-family"), "Brand Sans, sans-serif");
    }
    for c in layer(&s, "radar-grid").split("<circle").skip(1) {
        assert_eq!(attr(c, "stroke"), "#445566");
    }
    let fills: Vec<String> = sectors(&s).into_iter().map(|(f, _)| f).collect();
    assert_eq!(fills, ["#010203", "#040506"]);
    let boxes = layer(&s, "radar-ring-values");
    assert_eq!(
        attr(boxes.split("<rect").nth(1).unwrap(), "fill"),
        "#101010"
    );
}

#[test]
fn a_style_is_made_from_the_colours_the_page_resolved_with_defaults_for_missing_ones() {
    let d = ChartStyle::default();
    let style = ChartStyle::from_page(Some("  Georgia, serif "), |name| match name {
        "--pr-chart-score" => Some(rgb(0x7a, 0x1f, 0x5c)),
        "--pr-chart-inside" => Some(RGBAColor(1, 2, 3, 0.5)),
        _ => None,
    });
    assert_eq!(style.font_family, "Georgia, serif");
    assert_eq!(style.score, rgb(0x7a, 0x1f, 0x5c));
    assert_eq!(style.inside, RGBAColor(1, 2, 3, 0.5));
    assert_eq!(style.ink, d.ink, "not resolved: the default stays");
    assert_eq!(style.surface, d.surface);
    assert_eq!(ChartStyle::from_page(None, |_| None), d);
    assert_eq!(
        ChartStyle::from_page(Some(" "), |_| None),
        d,
        "a blank font"
    );
    assert!(chart::COLOUR_PROPERTIES.contains(&"--pr-chart-score"));
    assert_eq!(chart::FONT_PROPERTY, "--pr-font");
}

#[test]
fn a_colour_with_opacity_is_drawn_with_it() {
    let style = ChartStyle {
        score: RGBAColor(0x7a, 0x1f, 0x5c, 0.5),
        ..ChartStyle::default()
    };
    let s = chart::draw(&spokes([50; 6]), "Radar", &style, 480).unwrap();
    let score = layer(&s, "radar-score");
    let shape = score.split("<polygon").nth(1).unwrap();
    assert_eq!(
        num(shape, "opacity"),
        0.5 * 0.35,
        "the shape's own fading too"
    );
    let dot = score.split("<circle").nth(1).unwrap();
    assert_eq!(num(dot, "opacity"), 0.5);
    assert_eq!(attr(dot, "fill"), "#7A1F5C");
    assert_eq!(chart::to_css(style.score), "rgb(122 31 92 / 0.500)");
    assert_eq!(chart::to_css(rgb(0x7a, 0x1f, 0x5c)), "#7a1f5c");
}

#[test]
fn the_default_style_is_the_light_theme_tokens() {
    let tokens = include_str!("../../../styles/tokens.css");
    let d = ChartStyle::default();
    let light = &tokens[..tokens.find("prefers-color-scheme").unwrap_or(tokens.len())];
    for (token, colour) in [
        ("--pr-text", d.ink),
        ("--pr-chart-grid", d.grid),
        ("--pr-inside-soft", d.inside),
        ("--pr-outside-soft", d.outside),
        ("--pr-primary", d.score),
        ("--pr-surface", d.surface),
        ("--pr-chart-others", d.others),
        ("--pr-chart-earlier", d.earlier),
    ] {
        let want = format!("{token}: {};", hex(colour).to_lowercase());
        assert!(light.contains(&want), "tokens.css has no {want}");
    }
}

#[test]
fn labels_stay_inside_the_drawing_at_every_width() {
    for width in WIDTHS {
        let s = draw(&spokes([0; 6]), width);
        let r = root(&s);
        let (w, h) = (num(r, "width"), num(r, "height"));
        for (tag, text) in texts(layer(&s, "radar-labels")) {
            let (x, y) = (num(tag, "x"), num(tag, "y"));
            let size = num(tag, "font-size");
            let width_of = text_width(text, size, tag.contains("bold"));
            let (left, right) = match attr(tag, "text-anchor") {
                "start" => (x, x + width_of),
                "end" => (x - width_of, x),
                _ => (x - width_of / 2.0, x + width_of / 2.0),
            };
            assert!(
                left >= 0.0 && right <= w,
                "{width}: {text} spills sideways: {left}..{right}"
            );
            assert!(
                y >= 0.0 && y + size <= h,
                "{width}: {text} spills vertically at {y}"
            );
        }
    }
    assert_eq!(chart::wrap("Direct reports"), vec!["Direct", "reports"]);
    assert_eq!(chart::wrap("Competitors"), vec!["Competitors"]);
}

/// Checks that `xml` is one well-formed element tree (tags balanced and
/// properly nested, attributes quoted), after an optional XML declaration.
fn assert_well_formed(xml: &str) {
    let mut rest = xml.trim();
    if let Some(after) = rest.strip_prefix("<?xml") {
        rest = after[after.find("?>").expect("declaration ends") + 2..].trim_start();
    }
    let mut open: Vec<String> = Vec::new();
    let mut roots = 0;
    while let Some(lt) = rest.find('<') {
        assert!(
            !rest[..lt].contains('>') && !rest[..lt].contains('<'),
            "stray markup"
        );
        let gt = rest[lt..].find('>').expect("tag ends") + lt;
        let tag = &rest[lt + 1..gt];
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                open.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
        } else {
            let name = tag
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap();
            assert!(!name.is_empty(), "empty tag name");
            if open.is_empty() {
                roots += 1;
            }
            if !tag.ends_with('/') {
                open.push(name.to_owned());
            }
        }
        rest = &rest[gt + 1..];
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    assert!(rest.trim().is_empty(), "text after the root");
    assert_eq!(roots, 1, "one root element");
    for entity in xml.split('&').skip(1) {
        let name = &entity[..entity.find(';').expect("entity ends")];
        assert!(
            ["amp", "lt", "gt", "quot", "apos"].contains(&name),
            "&{name};"
        );
    }
}

#[test]
fn the_standalone_file_is_self_styled_xml_without_test_hooks() {
    let style = ChartStyle {
        score: rgb(0x7a, 0x1f, 0x5c),
        surface: rgb(0x12, 0x18, 0x24),
        ..ChartStyle::default()
    };
    let file = chart::draw_standalone(
        &spokes([64, 100, 7, 0, 33, 58]),
        "Radar & <scores>",
        &style,
        720,
    )
    .unwrap();
    assert!(file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert_well_formed(&file);
    let r = root(&file);
    assert!(r.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(r.contains(" font-family=\""), "the font is set on the root");
    assert_eq!(chart::svg_size(&file), Some((720, num(r, "height") as u32)));
    assert!(file.contains("<title>Radar &amp; &lt;scores&gt;</title>"));
    assert!(!file.contains("data-"), "no test hooks");
    assert!(!file.contains("class="), "no classes");
    assert!(!file.contains("style="), "no inline styles");
    // A background in the surface colour comes first, covering the whole picture.
    let first = &file[file.find("<rect").unwrap()..];
    assert!(file.find("<rect").unwrap() < file.find("<polygon").unwrap());
    assert_eq!(attr(first, "fill"), "#121824");
    assert_eq!(attr(first, "width"), "720");
    assert!(
        file.contains("fill=\"#7A1F5C\""),
        "the score colour is inlined"
    );
    // The same picture as on screen: six labels, their scores, four rings.
    assert_eq!(file.matches("font-weight=\"bold\"").count(), 6);
    assert_eq!(file.matches("<circle").count(), 4 + 6);
    let screen = chart::draw(&spokes([64, 100, 7, 0, 33, 58]), "Radar", &style, 720).unwrap();
    assert_eq!(texts(&screen), texts(&file));
}

#[test]
fn the_on_screen_svg_is_well_formed_too() {
    for width in WIDTHS {
        assert_well_formed(&draw(&spokes([64, 100, 7, 0, 33, 58]), width));
    }
}
