//! Benchmark (prints numbers, asserts nothing): how long the radar takes to
//! draw, `chart::draw` from six scores to the finished SVG text, in a native
//! release build. The app runs the same code as wasm, typically within about
//! twice native time. Goal: under 2 ms. Then a workshop's team radar,
//! `chart::draw_with` the mean, the band and 500 people's outlines. Goal: well
//! under 100 ms.
//!
//! Usage: `cargo run --release --bin bench-radar [draws=2000]`

/// The program: times the draws and prints the quantiles.
pub fn main() {
    use partner_radar_core::chart::{self, draw, draw_with, ChartStyle, Extras};
    use partner_radar_core::domain::bank::BUILT_IN_BANK_JSON;
    use partner_radar_core::domain::load_bank;
    use std::time::Instant;

    let draws: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let bank = load_bank(BUILT_IN_BANK_JSON).expect("the built-in bank is valid");
    let style = ChartStyle::default();
    for width in [320_u32, 600, 900, 1280] {
        let times: Vec<f64> = (0..draws)
            .map(|i| {
                let spokes = chart::spokes(
                    &bank,
                    (0..bank.groups.len()).map(|g| ((i * 7 + g * 23) % 101) as u8),
                );
                let start = Instant::now();
                let svg = draw(&spokes, "Radar chart", &style, width).expect("a chart");
                let took = start.elapsed().as_secs_f64() * 1000.0;
                std::hint::black_box(svg);
                took
            })
            .collect();
        report(&format!("radar at {width:>4} px"), times);
    }

    // A team of 500, each score spread round its group's own middle.
    const PEOPLE: usize = 500;
    let outlines: Vec<Vec<u8>> = (0..PEOPLE)
        .map(|p| {
            (0..bank.groups.len())
                .map(|g| (30 + g * 7 + (p * 37 + g * 53) % 41) as u8)
                .collect()
        })
        .collect();
    let spokes = chart::spokes(
        &bank,
        (0..bank.groups.len())
            .map(|g| (outlines.iter().map(|o| usize::from(o[g])).sum::<usize>() / PEOPLE) as u8),
    );
    let band = (0..spokes.len())
        .map(|g| {
            let column = outlines.iter().map(|o| o[g]);
            (column.clone().min().unwrap_or(0), column.max().unwrap_or(0))
        })
        .collect();
    let extras = Extras {
        band: Some(band),
        outlines,
        ..Extras::default()
    };
    let team_draws = (draws / 10).max(20);
    for width in [360_u32, 1280] {
        let times: Vec<f64> = (0..team_draws)
            .map(|_| {
                let start = Instant::now();
                let svg =
                    draw_with(&spokes, &extras, "Team radar", &style, width).expect("a chart");
                let took = start.elapsed().as_secs_f64() * 1000.0;
                std::hint::black_box(svg);
                took
            })
            .collect();
        report(
            &format!("team radar ({PEOPLE} outlines, band, mean) at {width:>4} px"),
            times,
        );
    }
}

/// Prints the median, 95th percentile and slowest of `times` (ms).
fn report(what: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "{what}: median {:.3} ms, p95 {:.3} ms, max {:.3} ms ({} draws)",
        at(0.5),
        at(0.95),
        at(1.0),
        times.len()
    );
}
