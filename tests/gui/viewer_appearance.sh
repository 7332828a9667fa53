#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# The viewer's light and dark appearance on a real X display: the window started with each
# remembered appearance (its settings file, as View ▸ Appearance leaves it) and a text loaded;
# a screenshot of the window must be light, then dark (mean grey level of the whole window).
# Usage: viewer_appearance.sh BIN_DIR
set -euo pipefail
BIN=${1:?usage: viewer_appearance.sh BIN_DIR}
source "$(dirname "${BASH_SOURCE[0]}")/xsession.sh"

xsession_start
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP QT_QPA_PLATFORM
export QT_QUICK_BACKEND=software

# brightness APPEARANCE: starts the viewer remembering APPEARANCE, loads a text, sets LEVEL to
# the window's mean grey level (0 black … 1 white), closes the viewer.
LEVEL=
brightness() {
    local appearance=$1 key="gui-appearance-$1-$$"
    xsession_track_key "$BIN/shm-viewer" "$key"
    mkdir -p "$XDG_CONFIG_HOME/SharedMemoryLoader"
    printf '[window]\nappearance=%s\nwidth=800\nheight=560\nx=0\ny=0\n' "$appearance" \
        >"$XDG_CONFIG_HOME/SharedMemoryLoader/shm-viewer.conf"
    xsession_spawn "viewer-$appearance" "$BIN/shm-viewer" --key "$key"
    xsession_wait_window "Shared Memory Viewer" >/dev/null
    for _ in $(seq 50); do "$BIN/shm-loader" --key "$key" --load welcome.txt >/dev/null 2>&1 && break; sleep 0.1; done
    xsession_wait_window "welcome.txt — Shared Memory Viewer" >/dev/null
    xsession_track_key "$BIN/shm-viewer" "$key" # its ids: this viewer is stopped below
    sleep 0.5 # the frame with the text
    # The window's place and size come from the settings written above.
    xsession_screenshot "$XSESSION_DIR/screen.png"
    convert "$XSESSION_DIR/screen.png" -crop 800x560+0+0 +repage "$XSESSION_DIR/$appearance.png"
    [[ -n $XSESSION_ARTIFACTS ]] && cp "$XSESSION_DIR/$appearance.png" "$XSESSION_ARTIFACTS/viewer-$appearance.png"
    LEVEL=$(convert "$XSESSION_DIR/$appearance.png" -colorspace Gray -format '%[fx:mean]' info:)
    # SIGTERM closes the window as its close button does.
    local pid=${XSESSION_PIDS[-1]}
    kill -TERM "$pid"
    for _ in $(seq $((XSESSION_EXIT_SECONDS * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
}

brightness light
light=$LEVEL
brightness dark
dark=$LEVEL
echo "mean grey level: light $light, dark $dark"
awk -v l="$light" 'BEGIN { exit !(l > 0.7) }' || xsession_fail "the light window is not light ($light)"
awk -v d="$dark" 'BEGIN { exit !(d < 0.3) }' || xsession_fail "the dark window is not dark ($dark)"
echo "PASS: the viewer renders light and dark"
