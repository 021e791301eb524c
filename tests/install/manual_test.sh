#!/usr/bin/env bash
# The man pages and completions `govgraph help --write` made (MANUAL) against the binary's
# own --help: a page per command and no other, every option of every command in its page
# and in both completions, each page rendered by man without a warning.
set -euo pipefail
govgraph=$1 manual=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

commands=$("$govgraph" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
[ -n "$commands" ] || fail "no commands in govgraph --help"
expected=$( (echo govgraph.1; for c in $commands; do echo "govgraph-$c.1"; done) | sort)
[ "$(ls "$manual/man1" | sort)" = "$expected" ] || fail "pages $(ls "$manual/man1" | tr '\n' ' ') are not one per command"

for command in "" $commands; do
    page=$manual/man1/govgraph${command:+-$command}.1
    # Every option name --help shows (-o, --output, --no-highlight), hyphens as roff's \-.
    options=$("$govgraph" $command --help | grep -oE '^  -[^ ]*' | tr ',' '\n' | sed -E 's/^ +//; s/\{.*//')
    [ -n "$options" ] || fail "no options in govgraph $command --help"
    for option in $options; do
        grep -qF -- "\\fB${option//-/\\-}" "$page" || grep -qF -- ",${option//-/\\-}" "$page" \
            || fail "$page lacks $option"
        grep -qE -- "(^|[\" |])$option([\" |)]|\$)" "$manual/bash/govgraph" || fail "bash completion lacks $command $option"
        grep -qF -- "'$option[" "$manual/zsh/_govgraph" || grep -qF -- "'*$option[" "$manual/zsh/_govgraph" \
            || fail "zsh completion lacks $command $option"
    done
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page renders with warnings: $warnings"
    LC_ALL=C.UTF-8 MANWIDTH=80 man -E UTF-8 -l "$page" | grep -q "^NAME" || fail "$page does not render"
done
zsh -n "$manual/zsh/_govgraph" || fail "the zsh completion is not valid zsh"
echo "pages and completions cover every option of govgraph and its commands:" $commands
