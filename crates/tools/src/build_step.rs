//! The shared start of the build-time tools that Trunk's hooks run (the
//! social image, the icons, the prerendered welcome screen): each takes one
//! path and either succeeds or says why.

use std::process::ExitCode;

/// Runs `step` on the tool's one argument. Without the argument it prints the
/// usage and exits 2; when the step fails, it prints `name: why` and exits 1.
pub fn run(name: &str, argument: &str, step: impl FnOnce(&str) -> Result<(), String>) -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: {name} {argument}");
        return ExitCode::from(2);
    };
    match step(&path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}
