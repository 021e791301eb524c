#!/usr/bin/env bash
# The bash completion as a shell uses it: sourced, registered for govgraph, and asked what
# follows what is typed (COMP_WORDS up to the cursor, as bash fills them at <TAB>).
set -euo pipefail
script=$1 example_dir=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

# $(complete_words WORD...): the replies for the command line WORD..., the cursor on the last.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _govgraph; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$script" "$@"
}
expect() {
    local want=$1; shift
    local got; got=$(complete_words "$@" | sort | tr '\n' ' ')
    [ "$got" = "$want" ] || fail "'$*<TAB>' gives '$got', not '$want'"
}

[ "$(bash -c 'source "$1"; complete -p govgraph' _ "$script")" = "complete -F _govgraph govgraph" ] \
    || fail "the script does not register _govgraph for govgraph"
expect "analyse " govgraph an
expect "check-restructure convert " govgraph c
expect "--fail-on --format " govgraph analyse --f
expect "csv html json kumu markdown text xlsx " govgraph analyse map.json --format ""
expect "chart " govgraph render map.json --layout ch
expect "--quiet " govgraph summary map.json --qu  # the root's options follow a command too
cd "$example_dir/.."
expect "scotland-care-system " govgraph analyse scot
expect "scotland-care-system/map.json " govgraph render -o out.svg scotland-care-system/map
echo "bash completion: commands, options, option values and files complete"
