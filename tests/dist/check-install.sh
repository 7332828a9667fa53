#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# check-install.sh BUILD_DIR APPSTREAM_ID_PREFIX
# `cmake --install BUILD_DIR` into a scratch prefix, then: every file of the desktop integration
# is there, desktop-file-validate and appstreamcli validate pass, and the installed programs run
# the headless flow and open their windows (offscreen) from the prefix alone (from another
# directory, no file of the source tree or the build). Exit 77 (skipped) when a validator is not installed.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 BUILD_DIR APPSTREAM_ID_PREFIX" >&2
    exit 2
fi
build=$1 id_prefix=$2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian: desktop-file-utils, appstream)"
        exit 77
    fi
done

prefix=$(mktemp -d "${TMPDIR:-/tmp}/shm-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$prefix" >"$prefix.log" || {
    cat "$prefix.log" >&2
    rm -f "$prefix.log"
    fail "cmake --install"
}
rm -f "$prefix.log"

expected=()
for program in shm-viewer shm-loader; do
    expected+=(
        "bin/$program"
        "share/applications/$program.desktop"
        "share/icons/hicolor/scalable/apps/$program.svg"
        "share/icons/hicolor/48x48/apps/$program.png"
        "share/icons/hicolor/256x256/apps/$program.png"
        "share/metainfo/$id_prefix.${program#shm-}.metainfo.xml"
        "share/man/man1/$program.1.gz"
        "share/bash-completion/completions/$program"
    )
done
expected+=(share/doc/shm-loader/copyright)
# The viewer's clean-up helper (docs/packaging.md): not a program for users, so not in bin/.
expected+=(libexec/shm-loader/shm-reaper)
# ShmLoader::Client for other programs: the library (its symlinks are not regular files), its
# public headers, and the CMake package (the per-configuration targets file is named after the
# build type).
expected+=(
    lib/libshmloader-client.so.1.0.0
    include/shmloader/publisher.h
    include/shmloader/publishresult.h
    lib/cmake/ShmLoader/ShmLoaderConfig.cmake
    lib/cmake/ShmLoader/ShmLoaderConfigVersion.cmake
    lib/cmake/ShmLoader/ShmLoaderTargets.cmake
)
for targets in "$prefix"/lib/cmake/ShmLoader/ShmLoaderTargets-*.cmake; do
    [[ -f $targets ]] && expected+=("lib/cmake/ShmLoader/${targets##*/}")
done
[[ -L $prefix/lib/libshmloader-client.so.1 && -L $prefix/lib/libshmloader-client.so ]] \
    || fail "the library's SONAME and development links are not installed"
# The public headers include nothing of the suite's private headers (Qt and the standard only).
if grep -h '#include' "$prefix"/include/shmloader/*.h | grep -v -E '<(Q[A-Za-z]+|chrono|memory|shmloader/[a-z]+\.h)>'; then
    fail "a public header includes a private one (above)"
fi
for file in "${expected[@]}"; do
    [[ -f $prefix/$file ]] || fail "not installed: $file"
done
# Nothing else: a new file is a decision, to be added above and to docs/packaging.md.
unexpected=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort \
    | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
[[ -z $unexpected ]] || fail "installed but not expected: $unexpected"
echo "installed: ${#expected[@]} files, as expected"

desktop-file-validate "$prefix"/share/applications/*.desktop || fail "desktop-file-validate"
# Clean with Debian 12's appstream. Newer appstream (1.0, Debian 13) also warns that there is no
# homepage URL: the project has none to give, so that one warning is accepted; any other fails.
if ! validation=$(appstreamcli validate --no-net "$prefix"/share/metainfo/*.metainfo.xml 2>&1); then
    echo "$validation"
    if echo "$validation" | grep -E '^ *[EW]: ' | grep -vq 'url-homepage-missing'; then
        fail "appstreamcli validate"
    fi
    echo "accepted: the only warning is url-homepage-missing"
fi
# Without arguments the helper only says what it is for (and exits 2): it never runs by accident.
"$prefix/libexec/shm-loader/shm-reaper" 2>/dev/null && fail "shm-reaper ran without arguments"
grep -qx 'Exec=shm-viewer' "$prefix/share/applications/shm-viewer.desktop" \
    || fail "the viewer's Exec line is not the bare program"
for program in shm-viewer shm-loader; do
    gzip -t "$prefix/share/man/man1/$program.1.gz" || fail "$program.1.gz is not gzip"
    grep -qx "Icon=$program" "$prefix/share/applications/$program.desktop" \
        || fail "$program.desktop names another icon"
done

# The installed programs on their own: from a directory that is neither source nor build.
cd "$prefix"
bash "$here/headless-flow.sh" "$prefix/bin" "shmtest-install-$$-$RANDOM" \
    "$here/shm-loader-48.webp" "$prefix/share/icons/hicolor/scalable/apps/shm-viewer.svg"
bash "$here/window-smoke.sh" "$prefix/bin" "shmtest-install-$$-$RANDOM"
