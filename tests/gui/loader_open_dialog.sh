#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# The loader's Open… on a real X display, from the keyboard only: Ctrl+O in the loader's window,
# Ctrl+L in Qt's own file dialog (Qt Quick Dialogs' non-native FileDialog has a path field behind
# it; inside the window with Qt 6.4, a window of its own with newer Qt), the file's path typed,
# Enter; the viewer (--print, same private key) must show that file.
# Usage: loader_open_dialog.sh BIN_DIR
set -euo pipefail
BIN=${1:?usage: loader_open_dialog.sh BIN_DIR}
source "$(dirname "${BASH_SOURCE[0]}")/xsession.sh"

xsession_start
KEY="gui-open-dialog-$$"
xsession_track_key "$BIN/shm-viewer" "$KEY"
# The recent files go to settings of their own, never the user's; Qt's own dialog, never a
# desktop's native one.
export XDG_CONFIG_HOME="$XSESSION_DIR/config"
unset QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP QT_QPA_PLATFORM
export QT_QUICK_BACKEND=software

file="$XSESSION_DIR/chosen in the dialog.md"
printf '# Chosen in the dialog\nTyped, not clicked.\n' >"$file"

xsession_spawn viewer "$BIN/shm-viewer" --print --key "$KEY"
for _ in $(seq 100); do
    "$BIN/shm-viewer" --status --key "$KEY" >/dev/null 2>&1 && break
    sleep 0.1
done
xsession_spawn loader "$BIN/shm-loader" --key "$KEY"
loader="$(xsession_wait_window "Shared Memory Loader")"
sleep 0.5 # the first frame

xsession_key "$loader" ctrl+o
sleep 1
# Qt 6.4 draws its own dialog inside the window; newer Qt gives it a window of its own, which
# then has the keyboard.
dialog="$loader"
for _ in $(seq 20); do
    id="$(xdotool search --name "^Open a text or an image\$" 2>/dev/null | head -n 1 || true)"
    if [[ -n $id ]]; then
        dialog=$id
        break
    fi
    sleep 0.1
done
xsession_key "$dialog" ctrl+l
sleep 0.3
xsession_type "$dialog" "$file"
xsession_key "$dialog" Return

xsession_wait_for "$XSESSION_DIR/viewer.out" '"source":"chosen in the dialog.md"' 15 \
    || xsession_fail "the viewer did not show the file chosen in the dialog"
xsession_wait_for "$XSESSION_DIR/viewer.out" '"text":"# Chosen in the dialog\nTyped, not clicked.\n"' 5 \
    || xsession_fail "the viewer shows other text"
grep -qF '"contentType":"text/markdown; charset=utf-8"' "$XSESSION_DIR/viewer.out" \
    || xsession_fail "not stored as Markdown"
# Opened files are kept for the dropdown's recent section.
grep -qF "chosen in the dialog.md" "$XDG_CONFIG_HOME/SharedMemoryLoader/shm-loader.conf" \
    || xsession_fail "the file is not among the recent files"
if [[ -n $XSESSION_ARTIFACTS ]]; then
    xsession_screenshot "$XSESSION_ARTIFACTS/loader-open-dialog.png" "$loader"
fi
echo "PASS: the file typed into the dialog reached the viewer"
