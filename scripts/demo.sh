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
