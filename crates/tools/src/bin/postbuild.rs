//! Trunk's post-build step: `postbuild [--only STEP] DIST_DIR` (see
//! `partner_radar_tools::postbuild`).

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    partner_radar_tools::postbuild::main(&args)
}
