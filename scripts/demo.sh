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
