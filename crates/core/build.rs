//! Build step: the built-in question bank as compact JSON.
//!
//! `content/bank.en-GB.json` stays indented for the people who write it; the
//! app embeds it re-written by serde_json without white space, which reads as
//! the same bank and is smaller in the wasm. See `BUILT_IN_BANK_JSON` in
//! `src/domain/bank.rs`. A bank that is not JSON at all fails the build here;
//! its rules are checked by `load_bank` (and `check-bank`).

use std::path::Path;
use std::{env, fs};

const BANK: &str = "../../content/bank.en-GB.json";

fn main() {
    println!("cargo:rerun-if-changed={BANK}");
    let json = fs::read_to_string(BANK).unwrap_or_else(|e| panic!("cannot read {BANK}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{BANK} is not JSON: {e}"));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bank.json");
    fs::write(&out, value.to_string()).unwrap_or_else(|e| panic!("cannot write {out:?}: {e}"));
}
