#!/usr/bin/env bash
# Fuzzes the link decoders with a million random and mutated payloads each:
# the share link's format 1 (tests/share_fuzz.rs), then invitations (#i=),
# replies (#v=) and the share link's format 2 (tests/links_fuzz.rs). Each
# case must decode to an error or to a valid value that encodes back to the
# same payload, never a panic. `cargo test` runs 20,000 of each; this runs
# the count the issue asks for, in release so it takes seconds. Prints the
# counts, the times and the outcomes. SHARE_FUZZ_CASES, SHARE_FUZZ_SEED,
# LINK_FUZZ_CASES and LINK_FUZZ_SEED override.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SHARE_FUZZ_CASES="${SHARE_FUZZ_CASES:-1000000}" \
  cargo test --release -p partner-radar-core --test share_fuzz -- --nocapture
LINK_FUZZ_CASES="${LINK_FUZZ_CASES:-1000000}" \
  cargo test --release -p partner-radar-core --test links_fuzz -- --nocapture
