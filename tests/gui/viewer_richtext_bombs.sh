#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Rich-text bombs in a real viewer window (issue 16): each one of tests/fuzz/richtext-corpus
# (852 bytes of 25 nested tables, a 40 KB table grid, 50,000 nested <b>, a 5,000-row Markdown
# table) loaded into a viewer of its own, left to render for 2 s, then the window closed with
# Ctrl+Q. The viewer must say it shows the text plain (its log), exit 0 within 2 s of the close,
# and its peak resident memory (VmHWM) must stay within 400 MiB. Last, a page within the bounds
# that Qt takes long over, closed while it is still being built: also out within 2 s, exit 0.
# Usage: viewer_richtext_bombs.sh BIN_DIR
set -euo pipefail
BIN=${1:?usage: viewer_richtext_bombs.sh BIN_DIR}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS="$HERE/../fuzz/richtext-corpus"
source "$HERE/xsession.sh"

xsession_start
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP QT_QPA_PLATFORM
export QT_QUICK_BACKEND=software
# The refusal is logged (shm.viewer, info).
export QT_LOGGING_RULES="shm.viewer.info=true"
mkdir -p "$XDG_CONFIG_HOME/SharedMemoryLoader"
printf '[window]\nappearance=light\nwidth=800\nheight=560\nx=0\ny=0\n' \
    >"$XDG_CONFIG_HOME/SharedMemoryLoader/shm-viewer.conf"

LIMIT_KIB=$((400 * 1024))
CLOSE_MS=2000
N=0

# Under the sanitizers (XSESSION_SANITIZED=1) the leak check at exit takes seconds and ASan's
# shadow memory counts as resident: there the window must still go within CLOSE_MS, the process
# within XSESSION_EXIT_SECONDS, and the memory bound is three times as large.
EXIT_MS=$CLOSE_MS
if [[ ${XSESSION_SANITIZED:-0} == 1 ]]; then
    EXIT_MS=$((XSESSION_EXIT_SECONDS * 1000))
    LIMIT_KIB=$((3 * LIMIT_KIB))
fi

# close_within PID WINDOW NAME: Ctrl+Q, then the window must be gone within CLOSE_MS and the
# viewer exited (0) within EXIT_MS.
close_within() {
    local pid=$1 window=$2 name=$3 start now gone status=0
    start=$(date +%s%N)
    # The window may go between the key's press and release: xdotool then reports a BadWindow.
    xsession_key "$window" ctrl+q 2>/dev/null || true
    while xdotool getwindowname "$window" >/dev/null 2>&1; do
        now=$(date +%s%N)
        (((now - start) / 1000000 > CLOSE_MS)) &&
            xsession_fail "$name: the window is still open $CLOSE_MS ms after Ctrl+Q"
        sleep 0.02
    done
    gone=$(date +%s%N)
    while kill -0 "$pid" 2>/dev/null; do
        now=$(date +%s%N)
        (((now - start) / 1000000 > EXIT_MS)) &&
            xsession_fail "$name: the viewer is still running $EXIT_MS ms after Ctrl+Q"
        sleep 0.02
    done
    now=$(date +%s%N)
    wait "$pid" || status=$?
    ((status == 0)) || xsession_fail "$name: the viewer exited with $status"
    echo "$name: window gone in $(((gone - start) / 1000000)) ms, exited (0) in $(((now - start) / 1000000)) ms"
}

# show NAME FILE: a viewer of its own shows FILE; sets PID and WINDOW (no subshell: the viewer
# must stay this shell's child).
show() {
    local name=$1 file=$2 key _
    N=$((N + 1))
    key="gui-rich-$$-$N"
    xsession_track_key "$BIN/shm-viewer" "$key"
    xsession_spawn "viewer$N" "$BIN/shm-viewer" --key "$key"
    PID=${XSESSION_PIDS[-1]}
    xsession_wait_window "Shared Memory Viewer" >/dev/null
    for _ in $(seq 50); do
        "$BIN/shm-loader" --key "$key" --load "$file" >/dev/null 2>&1 && break
        sleep 0.1
    done
    WINDOW="$(xsession_wait_window "$name — Shared Memory Viewer")"
    xsession_track_key "$BIN/shm-viewer" "$key" # its ids: the test closes this viewer
}

bomb() {
    local seed=$1 name hwm
    name="bomb-$seed"
    tail -c +2 "$CORPUS/$seed" >"$XSESSION_DIR/$name" # the first byte is the fuzzer's mode
    show "$name" "$XSESSION_DIR/$name"
    sleep 2 # rendering, or refused
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$PID/status")
    echo "$name: peak resident memory $((hwm / 1024)) MiB"
    ((hwm <= LIMIT_KIB)) ||
        xsession_fail "$name: peak memory $((hwm / 1024)) MiB is over $((LIMIT_KIB / 1024)) MiB"
    close_within "$PID" "$WINDOW" "$name"
    grep -q "rich text shown plain" "$XSESSION_DIR/viewer$N.err" ||
        xsession_fail "$name: the viewer did not show it plain"
}

bomb nested-tables.html
bomb table-grid.html
bomb nested-bold.html
bomb markdown-table.md

# Within the bounds and slow for Qt (seconds): 46 KB of words in a cell 8 tables deep, each level
# laying it out twice. Closed as soon as it shows, while it is being built.
slow="$XSESSION_DIR/slow.html"
python3 - "$slow" <<'PY'
import sys
open(sys.argv[1], "w").write("<table><tr><td>" * 8 + "word " * 9200 + "</td></tr></table>" * 8)
PY
show slow.html "$slow"
close_within "$PID" "$WINDOW" slow.html
grep -q "rich text shown plain" "$XSESSION_DIR/viewer$N.err" &&
    xsession_fail "slow.html: within the bounds, yet shown plain"
if grep -q "leaving with a rich-text build still running" "$XSESSION_DIR/viewer$N.err"; then
    echo "slow.html: closed while its build still ran (abandoned)"
else
    echo "slow.html: its build had ended before the close"
fi
echo "PASS: every rich-text bomb shown plain, its window gone within $CLOSE_MS ms, exit 0, within $((LIMIT_KIB / 1024)) MiB"
