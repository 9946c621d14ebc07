#!/bin/sh
# Trunk post-build hook: writes dist/partner-radar.mjs, the stable, unhashed
# entry module, from web/partner-radar.mjs.in with the build's hashed file
# names. index.html loads the app through it (so the page needs no inline
# script under a strict CSP), and so can any host page.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
cd "$dir"
js=$(ls partner-radar-*.js | head -n 1)
wasm=$(ls partner-radar-*_bg.wasm | head -n 1)
# Every stylesheet, in index.html's order, but the standalone page's own frame (page-*.css).
css=$(grep -o 'href="\./[^"]*\.css"' index.html | sed 's/href="\.\///; s/"$//' | grep -v '^page-' | sed 's/.*/"&"/' | paste -sd, -)
# The comments below the header stay in the template: the module counts against the size budget.
sed -e "s|__JS__|./$js|" -e "s|__WASM__|./$wasm|" -e "s|__CSS__|[$css]|" \
  -e '/^[^/]/,${/^ *\/\//d;}' "$OLDPWD/web/partner-radar.mjs.in" > partner-radar.mjs
