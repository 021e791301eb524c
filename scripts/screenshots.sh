#!/usr/bin/env bash
# The screenshots in the docs, made from the bundled example with headless Chromium:
# docs/images/report.png (govgraph report) and docs/images/restructure-page.png
# (check-restructure --format html with the national inspectorate proposal).
# Usage: scripts/screenshots.sh [GOVGRAPH] [OUT_DIR]
#   defaults: build/release/cli/govgraph (make build-release) and docs/images.
set -euo pipefail
govgraph=${1:-build/release/cli/govgraph}
out=${2:-docs/images}
example=examples/scotland-care-system
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

"$govgraph" report "$example/map.json" -o "$work/report.html"
"$govgraph" check-restructure "$example/map.json" "$example/proposals/national-childrens-inspectorate.json" \
    --format html -o "$work/restructure.html"

# shoot PAGE PNG HEIGHT: the top HEIGHT pixels of the page at 1400 px wide, once its
# script has run (virtual time, so the picture does not depend on the machine's speed).
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
      --window-size=1400,"$3" --virtual-time-budget=5000 --screenshot="$(realpath "$2")" "file://$1" 2>/dev/null
  echo "$2"
}
shoot "$work/report.html" "$out/report.png" 1600
shoot "$work/restructure.html" "$out/restructure-page.png" 1600
