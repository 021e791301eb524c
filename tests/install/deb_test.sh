#!/usr/bin/env bash
# The .deb cpack makes from BUILD, installed with dpkg into a temporary root whose package
# database is a copy of this machine's (no container here; docs/install.md says what this
# proves and what it does not): its fields and contents, Depends naming the package of
# every shared library the binary links, the install itself, govgraph from PATH on the
# installed example, and a clean removal.
set -euo pipefail
build=$1 here=$(cd "$(dirname "$0")" && pwd)
export GOVGRAPH_VERSION=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
source "$here/installed.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work/package" >/dev/null
deb=$(ls "$work"/package/govgraph_*.deb)
[ "$(basename "$deb")" = "govgraph_${GOVGRAPH_VERSION}_$(dpkg --print-architecture).deb" ] || fail "package named $deb"
info=$(dpkg-deb --info "$deb")
for field in "Package: govgraph" "Version: $GOVGRAPH_VERSION" "Maintainer: " "Description: " "Section: utils"; do
    grep -q "^ $field" <<<"$info" || fail "the package has no '$field'"
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/govgraph ./usr/share/man/man1/govgraph-render.1 ./usr/share/bash-completion/completions/govgraph \
    ./usr/share/zsh/vendor-completions/_govgraph ./usr/share/doc/govgraph/README.md; do
    grep -q " $file\$" <<<"$contents" || fail "the package does not hold $file"
done

# Every library the binary links (its NEEDED entries; they bring in their own) comes from
# a package Depends names.
depends=$(dpkg-deb --field "$deb" Depends)
dpkg-deb --extract "$deb" "$work/extracted"
binary=$work/extracted/usr/bin/govgraph
loaded=$(ldd "$binary")
for soname in $(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}'); do
    library=$(awk -v soname="$soname" '$1 == soname && $2 == "=>" {print $3}' <<<"$loaded")
    owner=$(dpkg -S "$(realpath "$library")" 2>/dev/null || dpkg -S "$library") || fail "no package owns $soname"
    owner=${owner%%:*}
    sed -E 's/ \([^)]*\)//g; s/, /\n/g' <<<"$depends" | grep -qxF "$owner" \
        || fail "Depends ($depends) lacks $owner, which holds $soname"
done

# Install into ROOT: dpkg checks Depends against ROOT's database, this machine's copied.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
cp /var/lib/dpkg/status "$root/var/lib/dpkg/status"
dpkg_root() { dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null "$@"; }
dpkg_root --install "$deb" >/dev/null || fail "dpkg does not install the package"
[ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' govgraph)" = "install ok installed" ] \
    || fail "dpkg does not record the package as installed"
check_installed "$root/usr"
dpkg_root --remove govgraph >/dev/null || fail "dpkg does not remove the package"
[ ! -e "$root/usr/bin/govgraph" ] && [ ! -e "$root/usr/share/doc/govgraph" ] || fail "removal left files behind"
echo "$(basename "$deb"): installs with its Depends met, runs from PATH, removes cleanly. Depends: $depends"
