//! Validates question bank files and prints every problem found.
//!
//! Usage: `cargo run --bin check-bank -- path/to/bank.json [more.json …]`
//! Exits 0 when every file is valid, 1 when any has problems, 2 on misuse.

use std::process::ExitCode;

use partner_radar::domain::load_bank;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: check-bank BANK.json [BANK.json …]");
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
            Ok(bank) => println!(
                "{path}: ok ({} groups, {} questions)",
                bank.groups.len(),
                bank.questions.len()
            ),
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
