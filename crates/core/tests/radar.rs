#![cfg(not(target_arch = "wasm32"))]
//! Radar geometry: spokes from the top, clockwise; vertices and rings at the
//! right radii; per-spoke sectors; and a layout that fits every label.

use partner_radar_core::domain::radar::{
    layout, Label, Layout, Point, Radar, Rect, EDGE, MAX_RADIUS, RING_VALUES, VALUE_GAP,
};

const EPS: f64 = 1e-9;

fn radar() -> Radar {
    Radar {
        centre: Point { x: 200.0, y: 150.0 },
        radius: 100.0,
        spokes: 6,
    }
}

#[test]
fn first_spoke_points_straight_up() {
    let end = radar().spoke_end(0);
    assert!(
        (end.x - 200.0).abs() < EPS && (end.y - 50.0).abs() < EPS,
        "{end:?}"
    );
}

#[test]
fn spokes_run_clockwise_sixty_degrees_apart() {
    let r = radar();
    // Clockwise on screen: the second spoke is up and to the right.
    let second = r.spoke_end(1);
    assert!(second.x > 200.0 && second.y < 150.0);
    assert!((second.x - (200.0 + 100.0 * 60f64.to_radians().sin())).abs() < EPS);
    // The fourth spoke points straight down.
    let fourth = r.spoke_end(3);
    assert!((fourth.x - 200.0).abs() < EPS && (fourth.y - 250.0).abs() < EPS);
    // The sixth is up and to the left.
    let sixth = r.spoke_end(5);
    assert!(sixth.x < 200.0 && sixth.y < 150.0);
    for i in 0..6 {
        assert!((r.spoke_end(i).distance(r.centre) - 100.0).abs() < EPS);
    }
}

#[test]
fn vertices_sit_at_score_fractions_of_the_radius() {
    let r = radar();
    let scores = [0, 25, 50, 75, 100, 120];
    let v = r.vertices(&scores);
    assert_eq!(v.len(), 6);
    for (i, expected) in [0.0, 25.0, 50.0, 75.0, 100.0, 100.0].iter().enumerate() {
        assert!(
            (v[i].distance(r.centre) - expected).abs() < EPS,
            "vertex {i}"
        );
    }
    // Each vertex lies on its own spoke.
    let on_spoke = r.along(2, 0.5);
    assert!(on_spoke.distance(v[2]) < EPS);
}

#[test]
fn rings_are_at_25_50_75_100() {
    let r = radar();
    assert_eq!(RING_VALUES, [25, 50, 75, 100]);
    let radii: Vec<f64> = RING_VALUES.iter().map(|v| r.ring_radius(*v)).collect();
    assert_eq!(radii, vec![25.0, 50.0, 75.0, 100.0]);
}

#[test]
fn arcs_run_between_their_angles_at_the_given_radius() {
    let r = radar();
    let arc = r.arc(0.0, std::f64::consts::PI, 1.0, 4);
    assert_eq!(arc.len(), 5);
    assert!(arc.first().unwrap().distance(r.spoke_end(0)) < EPS);
    assert!(arc.last().unwrap().distance(r.spoke_end(3)) < EPS);
    assert!(arc
        .iter()
        .all(|p| (p.distance(r.centre) - 100.0).abs() < EPS));
}

#[test]
fn sectors_follow_each_spokes_own_kind_in_any_order() {
    use std::f64::consts::{PI, TAU};
    let r = radar();
    let half = PI / 6.0;
    // Alternating: one sector per spoke, each a step wide, each the kind
    // of the spoke it holds.
    let kinds = ['i', 'o', 'i', 'o', 'i', 'o'];
    let alternating = r.sectors(&kinds);
    assert_eq!(alternating.len(), 6);
    for (kind, from, to) in &alternating {
        assert!((to - from - 2.0 * half).abs() < 1e-9);
        let i = (((from + to) / 2.0).rem_euclid(TAU) / (2.0 * half)).round() as usize % 6;
        assert_eq!(*kind, kinds[i], "sector around spoke {i}");
    }
    // Neighbours of a kind merge, across the top as well.
    let grouped = r.sectors(&['o', 'i', 'i', 'i', 'o', 'o']);
    assert_eq!(grouped.len(), 2);
    assert_eq!(grouped[0].0, 'i');
    assert!((grouped[0].1 - (r.angle(1) - half)).abs() < 1e-9);
    assert!((grouped[0].2 - (r.angle(3) + half)).abs() < 1e-9);
    assert_eq!(grouped[1].0, 'o');
    assert!((grouped[1].2 - grouped[1].1 - 3.0 * 2.0 * half).abs() < 1e-9);
    // Together the sectors go once round.
    for sectors in [&alternating, &grouped] {
        let total: f64 = sectors.iter().map(|(_, from, to)| to - from).sum();
        assert!((total - TAU).abs() < 1e-9);
    }
    // One kind all round is a single full circle; no spokes, no sectors.
    let one = r.sectors(&['i'; 6]);
    assert_eq!(one.len(), 1);
    assert!((one[0].2 - one[0].1 - TAU).abs() < 1e-9);
    assert!(r.sectors::<char>(&[]).is_empty());
}

fn six(width: u32) -> Layout {
    let labels: Vec<Label> = [
        ("Direct reports", 64),
        ("Co-workers", 100),
        ("Managers", 7),
        ("Customers", 0),
        ("Suppliers", 33),
        ("Competitors", 58),
    ]
    .iter()
    .map(|(name, score)| Label::new(name, *score))
    .collect();
    layout(width, &labels)
}

#[test]
fn each_label_is_the_name_then_the_score_in_bold() {
    let label = Label::new("Direct reports", 64);
    let lines: Vec<(&str, bool)> = label
        .lines
        .iter()
        .map(|l| (l.text.as_str(), l.bold))
        .collect();
    assert_eq!(lines, [("Direct", false), ("reports", false), ("64", true)]);
    assert_eq!(Label::new("Competitors", 0).lines.len(), 2);
}

#[test]
fn the_chart_is_drawn_large_at_every_width() {
    for (width, min_radius) in [
        (300, 65.0),
        (312, 75.0),
        (328, 75.0),
        (480, 170.0),
        (560, 170.0),
        (720, 170.0),
        (1000, 170.0),
    ] {
        let l = six(width);
        assert!(
            l.radar.radius >= min_radius,
            "{width}: r = {}",
            l.radar.radius
        );
        assert!(l.radar.radius <= f64::from(MAX_RADIUS));
        assert!(l.label_px >= 14.0 && l.value_px >= 13.0, "{width}");
        assert_eq!(l.width, width);
    }
}

#[test]
fn every_box_stays_inside_and_apart_at_every_width() {
    for width in [300, 328, 480, 560, 720, 1000] {
        let l = six(width);
        let boxes: Vec<Rect> = l
            .labels
            .iter()
            .map(|p| p.bounds)
            .chain(l.ring_values.iter().map(|v| v.bounds))
            .collect();
        assert_eq!(boxes.len(), l.labels.len() + l.ring_values.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.within(f64::from(l.width), f64::from(l.height)),
                "{width}: {a:?}"
            );
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{width}: {a:?} and {b:?}");
            }
        }
        // The height is what the content needs: the top label touches the top
        // edge's margin and the bottom label the bottom's.
        let top = boxes.iter().map(|b| b.top).fold(f64::MAX, f64::min);
        let bottom = boxes.iter().map(|b| b.bottom).fold(f64::MIN, f64::max);
        assert!(top <= EDGE + 1.0, "{width}: {top}");
        assert!(f64::from(l.height) - bottom <= EDGE + 1.0, "{width}");
    }
}

#[test]
fn ring_values_never_crowd_each_other_or_the_labels_at_any_width() {
    for width in 280..=2000 {
        let l = six(width);
        let values: Vec<u8> = l.ring_values.iter().map(|v| v.value).collect();
        assert!(
            values == RING_VALUES || values == [50, 100],
            "{width}: every ring's value, or every other one: {values:?}"
        );
        if width >= 400 {
            assert_eq!(values, RING_VALUES, "{width}: room for all four");
        }
        // As drawn: each box rounded out to whole pixels.
        let drawn: Vec<Rect> = l
            .ring_values
            .iter()
            .map(|v| Rect {
                left: v.bounds.left.floor(),
                top: v.bounds.top.floor(),
                right: v.bounds.right.ceil(),
                bottom: v.bounds.bottom.ceil(),
            })
            .collect();
        for (i, a) in drawn.iter().enumerate() {
            for b in &drawn[i + 1..] {
                assert!(
                    !a.grown(VALUE_GAP / 2.0 - 1.0).overlaps(b),
                    "{width}: {a:?} and {b:?} crowd each other"
                );
            }
            for label in &l.labels {
                assert!(!a.overlaps(&label.bounds), "{width}: {a:?} on a label");
            }
        }
    }
}

#[test]
fn ring_values_sit_on_their_rings_between_the_first_two_spokes() {
    let l = six(560);
    let r = l.radar;
    let bisector = std::f64::consts::PI / 6.0;
    assert_eq!(
        l.ring_values.iter().map(|v| v.value).collect::<Vec<_>>(),
        RING_VALUES
    );
    for v in &l.ring_values {
        assert!(
            v.centre
                .distance(r.at(bisector, f64::from(v.value) / 100.0))
                < EPS
        );
        assert!(v.bounds.left < v.centre.x && v.centre.x < v.bounds.right);
        assert!(v.bounds.bottom - v.bounds.top >= l.value_px);
    }
}

#[test]
fn a_narrow_width_still_gives_a_whole_chart() {
    let l = six(120);
    assert_eq!(
        l.radar.radius,
        f64::from(partner_radar_core::domain::radar::MIN_RADIUS)
    );
    assert!(
        l.width > 120,
        "the drawing widens and the page scales it down"
    );
    for p in &l.labels {
        assert!(p.bounds.within(f64::from(l.width), f64::from(l.height)));
    }
}

#[test]
fn other_spoke_counts_fit_too() {
    for spokes in [3, 4, 5, 8] {
        let labels: Vec<Label> = (0..spokes)
            .map(|i| Label::new(&format!("Group {i}"), 50))
            .collect();
        for width in [328, 720] {
            let l = layout(width, &labels);
            assert_eq!(l.labels.len(), spokes);
            let c = l.radar.centre;
            for (i, p) in l.labels.iter().enumerate() {
                let b = p.bounds;
                assert!(b.within(f64::from(l.width), f64::from(l.height)));
                let nearest =
                    (c.x.clamp(b.left, b.right) - c.x).hypot(c.y.clamp(b.top, b.bottom) - c.y);
                assert!(
                    nearest >= l.radar.radius,
                    "{spokes}/{width}: label {i} crosses the ring"
                );
                for q in &l.labels[i + 1..] {
                    assert!(!b.overlaps(&q.bounds), "{spokes}/{width}: labels overlap");
                }
            }
        }
    }
}
