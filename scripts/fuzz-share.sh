#!/usr/bin/env bash
# Fuzzes the share-link decoder with a million random and mutated payloads
# (tests/share_fuzz.rs), each of which must decode to an error or to a valid
# sheet, never a panic. `cargo test` runs 20,000 of them; this runs the count
# the issue asks for, in release so it takes seconds. Prints the count, the
# time and the outcomes. SHARE_FUZZ_CASES and SHARE_FUZZ_SEED override.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SHARE_FUZZ_CASES="${SHARE_FUZZ_CASES:-1000000}" \
  cargo test --release -p partner-radar-core --test share_fuzz -- --nocapture
