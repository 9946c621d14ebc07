//! `bench-radar [draws]` (see `partner_radar_tools::bench_radar`).

fn main() {
    partner_radar_tools::bench_radar::main();
}
