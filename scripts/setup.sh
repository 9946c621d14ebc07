#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) Partner Radar.
# Idempotent: each tool is checked by version, and skipped when it is right.
# Everything comes from crates.io, npm or Debian: nothing else is reachable.
#
#   scripts/setup.sh          build tools: wasm target, trunk, wasm-bindgen, npm packages
#   scripts/setup.sh test     the same, plus Debian's chromium and chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine has
mode=${1:-build}
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 13 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $bindgen (about 5 minutes, once)"
  # Not --locked: that lock pins a webpki-roots release the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$bindgen"
fi

# npm packages (wasm-opt from binaryen, Playwright, axe-core) from the committed lock.
stamp=node_modules/.partner-radar-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if [ "$mode" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  browser=$(chromium --version | grep -oE '[0-9]+' | head -1)
  driver=$(chromedriver --version | grep -oE '[0-9]+' | head -1)
  if [ "$browser" != "$driver" ]; then
    say "chromium $browser and chromedriver $driver differ: reinstalling both"
    apt-get install -y -qq --reinstall chromium chromium-driver >/dev/null
  fi

  # The other engines' smoke tests: Firefox ESR (driven over WebDriver BiDi) and
  # WebKitGTK's WebDriver with its MiniBrowser, which needs Xvfb (no headless mode).
  missing=()
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
say "ready"
