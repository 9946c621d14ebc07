//! `check-bank [--audit] BANK.json …` (see `partner_radar_tools::check_bank`).

fn main() -> std::process::ExitCode {
    partner_radar_tools::check_bank::main()
}
