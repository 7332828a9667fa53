#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Find in the viewer on a real X display, from the keyboard: a text loaded, Ctrl+F, a word typed;
# the window must then show the current match in Theme.findCurrent and the others in
# Theme.findMatch (counted in a screenshot), where before there was neither; Esc closes the bar
# and the marks go.
# Usage: viewer_find.sh BIN_DIR
set -euo pipefail
BIN=${1:?usage: viewer_find.sh BIN_DIR}
source "$(dirname "${BASH_SOURCE[0]}")/xsession.sh"

xsession_start
KEY="gui-find-$$"
xsession_track_key "$BIN/shm-viewer" "$KEY"
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP QT_QPA_PLATFORM
export QT_QUICK_BACKEND=software
# The light appearance, at a known place and size.
mkdir -p "$XDG_CONFIG_HOME/SharedMemoryLoader"
printf '[window]\nappearance=light\nwidth=800\nheight=560\nx=0\ny=0\n' \
    >"$XDG_CONFIG_HOME/SharedMemoryLoader/shm-viewer.conf"

text="$XSESSION_DIR/words.txt"
for i in $(seq 40); do echo "line $i: alpha beta gamma delta"; done >"$text"

xsession_spawn viewer "$BIN/shm-viewer" --key "$KEY"
xsession_wait_window "Shared Memory Viewer" >/dev/null
for _ in $(seq 50); do "$BIN/shm-loader" --key "$KEY" --load "$text" >/dev/null 2>&1 && break; sleep 0.1; done
window="$(xsession_wait_window "words.txt — Shared Memory Viewer")"
sleep 0.5

# pixels COLOUR: how many pixels of the window have exactly that colour.
pixels() {
    xsession_screenshot "$XSESSION_DIR/screen.png"
    convert "$XSESSION_DIR/screen.png" -crop 800x560+0+0 +repage -fill black +opaque "$1" \
        -fill white -opaque "$1" -format '%[fx:round(mean*w*h)]' info:
}
current='#ffa640' # Theme.findCurrent, light
match='#fff07a'   # Theme.findMatch, light
before_current=$(pixels "$current")
before_match=$(pixels "$match")
((before_current == 0 && before_match == 0)) ||
    xsession_fail "match colours on screen before any find ($before_current, $before_match)"

xsession_key "$window" ctrl+f
sleep 0.3
xsession_type "$window" gamma
sleep 1 # the search runs off the GUI thread, then the marks are drawn
cp "$XSESSION_DIR/screen.png" "$XSESSION_DIR/before.png" 2>/dev/null || true
found_current=$(pixels "$current")
found_match=$(pixels "$match")
[[ -n $XSESSION_ARTIFACTS ]] && cp "$XSESSION_DIR/screen.png" "$XSESSION_ARTIFACTS/viewer-find.png"
echo "pixels of the current match: $found_current, of the other matches: $found_match"
((found_current > 50)) || xsession_fail "no current match marked after typing 'gamma'"
((found_match > 50 * found_current / 10)) || xsession_fail "the other matches are not marked"

xsession_key "$window" Escape
sleep 0.5
after=$(pixels "$current")
((after == 0)) || xsession_fail "the current match is still marked after Esc"
echo "PASS: Ctrl+F found and marked the word"
