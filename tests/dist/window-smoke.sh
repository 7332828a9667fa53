#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# window-smoke.sh BINDIR KEY
# The windows of installed programs, on Qt's offscreen platform (no display needed): both start,
# load their whole QML UI (every QML module and plugin it imports must be installed: a missing
# one makes the program exit at once), stay up for a few seconds without a QML warning on
# stderr, and quit with 0 on SIGTERM. Settings go to a scratch folder, never the user's.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 BINDIR KEY" >&2
    exit 2
fi
bin=$1 key=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/shm-windows-XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 0700 "$work/runtime"
for program in shm-viewer shm-loader; do
    "$bin/$program" --key "$key" >"$work/$program.out" 2>"$work/$program.err" </dev/null &
    pids+=($!)
    sleep 0.5 # the viewer first: it creates the segment the loader's window shows
done
sleep 3

status=0
for i in "${!pids[@]}"; do
    program=$([[ $i == 0 ]] && echo shm-viewer || echo shm-loader)
    if ! kill -0 "${pids[i]}" 2>/dev/null; then
        wait "${pids[i]}" || true
        fail "$program's window did not stay up: $(cat "$work/$program.err")"
    fi
done
for i in 1 0; do # the loader first, so the viewer is the last to detach
    program=$([[ $i == 0 ]] && echo shm-viewer || echo shm-loader)
    kill -TERM "${pids[i]}"
    result=0
    wait "${pids[i]}" || result=$?
    unset 'pids[i]'
    ((result == 0)) || fail "$program exited with $result on SIGTERM: $(cat "$work/$program.err")"
    # QML errors and warnings name a qrc: or file: URL, or say a module is missing.
    if grep -E 'qrc:|file:|module .* is not installed|plugin cannot be loaded|QQmlApplicationEngine' \
        "$work/$program.err" >&2; then
        status=1
        echo "FAIL: $program's window printed QML problems (above)" >&2
    fi
done
((status == 0)) || exit 1
echo "PASS: both windows loaded their QML UI and quit cleanly"
