#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Both windows as a screen reader sees them: a session bus and an AT-SPI bus of the test's own
# (at-spi-bus-launcher), the programs with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on Xvfb, and
# accessibility_tree.py (pyatspi) reading each window: its title, a name and the right role for
# every control and menu item, Tab through the controls in reading order. Before the fix both
# programs were on the bus with no window at all (issue 19).
# Usage: accessibility.sh BIN_DIR (SHM_PYATSPI_PYTHON: a python3 with pyatspi, AT_SPI_BUS_LAUNCHER)
set -euo pipefail
BIN=${1:?usage: accessibility.sh BIN_DIR}
PYTHON=${SHM_PYATSPI_PYTHON:-/usr/bin/python3}
HERE="$(dirname "${BASH_SOURCE[0]}")"
LAUNCHER=${AT_SPI_BUS_LAUNCHER:-/usr/libexec/at-spi-bus-launcher}
source "$HERE/xsession.sh"

xsession_start
# Everything the test starts (the buses, the registry daemon the accessibility bus starts, the
# programs) carries this tag in its environment: none of them may outlive the test.
export SHM_A11Y_TEST_TAG="a11y-$$-$RANDOM"
a11y_leftovers() {
    local file pid
    for file in $(grep -lzsx "SHM_A11Y_TEST_TAG=$SHM_A11Y_TEST_TAG" /proc/[0-9]*/environ); do
        pid=${file#/proc/}
        pid=${pid%/environ}
        kill -0 "$pid" 2>/dev/null && echo "$pid" # not the grep above, gone by now
    done
}
# xsession's clean-up (programs newest first, Xvfb, the key), then the tagged processes.
a11y_cleanup() {
    local status=$? left _
    trap - EXIT
    set +e
    (
        (exit "$status")
        xsession_cleanup
    ) || status=1
    for _ in $(seq 30); do
        left="$(a11y_leftovers)"
        [[ -z $left ]] && break
        sleep 0.1
    done
    if [[ -n $left ]]; then
        xsession_log "left running: $(ps -o pid=,args= -p "${left//$'\n'/,}")"
        kill -KILL $left 2>/dev/null || true
        status=1
    fi
    exit "$status"
}
trap a11y_cleanup EXIT
KEY="gui-a11y-$$"
xsession_track_key "$BIN/shm-viewer" "$KEY"
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
# The buses' sockets, and anything else a daemon keeps at run time, inside the session's folder.
export XDG_RUNTIME_DIR="$XSESSION_DIR/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP QT_QPA_PLATFORM AT_SPI_BUS_ADDRESS
export QT_QUICK_BACKEND=software QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
mkdir -p "$XDG_CONFIG_HOME/SharedMemoryLoader"
printf '[window]\nwidth=800\nheight=560\nx=0\ny=0\n' \
    >"$XDG_CONFIG_HOME/SharedMemoryLoader/shm-viewer.conf"

# Started first, so stopped last (xsession stops its programs newest first).
export DBUS_SESSION_BUS_ADDRESS="unix:path=$XSESSION_DIR/session-bus"
xsession_spawn session-bus dbus-daemon --session --nofork --address="$DBUS_SESSION_BUS_ADDRESS"
# Without DISPLAY: the launcher would set its address on the X root window and close its
# connection, and Xvfb, left without clients, resets, refusing a program that connects meanwhile
# (seen: "could not connect to display"). The programs ask the session bus for the address.
xsession_spawn a11y-bus env -u DISPLAY "$LAUNCHER" --launch-immediately
a11y_address=""
for _ in $(seq 100); do
    a11y_address="$(dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress 2>/dev/null || true)"
    [[ $a11y_address == *unix:* ]] && break
    sleep 0.1
done
[[ $a11y_address == *unix:* ]] || xsession_fail "no accessibility bus from $LAUNCHER"
echo "accessibility bus:$a11y_address"

# With a text loaded, so that the controls for a text are enabled and shown.
xsession_spawn viewer "$BIN/shm-viewer" --key "$KEY"
xsession_wait_window "Shared Memory Viewer" 40 >/dev/null
text="$XSESSION_DIR/words.txt"
for i in $(seq 40); do echo "line $i: alpha beta gamma delta"; done >"$text"
for _ in $(seq 50); do "$BIN/shm-loader" --key "$KEY" --load "$text" >/dev/null 2>&1 && break; sleep 0.1; done
viewer="$(xsession_wait_window "words.txt — Shared Memory Viewer")"
"$PYTHON" "$HERE/accessibility_tree.py" shm-viewer "words.txt — Shared Memory Viewer" "$viewer" 24 ||
    xsession_fail "the viewer's window as a screen reader reads it"

xsession_spawn loader "$BIN/shm-loader" --key "$KEY"
loader="$(xsession_wait_window "Shared Memory Loader" 40)"
"$PYTHON" "$HERE/accessibility_tree.py" shm-loader "Shared Memory Loader" "$loader" 12 ||
    xsession_fail "the loader's window as a screen reader reads it"
echo "PASS: both windows read through AT-SPI"
