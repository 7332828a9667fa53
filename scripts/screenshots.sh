#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Makes the screenshots of README.md and docs/ on a private virtual X display (Xvfb), with the
# programs of build/bin on a key of their own:
#   docs/img/viewer-image.png    the viewer showing the bundled transparent PNG
#   docs/img/viewer-scaled.jpg   the viewer showing mountains.jpg, scaled to fit by the loader
#   docs/img/loader.png          the loader window after that load
# Needs xvfb, x11-utils, xdotool and imagemagick (installed when missing, as quickstart.sh does); build first.
# Look at every picture before committing it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="$ROOT/build/bin"
IMG="$ROOT/docs/img"
[[ -x $BIN/shm-viewer && -x $BIN/shm-loader ]] || {
    echo "build first: scripts/quickstart.sh (or cmake --build build)" >&2
    exit 1
}

SUDO=()
[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
missing=()
for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick xdpyinfo:x11-utils; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi

# A display nobody uses: the first free number from 90 on.
DISPLAY_NUMBER=90
while [[ -e /tmp/.X11-unix/X$DISPLAY_NUMBER || -e /tmp/.X$DISPLAY_NUMBER-lock ]]; do
    DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1))
done
export DISPLAY=":$DISPLAY_NUMBER"
# Qt Quick's software adaptation: the same pixels on every machine, GPU or not.
export QT_QUICK_BACKEND=software
KEY="screenshots-$$"
PIDS=()
# The programs first, newest first, each waited for: they detach and clean up on SIGTERM, but
# only while their X server lives (a broken X connection ends a Qt program on the spot).
cleanup() {
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill -TERM "${PIDS[i]}" 2>/dev/null || true
        wait "${PIDS[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT

Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do
    if xdpyinfo >/dev/null 2>&1; then break; fi
    sleep 0.1
done

window_of() { # window_of TITLE: the id of the first window with that title, waiting for it
    local id=""
    for _ in $(seq 100); do
        id="$(xdotool search --name "^$1\$" 2>/dev/null | head -n 1 || true)"
        [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { echo "no window named '$1'" >&2; exit 1; }
    echo "$id"
}
shoot() { # shoot WINDOW FILE
    sleep 0.8 # the frame after the update
    import -display "$DISPLAY" -window "$1" "$2"
    echo "wrote $2"
}

"$BIN/shm-viewer" --key "$KEY" >/dev/null 2>&1 &
PIDS+=($!)
VIEWER="$(window_of "Shared Memory Viewer")"
"$BIN/shm-loader" --key "$KEY" >/dev/null 2>&1 &
PIDS+=($!)
LOADER="$(window_of "Shared Memory Loader")"
xdotool windowmove "$LOADER" 0 660

"$BIN/shm-loader" --key "$KEY" --load shared-memory.png >/dev/null
shoot "$VIEWER" "$IMG/viewer-image.png"
# Through the loader's window, as a user would: its dropdown has the keyboard focus.
xdotool windowfocus --sync "$LOADER"
for _ in 1 2 3; do xdotool key --window "$LOADER" Down; sleep 0.3; done # mountains.jpg
shoot "$VIEWER" "$IMG/viewer-scaled.jpg" # a photo: JPEG keeps the file small
shoot "$LOADER" "$IMG/loader.png"

# Nothing of the key may stay behind.
cleanup
trap - EXIT
if "$BIN/shm-viewer" --status --key "$KEY" >/dev/null; then
    echo "the programs left their segment behind" >&2
    exit 1
fi
