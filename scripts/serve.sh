#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app on http://127.0.0.1:8080
# (release build, rebuilt on every change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release "$@"
