#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# leftovers_selftest.sh BINDIR: the scripts' leftover check (leftovers.sh) against real viewers.
#   1. a viewer's segment and semaphore are seen while it runs, and nothing after it quits;
#   2. an object another program makes afterwards with the same ftok() key (a new file that got
#      the freed inode's low 16 bits, as ext4 hands them out) is not taken for ours;
#   3. a killed viewer whose key files were removed is still caught, by the recorded ids;
#   4. leftovers_remove reports and removes what a killed viewer left with its key files.
# Needs python3 (ctypes: ftok, shmget) and ipcrm (util-linux) for the other program's object.
set -euo pipefail
bin=${1:?usage: leftovers_selftest.sh BINDIR}
source "$(dirname "${BASH_SOURCE[0]}")/leftovers.sh"
# Key files on a tmpfs of this test's own (TMPDIR, which Qt's key files follow): step 2 makes and
# removes thousands of files to get one inode's low 16 bits, and on the shared ext4 /tmp the freed
# inodes would go to other tests' new key files, whose ftok() keys could then meet live segments
# (ctest -j). On tmpfs inodes are counted up, never reused, and the device byte differs.
private=$(mktemp -d /dev/shm/shm-leftovers-selftest-XXXXXX)
export TMPDIR=$private
tmp=$TMPDIR
work=$(mktemp -d "$tmp/shm-leftovers-XXXXXX")
pids=()
foreign=()
cleanup() {
    local pid id key
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    for id in "${foreign[@]}"; do ipcrm -m "$id" 2>/dev/null || true; done
    # What a killed viewer left (or any viewer, when a step failed).
    for key in "${LEFTOVERS_KEYS[@]}"; do remove_recorded "$key"; done
    rm -rf "$work" "$tmp/shm-leftovers-$$-other-"* "$private"
}
# remove_recorded KEY: its key files, and its segment and semaphore by the recorded ids.
remove_recorded() {
    local id
    for id in ${LEFTOVERS_SHM_IDS[$1]:-}; do ipcrm -m "$id" 2>/dev/null || true; done
    for id in ${LEFTOVERS_SEM_IDS[$1]:-}; do ipcrm -s "$id" 2>/dev/null || true; done
    rm -f "${LEFTOVERS_KEY_FILE[$1]}" "${LEFTOVERS_SEM_FILE[$1]}"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# start_viewer KEY: a viewer --print on KEY, returned once its segment exists (VIEWER_PID).
start_viewer() {
    "$bin/shm-viewer" --key "$1" --print >/dev/null 2>"$work/viewer.err" </dev/null &
    VIEWER_PID=$!
    pids+=("$VIEWER_PID")
    for _ in $(seq 100); do
        "$bin/shm-viewer" --key "$1" --status >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    fail "no segment of $1: $(cat "$work/viewer.err")"
}

# killed_viewer KEY: a viewer on KEY, watched, then SIGKILLed: it removes nothing.
killed_viewer() {
    start_viewer "$1"
    leftovers_watch "$bin/shm-viewer" "$1"
    kill -KILL "$VIEWER_PID"
    wait "$VIEWER_PID" 2>/dev/null || true
}

echo "1. seen while the viewer runs, nothing after it quits"
key="shmtest-leftovers-$$-quits"
start_viewer "$key"
leftovers_watch "$bin/shm-viewer" "$key" || fail "leftovers_watch found no segment of $key"
left=$(leftovers_check 0) && fail "nothing seen while the viewer runs"
grep -q 'segment (shmid' <<<"$left" && grep -q 'semaphore (semid' <<<"$left" ||
    fail "the segment or semaphore of the running viewer not seen: $left"
inodes=$(stat -c %i "${LEFTOVERS_KEY_FILE[$key]}" "${LEFTOVERS_SEM_FILE[$key]}")
kill -TERM "$VIEWER_PID"
wait "$VIEWER_PID" || fail "the viewer exited with $?"
left=$(leftovers_check 3) || fail "left behind by a viewer that quit: $left"

echo "2. another program's object with the same ftok() key afterwards is not ours"
# New files beside the key files (a folder of their own would take inodes of another block group)
# until one's inode has the low 16 bits of a removed key file's (ftok: 0x51, the device's low
# byte, the inode's low 16 bits), then a segment of that key.
made=$(python3 - "$tmp/shm-leftovers-$$-other" $inodes <<'PY'
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
prefix, wanted = sys.argv[1], {int(i) & 0xffff for i in sys.argv[2:]}
# Kept until a match: a file made and removed at once would get the same inode every time.
made = []
for n in range(70000):
    path = f"{prefix}-{n}"
    open(path, "w").close()
    made.append(path)
    if os.stat(path).st_ino & 0xffff in wanted:
        made.pop()
        key = libc.ftok(path.encode(), ord("Q"))
        print(libc.shmget(key, 4096, 0o1000 | 0o600), f"{key:#x}")
        break
for path in made:
    os.unlink(path)
PY
)
if [[ -z $made ]]; then
    echo "   skipped: no new file got such an inode in 70,000 tries"
else
    read -r id ipc_key <<<"$made"
    ((id >= 0)) || fail "shmget for the other program's key $ipc_key failed"
    foreign+=("$id")
    echo "   another program's segment $id of key $ipc_key, the key the viewer's key file gave"
    left=$(leftovers_check 0) || fail "another program's object taken for a leftover: $left"
fi

echo "3. a killed viewer whose key files were removed: caught by the recorded ids"
key="shmtest-leftovers-$$-killed"
killed_viewer "$key"
rm -f "${LEFTOVERS_KEY_FILE[$key]}" "${LEFTOVERS_SEM_FILE[$key]}"
left=$(leftovers_check 1) && fail "the killed viewer's segment and semaphore not seen"
echo "$left" | sed 's/^/   /'
grep -q 'segment (shmid' <<<"$left" && grep -q 'semaphore (semid' <<<"$left" ||
    fail "not both of the killed viewer's objects seen: $left"
remove_recorded "$key"

echo "4. leftovers_remove: what a killed viewer left with its key files, reported and removed"
key="shmtest-leftovers-$$-removed"
killed_viewer "$key"
removed=$(leftovers_remove "$bin/shm-viewer" "$key") && fail "leftovers_remove saw nothing left"
[[ $removed == *"left behind (removed now)"* ]] || fail "leftovers_remove said: $removed"
left=$(leftovers_check 0) || fail "leftovers_remove left: $left"
echo "PASS: seen while alive, gone after, not fooled by a reused key, killed viewers caught"
