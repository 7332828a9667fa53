#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# A private X session for GUI tests: source it, then
#   xsession_start                      Xvfb on the first free display of XSESSION_DISPLAYS
#                                       (default "71 72 … 79"); exports DISPLAY, XSESSION_DIR
#   xsession_track_key KEY              at the end, nothing of this shared memory key may remain
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

XSESSION_DISPLAYS=${XSESSION_DISPLAYS:-"71 72 73 74 75 76 77 78 79"}
XSESSION_PIDS=()
XSESSION_NAMES=()
XSESSION_KEYS=()
XSESSION_XVFB=""
XSESSION_DIR=""
XSESSION_ARTIFACTS=${XSESSION_ARTIFACTS:-}
# How long a program may take to quit on SIGTERM (longer under the sanitizers, whose leak check
# runs at exit).
XSESSION_EXIT_SECONDS=${XSESSION_EXIT_SECONDS:-5}

xsession_log() { echo "xsession: $*" >&2; }

xsession_start() {
    local tool
    for tool in Xvfb xdotool import xdpyinfo; do
        command -v "$tool" >/dev/null || { xsession_log "$tool is not installed"; exit 1; }
    done
    XSESSION_DIR="$(mktemp -d "${TMPDIR:-/tmp}/xsession.XXXXXX")"
    trap xsession_cleanup EXIT
    trap 'exit 130' INT TERM
    local number
    for number in $XSESSION_DISPLAYS; do
        # Taken by another server (or another test starting one): Xvfb refuses its lock file.
        [[ -e /tmp/.X$number-lock || -e /tmp/.X11-unix/X$number ]] && continue
        Xvfb ":$number" -screen 0 1280x900x24 -nolisten tcp >"$XSESSION_DIR/xvfb.log" 2>&1 &
        XSESSION_XVFB=$!
        local _
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
        kill "$XSESSION_XVFB" 2>/dev/null
        wait "$XSESSION_XVFB" 2>/dev/null || true
        XSESSION_XVFB=""
    done
    xsession_log "no free display among $XSESSION_DISPLAYS"
    exit 1
}

xsession_track_key() { XSESSION_KEYS+=("$1"); }

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

# The key files Qt 6.4 makes for a key: the key's ASCII letters, then the SHA-1 of the key.
xsession_key_files() {
    local key=$1 letters sha
    letters="${key//[^a-zA-Z]/}"
    sha="$(printf '%s' "$key" | sha1sum | cut -d' ' -f1)"
    ls /tmp/qipc_sharedmemory_"$letters$sha" /tmp/qipc_systemsem_"$letters$sha" 2>/dev/null || true
}

xsession_cleanup() {
    local status=$? i pid _
    trap - EXIT
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
    if [[ -n $XSESSION_XVFB ]]; then
        kill -TERM "$XSESSION_XVFB" 2>/dev/null
        for _ in $(seq 20); do
            kill -0 "$XSESSION_XVFB" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$XSESSION_XVFB" 2>/dev/null || true
        wait "$XSESSION_XVFB" 2>/dev/null || true
    fi
    local key left
    for key in "${XSESSION_KEYS[@]}"; do
        # A viewer that quit while others were attached leaves a reaper for a moment.
        for _ in $(seq 30); do
            left="$(xsession_key_files "$key")"
            [[ -z $left ]] && break
            sleep 0.1
        done
        if [[ -n $left ]]; then
            xsession_log "left behind for key $key: $left"
            status=1
        fi
    done
    [[ -n $XSESSION_DIR ]] && rm -rf "$XSESSION_DIR"
    exit "$status"
}
