#!/usr/bin/env bash
# The main job on the bundled example: validate, summarise, and say where the outputs are.
set -euo pipefail
govgraph=$1 example=$2 out=$3
mkdir -p "$out"

echo "== govgraph validate $example/map.json"
"$govgraph" validate "$example/map.json"
echo
echo "== govgraph summary $example/map.json"
"$govgraph" summary "$example/map.json"
echo
echo "== govgraph analyse $example/map.json"
# --fail-on never: the example has findings by design, and the demo shows them rather than failing.
"$govgraph" analyse "$example/map.json" --format markdown -o "$out/report.md" --fail-on never
"$govgraph" analyse "$example/map.json" --format json -o "$out/findings.json" --fail-on never
"$govgraph" analyse "$example/map.json" --no-figures --fail-on never | tail -n 1
echo "Findings report: $out/report.md"
echo "Findings as JSON: $out/findings.json"
"$govgraph" report "$example/map.json" -o "$out/report.html"
echo "The map report, one page to open in a browser or send: $out/report.html"
echo
echo "== govgraph check-restructure $example/map.json $example/proposals/national-childrens-inspectorate.json"
"$govgraph" check-restructure "$example/map.json" "$example/proposals/national-childrens-inspectorate.json" \
    --format markdown -o "$out/restructure.md" --diagram "$out/restructure-diff.svg" --fail-on never
"$govgraph" check-restructure "$example/map.json" "$example/proposals/national-childrens-inspectorate.json" \
    --format html -o "$out/restructure.html"
echo "Restructure report: $out/restructure.md"
echo "Restructure page, to open in a browser: $out/restructure.html"
echo "Restructure diff map: $out/restructure-diff.svg"
echo
echo "== govgraph render $example/map.json"
"$govgraph" render "$example/map.json" -o "$out/accountability.svg"
# For print, organisation charts on real paper sizes (each says the size its labels
# print at): the whole map on A2, then A4 pages.
"$govgraph" render "$example/map.json" --layout chart --page a2 -o "$out/accountability.pdf"
"$govgraph" render "$example/map.json" --layout chart --levels 2 --page a4 -o "$out/overview.pdf"
"$govgraph" render "$example/map.json" --view funding -o "$out/funding.svg"
"$govgraph" render "$example/map.json" --focus the-promise-scotland --depth 2 -o "$out/promise-focus.svg"
# One A4 page per sector, each the way up it prints larger: the sector's bodies and, in
# grey, those it links to. The national sector takes two: its top three levels, and
# everything under the ministers.
mkdir -p "$out/sectors"
for sector_page in local:a4-landscape regional:a4-landscape independent:a4 third-sector:a4; do
  sector=${sector_page%%:*}
  "$govgraph" render "$example/map.json" --layout chart --sector "$sector" --page "${sector_page#*:}" \
      -o "$out/sectors/$sector.pdf"
done
"$govgraph" render "$example/map.json" --layout chart --sector national --levels 3 --page a4 \
    -o "$out/sectors/national.pdf"
"$govgraph" render "$example/map.json" --layout chart --sector national --below scottish-ministers --fold 1 \
    --page a4 -o "$out/sectors/national-ministers.pdf"
echo "Accountability map, every body: $out/accountability.svg (on screen) and $out/accountability.pdf (A2)"
echo "A4 overview, the top two levels: $out/overview.pdf"
echo "Funding map: $out/funding.svg"
echo "The Promise Scotland and the bodies within two links of it: $out/promise-focus.svg"
echo "A4 pages per sector: $out/sectors/*.pdf"
echo
echo "Everything is in $out/: report.html, report.md, findings.json, restructure.html, restructure.md, restructure-diff.svg,"
echo "accountability.svg, accountability.pdf, overview.pdf, funding.svg, promise-focus.svg and sectors/."
