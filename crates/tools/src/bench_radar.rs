//! Benchmark (prints numbers, asserts nothing): how long the radar takes to
//! draw, `chart::draw` from six scores to the finished SVG text, in a native
//! release build. The app runs the same code as wasm, typically within about
//! twice native time. Goal: under 2 ms.
//!
//! Usage: `cargo run --release --bin bench-radar [draws=2000]`

/// The program: times the draws and prints the quantiles.
pub fn main() {
    use partner_radar_core::chart::{draw, ChartStyle, Spoke};
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
        let mut times: Vec<f64> = (0..draws)
            .map(|i| {
                let spokes: Vec<Spoke> = bank
                    .groups
                    .iter()
                    .enumerate()
                    .map(|(g, group)| Spoke {
                        name: group.name.clone(),
                        side: group.side,
                        score: ((i * 7 + g * 23) % 101) as u8,
                    })
                    .collect();
                let start = Instant::now();
                let svg = draw(&spokes, "Radar chart", &style, width).expect("a chart");
                let took = start.elapsed().as_secs_f64() * 1000.0;
                std::hint::black_box(svg);
                took
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        println!(
            "radar at {width:>4} px: median {:.3} ms, p95 {:.3} ms, max {:.3} ms ({draws} draws)",
            at(0.5),
            at(0.95),
            at(1.0)
        );
    }
}
