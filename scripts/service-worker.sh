#!/bin/sh
# Trunk post-build hook, the last one: writes dist/sw.js, the service worker,
# from web/sw.js.in with the list of every file the build staged (but sw.js
# itself and social.png, which only link previews fetch), plus './', the
# scope's index, and a cache name made from a hash of those files' contents,
# so that any change to any file makes a new worker and a new cache.
# Also run by e2e/offline.spec.mjs on a copy of dist/ to "deploy" a new version:
#   TRUNK_STAGING_DIR=/some/copy scripts/service-worker.sh
set -eu
template="$(cd "$(dirname "$0")/.." && pwd)/web/sw.js.in"
cd "${TRUNK_STAGING_DIR:?run by trunk, or set it to a built dist}"
if command -v sha256sum >/dev/null 2>&1; then
  sum() { sha256sum "$@"; }
else
  sum() { shasum -a 256 "$@"; }
fi
files=$(find . -type f ! -name '.*' ! -path './sw.js' ! -path './social.png' | sed 's|^\./||' | LC_ALL=C sort)
hash=$(printf '%s\n' "$files" | while IFS= read -r f; do sum "$f"; done | sum | cut -c1-12)
list=$(printf '%s\n' "$files" | sed 's/.*/  "&",/')
# The template's comments stay in the template: sw.js counts against the size budget.
{
  echo '// Partner Radar service worker, written from web/sw.js.in by scripts/service-worker.sh.'
  sed -n '1,/__FILES__/p' "$template" | sed '$d'
  printf '  "./",\n%s\n' "$list"
  sed -n '/__FILES__/,$p' "$template" | sed '1d'
} | sed -e "s/__HASH__/$hash/" -e '2,${/^ *\/\//d;}' > sw.js
