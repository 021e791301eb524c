# Shared by install_test.sh and deb_test.sh: checks an installed tree under PREFIX.
# check_installed PREFIX: every file in place, and govgraph run from PATH on the installed
# example, its man page found through the installed man path.
check_installed() {
    local prefix=$1 doc=$1/share/doc/govgraph
    for file in bin/govgraph share/man/man1/govgraph.1 share/man/man1/govgraph-analyse.1 \
        share/bash-completion/completions/govgraph share/zsh/vendor-completions/_govgraph \
        share/doc/govgraph/README.md share/doc/govgraph/docs/format.md share/doc/govgraph/docs/install.md \
        share/doc/govgraph/examples/scotland-care-system/map.json; do
        [ -f "$prefix/$file" ] || fail "$file is not installed under $prefix"
    done
    local version
    version=$(cd / && PATH=$prefix/bin:/usr/bin:/bin govgraph --version)
    [ "$version" = "govgraph $GOVGRAPH_VERSION" ] || fail "govgraph --version from PATH printed '$version'"
    [ "$(cd / && PATH=$prefix/bin:/usr/bin:/bin command -v govgraph)" = "$prefix/bin/govgraph" ] \
        || fail "PATH does not find the installed govgraph"
    PATH=$prefix/bin:/usr/bin:/bin govgraph validate "$doc/examples/scotland-care-system/map.json" >/dev/null \
        || fail "the installed govgraph does not validate the installed example"
    local findings page
    findings=$(PATH=$prefix/bin:/usr/bin:/bin govgraph analyse "$doc/examples/scotland-care-system/map.json" --fail-on never)
    grep -qE "^[0-9]+ findings: " <<<"$findings" || fail "the installed govgraph does not analyse the installed example"
    page=$(MANWIDTH=80 man -M "$prefix/share/man" govgraph-analyse 2>/dev/null)
    grep -q -- "--fail-on" <<<"$page" || fail "man -M $prefix/share/man govgraph-analyse does not show the page"
}
