# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# The one leftover check of the scripts and shell tests, on the product's own commands
# (`shm-viewer --status --json`, `--cleanup`). Source it, then:
#   leftovers_watch VIEWER KEY        while KEY's programs run: records the key files and the ids
#                                     of the segment and semaphore that `VIEWER --status --json`
#                                     names for KEY (called again, adds the ids it sees then);
#                                     returns 2 when KEY has no segment now, 1 when VIEWER fails
#   leftovers_watch_again             leftovers_watch once more for every watched key
#   leftovers_check [SECONDS]         what of the watched keys is left, waiting up to SECONDS
#                                     (default 3: a reaper may still be at work): a key file, or
#                                     a segment or semaphore by its recorded id; one line each,
#                                     returns 1 when anything is left
#   leftovers_remove VIEWER KEY...    after killed programs: `VIEWER --cleanup` of each KEY that
#                                     still has a segment, semaphore or key file; one line each,
#                                     returns 1 when anything was left
#   leftovers_key_files WORD...       Qt's key files in /tmp whose names hold a WORD of a key (its
#                                     letters: "shmtest"): one line each
#   leftovers_ipc_ids                 the ids of every System V segment and semaphore now
#   leftovers_orphans IDS             of the objects made since IDS (leftovers_ipc_ids' output),
#                                     those no /tmp/qipc_* key file names: one line each
#   leftovers_processes PATTERN...    processes whose program matches a PATTERN (a glob such as
#                                     "$ROOT/build*/bin/*"): one line each
# Why by id: once the key files are gone, the System V key ftok() gave them (their inode) means
# nothing. ext4 hands a freed inode to the next new file at once, so another program's new key
# file can give the same key, and an object of that key is not ours (headless-flow.sh once
# failed that way: "left behind: System V object of key 0x51002038"). An id is not used again
# until its slot's sequence number wraps (65,536 objects later). Needs bash and /proc only, so it
# runs in a minimal Debian root too.

declare -a LEFTOVERS_KEYS=()
declare -A LEFTOVERS_VIEWER=() LEFTOVERS_KEY_FILE=() LEFTOVERS_SEM_FILE=()
declare -A LEFTOVERS_SHM_IDS=() LEFTOVERS_SEM_IDS=()

# _leftovers_string JSON NAME: a top-level string of --status --json (paths: no quote inside).
# Inside a JSON string every quote is escaped, so `NAME":` matches a real key only.
_leftovers_string() { sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p" <<<"$1"; }
# _leftovers_id JSON OBJECT: the id in "segment" or "lock" (objects of numbers and booleans).
_leftovers_id() { sed -n "s/.*\"$2\":{[^}]*\"id\":\([0-9]*\).*/\1/p" <<<"$1"; }
# _leftovers_alive shm|sem ID
_leftovers_alive() {
    awk -v id="$2" 'NR > 1 && $2 == id { found = 1 } END { exit !found }' "/proc/sysvipc/$1"
}

leftovers_watch() {
    local viewer=$1 key=$2 json shm sem
    json=$("$viewer" --key "$key" --status --json 2>/dev/null) || true
    [[ $json == *'"keyFile":"'* ]] || { echo "leftovers: $viewer --status --json failed" >&2; return 1; }
    if [[ -z ${LEFTOVERS_KEY_FILE[$key]+set} ]]; then
        LEFTOVERS_KEYS+=("$key")
        LEFTOVERS_VIEWER[$key]=$viewer
        LEFTOVERS_KEY_FILE[$key]=$(_leftovers_string "$json" keyFile)
        LEFTOVERS_SEM_FILE[$key]=$(_leftovers_string "$json" semaphoreKeyFile)
    fi
    shm=$(_leftovers_id "$json" segment)
    sem=$(_leftovers_id "$json" lock)
    [[ -z $shm ]] || LEFTOVERS_SHM_IDS[$key]+=" $shm"
    [[ -z $sem ]] || LEFTOVERS_SEM_IDS[$key]+=" $sem"
    [[ -n $shm ]] || return 2
}

leftovers_watch_again() {
    local key
    for key in "${LEFTOVERS_KEYS[@]}"; do
        leftovers_watch "${LEFTOVERS_VIEWER[$key]}" "$key" || true
    done
}

_leftovers_list() {
    local key file id
    for key in "${LEFTOVERS_KEYS[@]}"; do
        for file in "${LEFTOVERS_KEY_FILE[$key]}" "${LEFTOVERS_SEM_FILE[$key]}"; do
            [[ -e $file ]] && echo "key $key: key file $file"
        done
        for id in ${LEFTOVERS_SHM_IDS[$key]:-}; do
            _leftovers_alive shm "$id" && echo "key $key: segment (shmid $id)"
        done
        for id in ${LEFTOVERS_SEM_IDS[$key]:-}; do
            _leftovers_alive sem "$id" && echo "key $key: semaphore (semid $id)"
        done
    done
    return 0
}

leftovers_check() {
    local tries=$((${1:-3} * 10)) left
    while :; do
        left=$(_leftovers_list)
        [[ -z $left ]] && return 0
        ((tries-- > 0)) || break
        sleep 0.1
    done
    printf '%s\n' "$left"
    return 1
}

leftovers_remove() {
    local viewer=$1 key json status=0
    shift
    for key in "$@"; do
        json=$("$viewer" --key "$key" --status --json 2>/dev/null) || true
        # The key files are there when anything is (a killed program leaves them), so --status
        # finds the segment and semaphore through the live files, not a stale inode.
        if [[ $json == *'"exists":true'* || $json == *'"keyFileExists":true'* \
            || $json == *'"semaphoreKeyFileExists":true'* || $json == *'"lock":{'* ]]; then
            echo "key $key: left behind (removed now): $json"
            "$viewer" --key "$key" --cleanup >/dev/null 2>&1 || true
            status=1
        fi
    done
    return "$status"
}

leftovers_key_files() {
    local word file
    for word in "$@"; do
        for file in "${TMPDIR:-/tmp}"/qipc_*"$word"*; do
            [[ -e $file ]] && echo "key file $file"
        done
    done
    return 0
}

leftovers_ipc_ids() {
    awk 'FNR > 1 { print FILENAME ":" $2 }' /proc/sysvipc/shm /proc/sysvipc/sem | sort
}

# An object made since IDS whose key no key file gives now is nobody's: its key files are gone.
# The keys are taken from the files that exist now (their inodes are current), ftok(file, 'Q')
# as Qt makes them: 0x51, the device's low byte, the inode's low 16 bits.
leftovers_orphans() {
    local before=$1 file dev inode key id
    local -A keys=()
    for file in "${TMPDIR:-/tmp}"/qipc_*; do
        [[ -e $file ]] || continue
        read -r dev inode < <(stat -c '%d %i' "$file")
        keys[$(((0x51 << 24) | ((dev & 0xff) << 16) | (inode & 0xffff)))]=1
    done
    while read -r file key id; do
        # IPC_PRIVATE objects (key 0) are never Qt's.
        ((key == 0)) || [[ -n ${keys[$key]:-} ]] && continue
        grep -qxF "$file:$id" <<<"$before" && continue
        echo "orphaned ${file##*/} object, id $id, key $(printf '0x%08x' "$key")"
    done < <(awk 'FNR > 1 { print FILENAME, $1, $2 }' /proc/sysvipc/shm /proc/sysvipc/sem)
}

leftovers_processes() {
    local exe target pattern
    for exe in /proc/[0-9]*/exe; do
        target=$(readlink "$exe" 2>/dev/null) || continue
        for pattern in "$@"; do
            # shellcheck disable=SC2053 # a glob on purpose
            if [[ $target == $pattern ]]; then
                echo "process ${exe//[^0-9]/}: $target"
                break
            fi
        done
    done
}
