#!/bin/sh
# Writes dist-single/partner-radar.html: the whole app in one self-contained
# file (wasm, JS, CSS and icon inlined) that opens from file:// with nothing
# served, for machines that cannot serve dist/. See "One file" in README.md.
#
#   scripts/build-single.sh              sets up what is missing, runs
#                                        `trunk build --release`, then inlines dist/
#   scripts/build-single.sh --no-build   inlines the dist/ already built
set -eu
cd "$(dirname "$0")/.."
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build-single.sh: unknown argument $arg (only --no-build)" >&2; exit 2 ;;
  esac
done
if [ "$build" = 1 ]; then
  scripts/setup.sh
  export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  trunk build --release
fi
[ -f dist/index.html ] || { echo "build-single.sh: no dist/index.html; run without --no-build" >&2; exit 1; }
node scripts/single-file.mjs dist dist-single/partner-radar.html
