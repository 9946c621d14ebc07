//! Build step: the built-in question bank as compact JSON.
//!
//! `content/bank.en-GB.json` stays indented for the people who write it; the
//! app embeds a copy with the white space between tokens taken out (the text
//! inside strings untouched), which reads as the same bank and is smaller in
//! the wasm. See `BUILT_IN_BANK_JSON` in `src/domain/bank.rs`.

use std::path::Path;
use std::{env, fs};

const BANK: &str = "content/bank.en-GB.json";

fn main() {
    println!("cargo:rerun-if-changed={BANK}");
    let json = fs::read_to_string(BANK).unwrap_or_else(|e| panic!("cannot read {BANK}: {e}"));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bank.json");
    fs::write(&out, compact(&json)).unwrap_or_else(|e| panic!("cannot write {out:?}: {e}"));
}

/// `json` without JSON white space (space, tab, line feed, carriage return)
/// outside its strings.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    out
}
