#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Makes the screenshots of README.md and docs/ on a private virtual X display (Xvfb), with the
# programs of build/bin on keys of their own and settings of their own (never the user's):
#   docs/img/viewer-markdown.png   notes.md rendered as Markdown
#   docs/img/viewer-html.png       report.html rendered as HTML
#   docs/img/viewer-plain.png      server.log as plain text with line numbers
#   docs/img/viewer-find.png       find in action: "segment" highlighted, "3 of 41" in the bar
#   docs/img/viewer-dark.png       the dark appearance
#   docs/img/viewer-image.png      the bundled transparent PNG
#   docs/img/viewer-scaled.jpg     mountains.jpg, scaled to fit by the loader
#   docs/img/loader.png            the loader window after that load
#   docs/img/loader-open.png       the loader's Open… dialog
#   docs/img/{viewer,loader}-{de,zh_CN}.png   both windows in German and Chinese
# Needs xvfb, x11-utils, xdotool, imagemagick and CJK fonts (installed when missing, as
# quickstart.sh does); build first. Look at every picture before committing it.
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
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi

# Xvfb, and the leftover check, as the GUI tests have them; a display of 90 to 99 (the tests
# take 71 to 79).
XSESSION_DISPLAYS="90 91 92 93 94 95 96 97 98 99"
source "$ROOT/tests/gui/xsession.sh"
# Qt Quick's software adaptation: the same pixels on every machine, GPU or not.
export QT_QUICK_BACKEND=software
# English unless a shot asks for another language; settings of this run only.
export LC_ALL=C.UTF-8 LANGUAGE=
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP
WORK=$(mktemp -d "${TMPDIR:-/tmp}/screenshots-XXXXXX")
export XDG_CONFIG_HOME="$WORK/config"
PIDS=()
# The programs first, newest first, each waited for: they detach and clean up on SIGTERM, but
# only while their X server lives (a broken X connection ends a Qt program on the spot). The ids
# of what their keys hold are taken first, for the check at the end.
stop_programs() {
    local i
    leftovers_watch_again >/dev/null
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill -TERM "${PIDS[i]}" 2>/dev/null || true
        wait "${PIDS[i]}" 2>/dev/null || true
    done
    PIDS=()
}
cleanup() {
    stop_programs
    xsession_stop_xvfb
    rm -rf "$WORK"
}
trap cleanup EXIT
xsession_start_xvfb

window_of() { # window_of PID: the id of the process's visible window, waiting for it
    local id=""
    for _ in $(seq 100); do
        id="$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -n 1 || true)"
        [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { echo "no window of process $1" >&2; exit 1; }
    echo "$id"
}
shoot() { # shoot WINDOW FILE
    sleep 0.8 # the frame after the update
    import -display "$DISPLAY" -window "$1" "$2"
    echo "wrote $2"
}
keys() { # keys WINDOW KEY...: no window manager, so focus by hand, then XTEST keys
    local window=$1
    shift
    xdotool windowfocus --sync "$window"
    xdotool key --window "$window" --delay 80 "$@"
}
settings() { # settings APPEARANCE: the viewer's remembered window, as View ▸ Appearance leaves it
    mkdir -p "$XDG_CONFIG_HOME/SharedMemoryLoader"
    printf '[window]\nappearance=%s\nwidth=900\nheight=640\nx=0\ny=0\n' "$1" \
        >"$XDG_CONFIG_HOME/SharedMemoryLoader/shm-viewer.conf"
}
start_viewer() { # start_viewer KEY [ENV...]: sets VIEWER to its window
    local key=$1
    shift
    env "$@" "$BIN/shm-viewer" --key "$key" >/dev/null 2>&1 &
    PIDS+=($!)
    VIEWER="$(window_of "$!")"
    leftovers_watch "$BIN/shm-viewer" "$key" >/dev/null || true # its key files now, ids later
}
start_loader() { # start_loader KEY [ENV...]: sets LOADER to its window, below the viewer
    local key=$1
    shift
    env "$@" "$BIN/shm-loader" --key "$key" >/dev/null 2>&1 &
    PIDS+=($!)
    LOADER="$(window_of "$!")"
    xdotool windowmove "$LOADER" 0 660
}
load() { "$BIN/shm-loader" --key "$1" --load "$2" >/dev/null; }

# --- English, light -------------------------------------------------------------------------
settings light
KEY="screenshots-$$"
start_viewer "$KEY"
start_loader "$KEY"

load "$KEY" notes.md
shoot "$VIEWER" "$IMG/viewer-markdown.png"
load "$KEY" report.html
shoot "$VIEWER" "$IMG/viewer-html.png"
load "$KEY" server.log
shoot "$VIEWER" "$IMG/viewer-plain.png"
# Find, as a user does it: Ctrl+F, the word, Enter twice (the third match is current).
load "$KEY" notes.md
sleep 0.5
keys "$VIEWER" ctrl+f
xdotool type --window "$VIEWER" --delay 60 segment
keys "$VIEWER" Return Return
shoot "$VIEWER" "$IMG/viewer-find.png"
keys "$VIEWER" Escape

load "$KEY" shared-memory.png
shoot "$VIEWER" "$IMG/viewer-image.png"
# Through the loader's window, as a user would: its dropdown has the keyboard focus.
xdotool windowfocus --sync "$LOADER"
for _ in 1 2 3; do xdotool key --window "$LOADER" Down; sleep 0.3; done # mountains.jpg
shoot "$VIEWER" "$IMG/viewer-scaled.jpg" # a photo: JPEG keeps the file small
shoot "$LOADER" "$IMG/loader.png"
# The Open… dialog: the window makes room for Qt's own dialog while it is open.
keys "$LOADER" ctrl+o
sleep 1
shoot "$LOADER" "$IMG/loader-open.png"
keys "$LOADER" Escape
stop_programs

# --- dark -------------------------------------------------------------------------------------
settings dark
KEY="screenshots-dark-$$"
start_viewer "$KEY"
load "$KEY" notes.md
shoot "$VIEWER" "$IMG/viewer-dark.png"
stop_programs

# --- German and Chinese -----------------------------------------------------------------------
for language in de zh_CN; do
    settings light
    KEY="screenshots-$language-$$"
    locale=(LC_ALL="$language.UTF-8" LANGUAGE="$language")
    start_viewer "$KEY" "${locale[@]}"
    start_loader "$KEY" "${locale[@]}"
    xdotool windowfocus --sync "$LOADER"
    xdotool key --window "$LOADER" Down # the first bundled file, through the window
    sleep 0.5
    shoot "$VIEWER" "$IMG/viewer-$language.png"
    shoot "$LOADER" "$IMG/loader-$language.png"
    stop_programs
done

# Nothing of the keys may stay behind.
cleanup
trap - EXIT
if ! left=$(leftovers_check 3); then
    echo "the programs left behind: ${left//$'\n'/; }" >&2
    exit 1
fi
