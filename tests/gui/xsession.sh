#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# A private X session for GUI tests, and the one way the scripts start Xvfb: source it, then
#   xsession_start                      Xvfb on the first free display of XSESSION_DISPLAYS
#                                       (default "71 72 … 79"); exports DISPLAY, XSESSION_DIR
#   xsession_track_key VIEWER KEY       at the end, nothing of this shared memory key may remain:
#                                       its key files, and its segment and semaphore by the ids
#                                       `VIEWER --status --json` gives now and as the session ends
#                                       (tests/support/leftovers.sh); call it again once a viewer
#                                       the test stops itself holds the segment
#   xsession_spawn NAME COMMAND…        runs COMMAND in the background: XSESSION_DIR/NAME.out, .err
#   xsession_wait_window TITLE [S]      prints the id of the window named exactly TITLE
#   xsession_key WINDOW KEY…            focuses WINDOW (no window manager) and sends xdotool keys
#   xsession_type WINDOW TEXT           types TEXT into WINDOW
#   xsession_wait_for FILE TEXT [S]     waits until FILE contains TEXT (a fixed string)
#   xsession_screenshot FILE [WINDOW]   the whole screen, or one window
#   xsession_fail MESSAGE               screenshot, the programs' output, exit 1
# On exit (any exit: a trap) the programs get SIGTERM newest first, then SIGKILL after 5 s, then
# Xvfb goes; a tracked key with a segment, semaphore or /tmp/qipc_ file left makes the test fail.
# Needs Xvfb (xvfb), xdotool, import (imagemagick) and xdpyinfo (x11-utils).
#
# Scripts with traps of their own (scripts/measure-performance.sh, scripts/screenshots.sh) use
# the display part alone:
#   xsession_start_xvfb [LOG]           Xvfb on the first free display of XSESSION_DISPLAYS,
#                                       its output to LOG (default /dev/null); exports DISPLAY,
#                                       sets XSESSION_XVFB; returns 1 when no display is free
#   xsession_stop_xvfb                  ends that Xvfb

XSESSION_DISPLAYS=${XSESSION_DISPLAYS:-"71 72 73 74 75 76 77 78 79"}
XSESSION_PIDS=()
XSESSION_NAMES=()
XSESSION_XVFB=""
XSESSION_DIR=""
XSESSION_ARTIFACTS=${XSESSION_ARTIFACTS:-}
# How long a program may take to quit on SIGTERM (longer under the sanitizers, whose leak check
# runs at exit).
XSESSION_EXIT_SECONDS=${XSESSION_EXIT_SECONDS:-5}
source "$(dirname "${BASH_SOURCE[0]}")/../support/leftovers.sh"

xsession_log() { echo "xsession: $*" >&2; }

xsession_start_xvfb() {
    local log=${1:-/dev/null} number _
    for number in $XSESSION_DISPLAYS; do
        # Taken by another server (or another test starting one): Xvfb refuses its lock file.
        [[ -e /tmp/.X$number-lock || -e /tmp/.X11-unix/X$number ]] && continue
        Xvfb ":$number" -screen 0 1280x900x24 -nolisten tcp >"$log" 2>&1 &
        XSESSION_XVFB=$!
        for _ in $(seq 100); do
            if ! kill -0 "$XSESSION_XVFB" 2>/dev/null; then
                break
            fi
            # Answered, and by our own server: one that lost the display to another exits.
            if DISPLAY=":$number" xdpyinfo >/dev/null 2>&1 && sleep 0.2 \
                && kill -0 "$XSESSION_XVFB" 2>/dev/null; then
                export DISPLAY=":$number"
                xsession_log "Xvfb on $DISPLAY"
                return 0
            fi
            sleep 0.05
        done
        kill "$XSESSION_XVFB" 2>/dev/null || true
        wait "$XSESSION_XVFB" 2>/dev/null || true
        XSESSION_XVFB=""
    done
    xsession_log "no free display among $XSESSION_DISPLAYS"
    return 1
}

xsession_stop_xvfb() {
    local _
    [[ -n $XSESSION_XVFB ]] || return 0
    kill -TERM "$XSESSION_XVFB" 2>/dev/null || true
    for _ in $(seq 20); do
        kill -0 "$XSESSION_XVFB" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$XSESSION_XVFB" 2>/dev/null || true
    wait "$XSESSION_XVFB" 2>/dev/null || true
    XSESSION_XVFB=""
}

xsession_start() {
    local tool
    for tool in Xvfb xdotool import xdpyinfo; do
        command -v "$tool" >/dev/null || { xsession_log "$tool is not installed"; exit 1; }
    done
    XSESSION_DIR="$(mktemp -d "${TMPDIR:-/tmp}/xsession.XXXXXX")"
    trap xsession_cleanup EXIT
    trap 'exit 130' INT TERM
    xsession_start_xvfb "$XSESSION_DIR/xvfb.log" || exit 1
}

xsession_track_key() {
    local status=0
    leftovers_watch "$1" "$2" || status=$?
    ((status != 1)) || xsession_fail "cannot track key $2"
}

xsession_spawn() {
    local name=$1
    shift
    "$@" >"$XSESSION_DIR/$name.out" 2>"$XSESSION_DIR/$name.err" &
    XSESSION_PIDS+=($!)
    XSESSION_NAMES+=("$name")
}

xsession_wait_window() {
    local title=$1 seconds=${2:-20} id="" _
    for _ in $(seq $((seconds * 10))); do
        id="$(xdotool search --name "^$title\$" 2>/dev/null | head -n 1 || true)"
        [[ -n $id ]] && { echo "$id"; return 0; }
        sleep 0.1
    done
    xsession_fail "no window named '$title' after $seconds s"
}

# Without a window manager nothing gives focus: windowfocus --sync does, and key --window sends
# to that window whatever has the pointer.
xsession_key() {
    local window=$1
    shift
    xdotool windowfocus --sync "$window" && xdotool key --window "$window" --delay 50 "$@"
}

xsession_type() {
    xdotool windowfocus --sync "$1" && xdotool type --window "$1" --delay 20 -- "$2"
}

xsession_wait_for() {
    local file=$1 text=$2 seconds=${3:-20} _
    for _ in $(seq $((seconds * 10))); do
        grep -qF -- "$text" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

xsession_screenshot() {
    import -display "$DISPLAY" -window "${2:-root}" "$1"
}

xsession_fail() {
    xsession_log "FAIL: $*"
    local shot="${XSESSION_ARTIFACTS:-$XSESSION_DIR}/failure-$$.png"
    [[ -n $XSESSION_XVFB ]] && xsession_screenshot "$shot" 2>/dev/null && xsession_log "screen: $shot"
    local name
    for name in "${XSESSION_NAMES[@]}"; do
        xsession_log "--- $name stdout"; tail -n 20 "$XSESSION_DIR/$name.out" >&2
        xsession_log "--- $name stderr"; tail -n 20 "$XSESSION_DIR/$name.err" >&2
    done
    exit 1
}

xsession_cleanup() {
    local status=$? i pid _
    trap - EXIT
    # The ids of what the tracked keys hold while their programs still run.
    leftovers_watch_again
    # The programs first, newest first: they detach and clean up on SIGTERM, but only while their
    # X server lives (a broken X connection ends a Qt program on the spot).
    for ((i = ${#XSESSION_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${XSESSION_PIDS[i]}
        kill -TERM "$pid" 2>/dev/null || continue
        for _ in $(seq $((XSESSION_EXIT_SECONDS * 10))); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            xsession_log "${XSESSION_NAMES[i]} ignored SIGTERM: killed"
            kill -KILL "$pid" 2>/dev/null
            status=1
        fi
        wait "$pid" 2>/dev/null || true # its exit status is not the test's
    done
    xsession_stop_xvfb
    # A viewer that quit while others were attached leaves a reaper for a moment.
    local left
    if left="$(leftovers_check 3)"; then :; else
        xsession_log "left behind: ${left//$'\n'/; }"
        status=1
    fi
    [[ -n $XSESSION_DIR ]] && rm -rf "$XSESSION_DIR"
    exit "$status"
}
