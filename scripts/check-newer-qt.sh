#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# scripts/check-newer-qt.sh [--host-build DIR] [--jobs N]
# Proves the README's promise "builds and meets unchanged on newer Qt" on a system that has never
# seen the project: a fresh Debian 13 (trixie) root with Qt 6.8 (copied from a base that
# debootstrap made once with the build dependencies baked in, cached in
# /var/cache/shm-loader/debian-root, see scripts/debian-root.sh). In it:
#   1. the project builds with Qt 6.8 with every compiler warning an error;
#   2. its ctest suite passes there;
#   3. programs of two Qt versions meet on one key, both ways: a viewer built here with Qt 6.4
#      (DIR, default build/) and a loader built in the root with Qt 6.8, then a 6.8 viewer and a
#      6.4 loader, each bundled text and image through the segment (shm-viewer --print must show
#      each one with the file's bytes). The host's /tmp is bind-mounted into the root for this
#      step, so both sides find the same key files (QSharedMemory::legacyNativeKey, System V).
# Everything mounted is unmounted and the run's copy removed, however the run ends.
# Needs root, or sudo; about 1.8 GB under /var/cache/shm-loader (see README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE=trixie
HOST_BUILD="$ROOT/build"
JOBS=$(nproc)
while (($#)); do
    case $1 in
    --host-build) HOST_BUILD=$(realpath "$2") && shift ;;
    --jobs) JOBS=$2 && shift ;;
    -h | --help)
        sed -n '4,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: $0 [--host-build DIR] [--jobs N]" >&2
        exit 2
        ;;
    esac
    shift
done

# shellcheck source=debian-root.sh
source "$ROOT/scripts/debian-root.sh"
source "$ROOT/tests/support/leftovers.sh"

for program in shm-viewer shm-loader; do
    [[ -x $HOST_BUILD/bin/$program ]] || fail "no $HOST_BUILD/bin/$program: build the project first"
done

# What the project needs to build and run its tests on Debian 13, as scripts/quickstart.sh
# installs it on Debian 12 (the GUI tests' X tools included).
DEBROOT_PACKAGES=$(
    printf '%s,' cmake ninja-build g++ qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools \
        qt6-l10n-tools qt6-tools-dev qt6-translations-l10n \
        qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
        qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs \
        qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtqml qml6-module-qtqml-models \
        qml6-module-qtcore qml6-module-qt-labs-folderlistmodel libgl-dev \
        qt6-image-formats-plugins libqt6svg6 qt6-svg-plugins fonts-dejavu-core libbenchmark-dev \
        zlib1g-dev strace \
        util-linux procps \
        xvfb xdotool imagemagick x11-utils python3 desktop-file-utils appstream dpkg-dev \
        python3-numpy python3-pil python3-pip python3-setuptools
)
DEBROOT_PACKAGES=${DEBROOT_PACKAGES%,}
debroot_init
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-newer-qt-XXXXXX")
# The logs of the last run stay here (configure, build, ctest), for a look after a failure.
LOGS="$HOST_BUILD/check-newer-qt"
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log
VIEWER_PID=
stop_viewer() {
    [[ -n $VIEWER_PID ]] || return 0
    "${DEBROOT_SUDO[@]}" kill -TERM "$VIEWER_PID" 2>/dev/null || true
    for _ in $(seq 50); do "${DEBROOT_SUDO[@]}" kill -0 "$VIEWER_PID" 2>/dev/null || break; sleep 0.1; done
    VIEWER_PID=
}
trap 'stop_viewer; cp "$WORK"/*.log "$LOGS"/ 2>/dev/null || true; debroot_cleanup; rm -rf "$WORK"' EXIT

step "A fresh Debian 13 root with Qt 6.8"
debroot_new "$SUITE"
QT_VERSION=$(debroot_run dpkg-query -W -f='${Version}' qt6-base-dev)
echo "qt6-base-dev $QT_VERSION"

# The root's /tmp on a file system of its own: System V keys come from ftok() of Qt's key files,
# which mixes the inode with the device, so key files of the root and of the host on one device
# could collide with programs running on the host meanwhile.
debroot_mount -t tmpfs -o mode=1777 tmpfs "$DEBROOT_DIR/tmp"

step "Building with Qt 6.8, warnings as errors"
# A copy of the sources as they are now (the files git knows of and untracked ones it does not
# ignore: no build directory), so the tree may change while this runs.
"${DEBROOT_SUDO[@]}" mkdir -p "$DEBROOT_DIR/src" "$DEBROOT_DIR/build"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard |
    (cd "$ROOT" && tar --null -T - -cf - --ignore-failed-read 2>/dev/null) |
    "${DEBROOT_SUDO[@]}" tar -C "$DEBROOT_DIR/src" -xf -
debroot_run cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_COMPILE_WARNING_AS_ERROR=ON -Wno-dev >"$WORK/configure.log" 2>&1 ||
    { tail -n 30 "$WORK/configure.log"; fail "cmake configure with Qt 6.8"; }
debroot_run cmake --build /build -j "$JOBS" >"$WORK/build.log" 2>&1 ||
    { grep -E -B2 -A6 'error|warning' "$WORK/build.log" | head -n 60; fail "the build with Qt 6.8"; }
if grep -q 'CMake Warning' "$WORK/configure.log"; then
    grep -A8 'CMake Warning' "$WORK/configure.log" | head -n 40
    fail "configuring with Qt 6.8 gives warnings"
fi
if grep -q 'warning:' "$WORK/build.log"; then
    grep -A4 'warning:' "$WORK/build.log" | head -n 40
    fail "the build with Qt 6.8 is not warning-free"
fi
echo "built: $(grep -c '^\[' "$WORK/build.log") steps, no warning"

step "ctest with Qt 6.8"
if ! debroot_run ctest --test-dir /build -j "$JOBS" --timeout 600 --output-on-failure \
    >"$WORK/ctest.log" 2>&1; then
    sed -n '/The following tests FAILED/,$p' "$WORK/ctest.log"
    grep -E 'FAIL!|Loc:|Actual|Expected|xsession: FAIL' "$WORK/ctest.log" | head -n 60
    fail "ctest with Qt 6.8 (the whole log: $LOGS/ctest.log)"
fi
grep -E 'tests passed|Total Test time' "$WORK/ctest.log"

step "Programs of Qt 6.4 and Qt 6.8 on one key, both ways"
# The host's /tmp inside the root: the same key files, so ftok() gives both sides the same keys.
debroot_mount --bind /tmp "$DEBROOT_DIR/tmp"
mapfile -t NAMES < <("$HOST_BUILD/bin/shm-loader" --list)
((${#NAMES[@]} > 0)) || fail "shm-loader --list printed nothing"

# meet <viewer side> <loader side>: a viewer --print on a key of its own, every bundled file
# loaded by the other side, each one printed with its source name and, for files that fit
# unchanged, the file's sha256.
meet() {
    local viewer_side=$1 loader_side=$2 key out name tries
    key="newerqt$viewer_side$$"
    out="$WORK/viewer-$viewer_side.jsonl"
    if [[ $viewer_side == host ]]; then
        "$HOST_BUILD/bin/shm-viewer" --key "$key" --print >"$out" 2>"$WORK/viewer.err" </dev/null &
        VIEWER_PID=$!
    else
        # Started directly (not through debroot_run's wrapper), so that VIEWER_PID is the viewer
        # (or sudo, which passes SIGTERM on), and as this user, who owns the host's loader too.
        "${DEBROOT_SUDO[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
            chroot --userspec="$(id -u):$(id -g)" "$DEBROOT_DIR" \
            /build/bin/shm-viewer --key "$key" --print >"$out" 2>"$WORK/viewer.err" </dev/null &
        VIEWER_PID=$!
    fi
    for name in "${NAMES[@]}"; do
        tries=0
        until if [[ $loader_side == host ]]; then
            "$HOST_BUILD/bin/shm-loader" --key "$key" --load "$name" >/dev/null 2>"$WORK/loader.err"
        else
            debroot_run /build/bin/shm-loader --key "$key" --load "$name" >/dev/null 2>"$WORK/loader.err"
        fi; do
            # Exit 2: the viewer has not made its segment yet.
            ((++tries < 50)) || { cat "$WORK/loader.err" "$WORK/viewer.err" >&2; fail "$loader_side loader could not load $name"; }
            sleep 0.1
        done
        for _ in $(seq 50); do grep -qF "\"source\":\"$name\"" "$out" && break; sleep 0.1; done
        grep -qF "\"source\":\"$name\"" "$out" || fail "the $viewer_side viewer did not show $name"
    done
    # Its key files and ids, read by the host's viewer (the same /tmp, the same System V objects).
    leftovers_watch "$HOST_BUILD/bin/shm-viewer" "$key" >/dev/null || fail "no segment of $key"
    stop_viewer
    /usr/bin/python3 - "$out" "$ROOT/assets" <<'PY' || fail "the $viewer_side viewer showed something else than the files"
import hashlib, json, pathlib, sys
seen = {}
for line in open(sys.argv[1], encoding="utf-8"):
    item = json.loads(line)
    seen[item["source"]] = item
assets = pathlib.Path(sys.argv[2])
for name, item in seen.items():
    data = (assets / name).read_bytes()
    if item["state"] != "valid":
        sys.exit(f"{name}: state {item['state']}")
    if item["kind"] == "text":
        expected = data[: item["bytes"]].decode("utf-8")
        if item["text"] != expected:
            sys.exit(f"{name}: the text differs from the file")
    elif "scaledFrom" not in item and item["sha256"] != hashlib.sha256(data).hexdigest():
        sys.exit(f"{name}: the image's bytes differ from the file")
print(f"  {len(seen)} files, each as in assets/")
PY
    echo "Qt $([[ $viewer_side == host ]] && echo 6.4 || echo 6.8) viewer, Qt $([[ $loader_side == host ]] && echo 6.4 || echo 6.8) loader: ${#NAMES[@]} files shown"
}
meet host root
meet root host
left=$(leftovers_check 3) || fail "left behind: ${left//$'\n'/; }"

step "Done: Qt $QT_VERSION builds warning-free, its tests pass, and Qt 6.4 and 6.8 programs meet"
