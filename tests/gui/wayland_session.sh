#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Both windows on Qt's Wayland platform (QT_QPA_PLATFORM=wayland, Debian's qt6-wayland), as on
# the Wayland desktops most users now have: weston with its X11 backend inside Xvfb (its window
# takes the X input xdotool sends, and it gives clients a seat: weston's headless backend has
# none, and Qt 6.4's Wayland client then crashes in any TextField). From the keyboard only: in the
# loader's window Ctrl+O, Ctrl+L in Qt's own file dialog, a path typed, Enter; the viewer window
# must present that load (its shm.viewer.latency line, the segment by --status --json), then
# Ctrl+Q closes each window with exit 0, and nothing is left: no segment, semaphore, key file,
# weston or weston client.
# Usage: wayland_session.sh BIN_DIR (SHM_QT_PLUGIN_DIR: Qt's plugin folder, to find the wayland
# platform plugin). Exit 77 (skipped) when weston or qt6-wayland is not installed.
set -euo pipefail
BIN=${1:?usage: wayland_session.sh BIN_DIR}
HERE="$(dirname "${BASH_SOURCE[0]}")"
PLUGIN_DIR=${SHM_QT_PLUGIN_DIR:-/usr/lib/x86_64-linux-gnu/qt6/plugins}

if ! command -v weston >/dev/null; then
    echo "SKIP: weston is not installed (Debian: weston; scripts/quickstart.sh --test installs it)"
    exit 77
fi
if [[ ! -e $PLUGIN_DIR/platforms/libqwayland-generic.so ]]; then
    echo "SKIP: Qt's wayland platform plugin is not in $PLUGIN_DIR/platforms" \
        "(Debian: qt6-wayland; scripts/quickstart.sh --test installs it)"
    exit 77
fi
source "$HERE/xsession.sh"

xsession_start
# Weston and the clients it starts (weston-keyboard, weston-desktop-shell) carry this tag in their
# environment, as do the programs: none of them may outlive the test.
xsession_tag_processes
KEY="gui-wayland-$$"
xsession_track_key "$BIN/shm-viewer" "$KEY"
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
# Weston's socket in the session's folder, never a user's.
export XDG_RUNTIME_DIR="$XSESSION_DIR/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP WAYLAND_DISPLAY QT_WAYLAND_DECORATION

# The pixman renderer: no GL needed. No weston.ini of the user's.
xsession_spawn weston weston --backend=x11-backend.so --use-pixman --no-config \
    --socket=shm-wayland --width=1200 --height=850 --idle-time=0
for _ in $(seq 100); do
    [[ -S $XDG_RUNTIME_DIR/shm-wayland ]] && break
    sleep 0.1
done
[[ -S $XDG_RUNTIME_DIR/shm-wayland ]] || xsession_fail "weston made no socket"
# Weston's X window (its log names it: "x11 output 1200x850, window id N"): the input xdotool
# sends through XTEST reaches the Wayland client weston gives the keyboard to (the newest window).
weston_window=""
for _ in $(seq 50); do
    weston_window="$(sed -n 's/.*x11 output .*window id \([0-9][0-9]*\).*/\1/p' \
        "$XSESSION_DIR/weston.err" | head -n 1)"
    [[ -n $weston_window ]] && break
    sleep 0.1
done
[[ -n $weston_window ]] || xsession_fail "weston named no X window"
# Under the sanitizers every step of the windows takes longer.
pause() {
    sleep "$(awk -v s="$1" -v slow="${XSESSION_SANITIZED:-0}" 'BEGIN { print slow == 1 ? 3 * s : s }')"
}
wayland_key() {
    xdotool windowfocus --sync "$weston_window" && xdotool key --delay 50 "$@"
}
wayland_type() {
    xdotool windowfocus --sync "$weston_window" && xdotool type --delay 20 -- "$1"
}
# Qt's Wayland client logs (qt.qpa.wayland, debug) each configure event weston sends; one with
# WindowActive means the window has the keyboard. Counts them in NAME's stderr.
wayland_activations() {
    grep -c "^debug qt.qpa.wayland: Applied pending xdg_toplevel configure event: .*WindowActive" \
        "$XSESSION_DIR/$1.err" 2>/dev/null || true
}
# Ctrl+Q to the window with the keyboard, which must be NAME's (process PID): it must close and
# the program exit 0.
wayland_close() {
    local name=$1 pid=$2 code _
    wayland_key ctrl+q
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && xsession_fail "Ctrl+Q did not close the $name"
    wait "$pid" && code=0 || code=$?
    [[ $code -eq 0 ]] || xsession_fail "the $name exited with $code"
}
# Waits until NAME's window was activated more than BEFORE times.
wayland_wait_active() {
    local name=$1 before=$2 _
    for _ in $(seq 300); do
        (($(wayland_activations "$name") > before)) && return 0
        sleep 0.1
    done
    xsession_fail "the $name window never got the keyboard"
}

export WAYLAND_DISPLAY=shm-wayland QT_QPA_PLATFORM=wayland QT_QUICK_BACKEND=software
# Under the sanitizers, no leak check at exit for these two: Qt's Wayland client leaves
# allocations of libwayland-client and of its platform plugin, unloaded by then (LeakSanitizer
# names no frame of it, so lsan.supp cannot single them out). Memory errors are still caught,
# and every other test checks the same code for leaks.
if [[ ${XSESSION_SANITIZED:-0} == 1 ]]; then
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
fi
# A message's type first: Qt's debug lines are read above, a warning fails the test below.
export QT_MESSAGE_PATTERN="%{type} %{category}: %{message}"
file="$XSESSION_DIR/chosen on wayland.md"
printf '# Chosen on Wayland\nTyped into the dialog.\n' >"$file"

# The viewer window writes a line for each new content it presents (its latency probe).
QT_LOGGING_RULES="shm.viewer.latency=true;qt.qpa.wayland=true" \
    xsession_spawn viewer "$BIN/shm-viewer" --key "$KEY"
viewer_pid=${XSESSION_PIDS[-1]}
for _ in $(seq 100); do
    "$BIN/shm-viewer" --status --key "$KEY" >/dev/null 2>&1 && break
    sleep 0.1
done
"$BIN/shm-viewer" --status --key "$KEY" >/dev/null 2>&1 || xsession_fail "no viewer on $KEY"
xsession_track_key "$BIN/shm-viewer" "$KEY" # its ids: the test closes this viewer
QT_LOGGING_RULES="qt.qpa.wayland=true" xsession_spawn loader "$BIN/shm-loader" --key "$KEY"
loader_pid=${XSESSION_PIDS[-1]}
# There is no X window to wait for: weston activates the newest window.
wayland_wait_active loader 0
pause 0.5 # its first frame
kill -0 "$viewer_pid" 2>/dev/null || xsession_fail "the viewer did not start on Wayland"
grep -q "libqwayland" "/proc/$loader_pid/maps" \
    || xsession_fail "the loader is not on Qt's Wayland platform"

wayland_key ctrl+o
pause 1
wayland_key ctrl+l
pause 0.3
wayland_type "$file"
wayland_key Return

status_json=""
for _ in $(seq 150); do
    status_json="$("$BIN/shm-viewer" --status --json --key "$KEY" 2>/dev/null || true)"
    grep -qF '"source":"chosen on wayland.md"' <<<"$status_json" && break
    sleep 0.1
done
grep -qF '"source":"chosen on wayland.md"' <<<"$status_json" \
    || xsession_fail "the file chosen in the dialog is not in the segment: $status_json"
grep -qF '"contentType":"text/markdown; charset=utf-8"' <<<"$status_json" \
    || xsession_fail "not stored as Markdown: $status_json"
seq="$(sed -n 's/.*"seq":\([0-9]*\).*/\1/p' <<<"$status_json")"
xsession_wait_for "$XSESSION_DIR/viewer.err" "presented seq=$seq " 10 \
    || xsession_fail "the viewer window did not present load $seq"
pause 0.5 # the frame after
if [[ -n $XSESSION_ARTIFACTS ]]; then
    xsession_screenshot "$XSESSION_ARTIFACTS/wayland-session.png"
fi

# Ctrl+Q in the loader (it has the keyboard: the newest window), then in the viewer, to which
# weston's shell gives the keyboard once the loader's window is gone. (No click: the pointer
# xdotool moves is not the one weston sees, and a click at weston's pointer hits its panel.)
activations=$(wayland_activations viewer)
wayland_close loader "$loader_pid"
wayland_wait_active viewer "$activations"
pause 0.3
wayland_close viewer "$viewer_pid"
# No warning of Qt's (its Wayland client's among them) on the way.
if grep -E "^(warning|critical|fatal) " "$XSESSION_DIR/loader.err" "$XSESSION_DIR/viewer.err"; then
    xsession_fail "a warning on stderr"
fi
echo "PASS: on Wayland the file typed into the loader's dialog was presented by the viewer window"
