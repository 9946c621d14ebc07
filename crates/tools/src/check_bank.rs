//! Validates question bank files and prints every problem found; with
//! `--audit`, also prints how easy each valid bank's top options are to spot
//! without the model (see `partner_radar_core::domain::audit`).
//!
//! Usage: `cargo run --bin check-bank -- [--audit] path/to/bank.json [more.json …]`
//! Exits 0 when every file is valid (audit warnings included), 1 when any has
//! problems, 2 on misuse.

use std::process::ExitCode;

use partner_radar_core::domain::audit::audit;
use partner_radar_core::domain::bank::DEFAULT_CANDOUR_THRESHOLD;
use partner_radar_core::domain::{load_bank, Bank};

const USAGE: &str = "usage: check-bank [--audit] BANK.json [BANK.json …]";

/// The program: checks the banks named on the command line.
pub fn main() -> ExitCode {
    let mut run_audit = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--audit" => run_audit = true,
            "-h" | "--help" => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            // An unknown flag is more likely a typo than a file name.
            flag if flag.starts_with("--") => {
                eprintln!("check-bank: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                println!("{path}: cannot read: {e}");
                ok = false;
                continue;
            }
        };
        match load_bank(&text) {
            Ok(bank) => {
                println!(
                    "{path}: ok ({} groups, {} questions)",
                    bank.groups.len(),
                    bank.questions.len()
                );
                println!("{path}: {}", candour_line(&bank));
                if run_audit {
                    println!("{path}: cue audit");
                    print!("{}", audit(&bank));
                }
            }
            Err(problems) => {
                ok = false;
                println!("{path}: {} problem(s)", problems.len());
                for p in problems {
                    println!("  {p}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What the bank sets for the candour signal on the results.
fn candour_line(bank: &Bank) -> String {
    let default = if bank.candour_threshold == DEFAULT_CANDOUR_THRESHOLD {
        " (the default)"
    } else {
        ""
    };
    format!(
        "candour signal when {}% or more of a person's answers score highest{default}",
        bank.candour_threshold
    )
}
