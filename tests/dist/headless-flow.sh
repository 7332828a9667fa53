#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# headless-flow.sh BINDIR KEY [FILE...]
# The headless flow of installed programs: `shm-viewer --print` on KEY in the background, every
# name `shm-loader --list` gives and every FILE loaded with `shm-loader --load` (a WebP and an
# SVG file prove the image plugins beyond the bundled PNG, JPEG and GIF), then checks that the
# viewer printed each one, exited 0, and left nothing behind: no key file, no System V segment or
# semaphore of KEY (by the ids `shm-viewer --status --json` gives while the viewer runs: see
# tests/support/leftovers.sh), no process. Needs bash and coreutils only, so it runs in a minimal
# Debian root too (with ../support/leftovers.sh beside it, as in the source tree).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/leftovers.sh"

if (($# < 2)); then
    echo "usage: $0 BINDIR KEY [FILE...]" >&2
    exit 2
fi
bin=$1 key=$2
shift 2
tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/shm-flow-XXXXXX")
viewer=
cleanup() {
    if [[ -n $viewer ]]; then
        kill -TERM "$viewer" 2>/dev/null || true
        wait "$viewer" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$bin/shm-viewer" --key "$key" --print >"$work/out" 2>"$work/err" </dev/null &
viewer=$!

mapfile -t names < <("$bin/shm-loader" --list)
((${#names[@]} > 0)) || fail "shm-loader --list named nothing"
names+=("$@")
echo "viewer (pid $viewer) on key $key; loading ${#names[@]} files: ${names[*]}"

# The viewer creates the segment just after it starts: a load is retried while it says "no
# viewer yet" (exit 2), for 10 s at most.
tries=0
for name in "${names[@]}"; do
    while :; do
        result=0
        "$bin/shm-loader" --key "$key" --load "$name" >"$work/load" 2>&1 || result=$?
        ((result == 2 && tries < 100)) || break
        tries=$((tries + 1))
        sleep 0.1
    done
    sed 's/^/  loader: /' "$work/load"
    ((result == 0)) || fail "shm-loader --load $name exited with $result"
    sleep 0.3 # one load per poll of the viewer, so it prints each one
done

# The key files and the ids of the segment and semaphore, while the viewer still holds them.
leftovers_watch "$bin/shm-viewer" "$key" || fail "no segment of $key while the viewer runs"

sleep 0.5
kill -TERM "$viewer"
status=0
wait "$viewer" || status=$?
viewer=
((status == 0)) || fail "shm-viewer exited with $status: $(cat "$work/err")"

for name in "${names[@]}"; do
    # A path is printed by its file name.
    grep -qF "\"source\":\"${name##*/}\"" "$work/out" || fail "the viewer did not print $name"
    echo "  viewer printed ${name##*/}"
done
grep -q '"state":"valid"' "$work/out" || fail "the viewer printed no valid content"
if grep -v '"state":"valid"' "$work/out" >&2; then
    fail "the viewer printed content that is not valid (above)"
fi

# Nothing left: the last process to detach removes segment, semaphore and key files.
mapfile -t left < <(leftovers_check 3; leftovers_processes "$bin/shm-*")
((${#left[@]} == 0)) || fail "left behind: ${left[*]}"
echo "PASS: every file printed; no key file, segment, semaphore or process left"
