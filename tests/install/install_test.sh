#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` into an empty folder: every file in place, and the
# installed govgraph runs from PATH on the installed example.
set -euo pipefail
build=$1 here=$(dirname "$0")
export GOVGRAPH_VERSION=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
source "$here/installed.sh"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" --strip >/dev/null
check_installed "$prefix"
echo "cmake --install --prefix: binary, man pages, completions and docs in place; govgraph runs from PATH"
