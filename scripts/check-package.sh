#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# scripts/check-package.sh [--deb FILE] [--build-dir DIR]
# Proves the Debian package on a system that has never seen it: a fresh Debian 12 (bookworm)
# root, copied from a pristine base that debootstrap made once (cached in
# /var/cache/shm-loader/debian-root, see scripts/debian-root.sh). In it: `apt-get install
# ./shm-loader_*.deb` with nothing else installed by hand (and no Recommends), the headless flow
# (shm-viewer --print on a private key, every bundled file and a WebP and an SVG file loaded with
# shm-loader --load, each one printed, nothing left behind), both windows on Qt's offscreen
# platform (their whole QML UI loads), then `apt-get purge` and a check that nothing of the
# package is left. Everything mounted is unmounted and the run's copy removed, however the run ends.
# Without --deb it builds the package: cmake --build DIR, then cpack -G DEB (DIR: build).
# Needs root, or sudo; about 1.3 GB under /var/cache/shm-loader (see README.md).
# dpkg-query formats (${Package}) are meant literally.
# shellcheck disable=SC2016
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE=bookworm
DEB=
BUILD="$ROOT/build"
while (($#)); do
    case $1 in
    --deb) DEB=$(realpath "$2") && shift ;;
    --build-dir) BUILD=$(realpath "$2") && shift ;;
    -h | --help)
        sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: $0 [--deb FILE] [--build-dir DIR]" >&2
        exit 2
        ;;
    esac
    shift
done


# shellcheck source=debian-root.sh
source "$ROOT/scripts/debian-root.sh"
debroot_init
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-package-XXXXXX")
trap 'debroot_cleanup; rm -rf "$WORK"' EXIT

if [[ -z $DEB ]]; then
    step "Building the package (cpack -G DEB in $BUILD)"
    [[ -f $BUILD/CPackConfig.cmake ]] || fail "$BUILD is not a configured build: run cmake first"
    cmake --build "$BUILD" -j 2 >/dev/null
    output=$(cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$BUILD/package" 2>&1) \
        || fail "cpack: $output"
    DEB=$(printf '%s\n' "$output" | sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p')
fi
[[ -f $DEB ]] || fail "no package: $DEB"
PACKAGE=$(dpkg-deb -f "$DEB" Package)
echo "package: $DEB ($PACKAGE $(dpkg-deb -f "$DEB" Version))"

step "A fresh $SUITE root"
debroot_new "$SUITE"
debroot_copy_in "$DEB" "/root/$(basename "$DEB")"
# As in the source tree: headless-flow.sh sources ../support/leftovers.sh.
for file in dist/headless-flow.sh dist/window-smoke.sh dist/shm-loader-48.webp \
    support/leftovers.sh; do
    debroot_copy_in "$ROOT/tests/$file" "/root/tests/$file"
done

step "apt-get install ./$(basename "$DEB") (and what it depends on, from the mirror)"
debroot_run apt-get update -q >/dev/null || fail "apt-get update in the root"
debroot_run dpkg-query -W -f '${Package}\n' | sort >"$WORK/before"
# No Recommends: the Depends alone must be enough.
if ! debroot_run apt-get install -y -q --no-install-recommends "/root/$(basename "$DEB")" \
    >"$WORK/install.log" 2>&1; then
    tail -n 40 "$WORK/install.log" >&2
    fail "apt-get install of the package"
fi
added=$(debroot_run dpkg-query -W -f '${Package}\n' | sort | comm -13 "$WORK/before" - | wc -l)
echo "installed $PACKAGE and $((added - 1)) packages it needs"
mapfile -t FILES < <(debroot_run dpkg -L "$PACKAGE")

step "The headless flow inside the root"
debroot_run /usr/bin/shm-viewer --version
# A WebP and an SVG file too: their image plugins are dependencies no library link shows.
debroot_run bash /root/tests/dist/headless-flow.sh /usr/bin "pkgcheck-$$-$RANDOM" \
    /root/tests/dist/shm-loader-48.webp \
    /usr/share/icons/hicolor/scalable/apps/shm-viewer.svg || fail "the headless flow"

step "The windows inside the root (offscreen): every QML module they import is installed"
debroot_run bash /root/tests/dist/window-smoke.sh /usr/bin "pkgcheck-$$-$RANDOM" || fail "the windows"

step "apt-get purge $PACKAGE"
debroot_run apt-get purge -y -q "$PACKAGE" >/dev/null || fail "apt-get purge"
LEFT=()
if debroot_run dpkg -L "$PACKAGE" >/dev/null 2>&1; then
    LEFT+=("dpkg still lists files of $PACKAGE")
fi
status=$(debroot_run dpkg-query -W -f '${db:Status-Abbrev}' "$PACKAGE" 2>/dev/null || true)
[[ -z $status || $status == "un "* || $status == "pn "* ]] || LEFT+=("dpkg status: $status")
# Looked at inside the root (a run's copy is root's only). Folders such as /usr/share/man stay
# when other packages use them.
while IFS= read -r file; do
    LEFT+=("file $file")
done < <(debroot_run bash -c 'for f; do [[ -e $f && ! -d $f ]] && echo "$f"; done; true' - "${FILES[@]}")
# Anything else named after the package or its programs (made by a maintainer script or a
# trigger, so not in dpkg's list).
names=(-name "$PACKAGE*")
for file in "${FILES[@]}"; do
    [[ $file == /usr/bin/?* ]] && names+=(-o -name "${file#/usr/bin/}*")
done
while IFS= read -r file; do
    LEFT+=("file ${file#"$DEBROOT_DIR"}")
done < <("${DEBROOT_SUDO[@]}" find "$DEBROOT_DIR/usr" "$DEBROOT_DIR/etc" "$DEBROOT_DIR/var/lib/dpkg/info" \
    \( "${names[@]}" \) -print)
while IFS= read -r file; do
    LEFT+=("key file ${file#"$DEBROOT_DIR"}")
done < <("${DEBROOT_SUDO[@]}" find "$DEBROOT_DIR/tmp" -name 'qipc_*' -print)
while IFS= read -r pid; do
    [[ -n $pid ]] && LEFT+=("process $pid: $(tr '\0' ' ' </proc/"$pid"/cmdline 2>/dev/null)")
done < <(debroot_processes)
if ((${#LEFT[@]})); then
    printf '  left behind: %s\n' "${LEFT[@]}" >&2
    fail "the purge left parts of $PACKAGE behind"
fi
echo "purged: no file, dpkg entry, key file or process of $PACKAGE is left"

step "Cleaning up"
debroot_cleanup
echo "PASS: $PACKAGE installs, runs and purges cleanly on a fresh $SUITE ($((SECONDS - DEBROOT_START)) s)"
