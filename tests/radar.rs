#![cfg(not(target_arch = "wasm32"))]
//! Radar geometry: spokes from the top, clockwise; vertices and rings at the right radii.

use partner_radar::domain::radar::{Point, Radar, RING_VALUES};

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
