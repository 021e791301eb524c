#!/usr/bin/env bash
# Seeds and runs the libFuzzer targets built by the fuzz preset (docs/testing.md).
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]    TARGET: map_json map_csv proposal waivers
# Each target runs alone for SECONDS on its corpus in BUILD_DIR/fuzz-corpus/TARGET, seeded
# from tests/fuzz/corpus/TARGET and the examples. Any crash, leak, sanitizer report,
# timeout or out-of-memory fails the run; its input is saved as BUILD_DIR/fuzz-artifacts/TARGET-*.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}" && pwd)
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(map_json map_csv proposal waivers)
corpus=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
csv_files=(map.json sources.csv policy_areas.csv bodies.csv links.csv responsibilities.csv)

# The committed seeds and crash inputs, then the examples: maps, CSV folders in
# map_csv_fuzzer's one-file form ("=== NAME" before each file) and proposals.
for target in map_json map_csv proposal waivers; do
  mkdir -p "$corpus/$target"
  cp "$root/tests/fuzz/corpus/$target/"* "$corpus/$target/"
done
for example in "$root"/examples/*/; do
  name=$(basename "$example")
  [ ! -f "$example/map.json" ] || cp "$example/map.json" "$corpus/map_json/example-$name.json"
  if [ -d "$example/csv" ]; then
    for file in "${csv_files[@]}"; do
      [ ! -f "$example/csv/$file" ] || { echo "=== $file"; cat "$example/csv/$file"; }
    done > "$corpus/map_csv/example-$name.txt"
  fi
  for proposal in "$example"/proposals/*.json; do
    [ ! -f "$proposal" ] || cp "$proposal" "$corpus/proposal/example-$name-$(basename "$proposal")"
  done
done

# The map format's field names and vocabularies, read from the schema so they stay in step.
dictionary=$build/map.dict
{
  grep -o '\.name = "[a-z_]*"' "$root/graph/schema.cpp" | sed 's/^\.name = //'
  grep -v '^#' "$root/graph/vocabulary.hpp" | grep -o '"[a-z_-]*"'
} | sort -u | sed 's/^"\(.*\)"$/"\\"\1\\""/' > "$dictionary"

mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/fuzz/ubsan.supp
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
failed=()
for target in "${targets[@]}"; do
  options=(-max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$artifacts/$target-")
  case $target in map_json | map_csv) options+=(-dict="$dictionary") ;; esac
  echo "== fuzzing $target for $seconds s"
  if ! "$build/tests/fuzz/${target}_fuzzer" "${options[@]}" "$corpus/$target" 2> "$build/fuzz-$target.log"; then
    grep -B2 -A40 -m1 -E '^==[0-9]+==|runtime error|broken promise' "$build/fuzz-$target.log" || tail -n 40 "$build/fuzz-$target.log"
    failed+=("$target")
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$build/fuzz-$target.log" || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found a problem in: ${failed[*]} (inputs in $artifacts; see docs/testing.md)" >&2
  exit 1
fi
echo "fuzzing found nothing"
