#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test layer in order:
# format, clippy (native and wasm), native domain tests, browser component
# tests (wasm-bindgen-test in headless Chromium), the release build, the
# end-to-end suite against that build, and smoke tests of that build in Firefox
# ESR and WebKitGTK. Fails if any layer fails or runs no test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
logs=$(mktemp -d)
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Sums "N passed" from cargo's result lines; refuses a layer that ran nothing.
passed() {
  local n
  n=$(grep -aoE '^test result: ok\. [0-9]+ passed' "$1" | awk '{ s += $4 } END { print s + 0 }')
  if [ "$n" -eq 0 ]; then echo "no tests ran in $2" >&2; exit 1; fi
  echo "$n"
}

step "format"
cargo fmt --all --check

step "clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked -p partner-radar -p partner-radar-core --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain, flow, chart, check-bank)"
cargo test --locked --workspace 2>&1 | tee "$logs/native.txt"
native=$(passed "$logs/native.txt" "native tests")

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee "$logs/browser.txt"
browser=$(passed "$logs/browser.txt" "browser tests")

step "release build"
trunk build --release
scripts/build-single.sh --no-build

step "end-to-end tests (Playwright, headless Chromium, release dist/)"
playwright test --config e2e/playwright.config.mjs 2>&1 | tee "$logs/e2e.txt"
e2e=$(grep -aoE '^ +[0-9]+ passed' "$logs/e2e.txt" | awk '{ s += $1 } END { print s + 0 }')
if [ "$e2e" -eq 0 ]; then echo "no end-to-end tests ran" >&2; exit 1; fi

step "other engines (Firefox ESR, WebKitGTK)"
engines=0
for engine in firefox webkit; do
  node e2e/engines/smoke.mjs "$engine" 2>&1 | tee "$logs/engine-$engine.txt"
  grep -qx "smoke $engine: passed" "$logs/engine-$engine.txt"
  engines=$((engines + 1))
done

step "summary: native $native, browser $browser, end-to-end $e2e, other engines $engines"
echo "total: $((native + browser + e2e + engines)) passed, 0 failed"
