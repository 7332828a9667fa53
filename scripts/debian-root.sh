# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# debian-root.sh: a small bash library (source it) for throw-away Debian roots: a pristine base
# root made once per suite with debootstrap and cached as a tarball, then a fresh copy of it for
# each run, with /proc, /dev/pts and /dev/shm mounted, entered with chroot, and everything
# unmounted and removed however the run ends.
#
#   source scripts/debian-root.sh
#   debroot_init                          # root or sudo (DEBROOT_SUDO), or fail clearly
#   debroot_new bookworm                  # fresh copy of the cached base ($DEBROOT_BASE,
#                                         # made first when missing): $DEBROOT_DIR
#   debroot_copy_in x.deb /root/x.deb     # or debroot_bind DIR /src ro
#   debroot_run apt-get install -y /root/x.deb
#   debroot_cleanup                       # also runs on exit (EXIT, INT, TERM trap)
#   step "what comes next" / fail "why"   # a check's progress lines and its failure
#
# Settings (environment, or variables set before the calls):
#   DEBROOT_MIRROR    Debian mirror (default: the one apt uses on this machine, see debroot_mirror)
#   DEBROOT_SECURITY  security mirror (default: likewise; "none" for no security suite)
#   DEBROOT_PACKAGES  extra packages baked into the base, comma-separated (default: none)
#   DEBROOT_CACHE     where base tarballs and downloaded .debs are kept
#                     (default: /var/cache/shm-loader/debian-root)
#   DEBROOT_MAX_AGE_DAYS  a base older than this is made again (default: 14), so its package
#                     lists and installed packages do not drift far behind the mirror
# A caller that needs its own EXIT trap calls debroot_cleanup from it.
# shellcheck shell=bash

DEBROOT_CACHE=${DEBROOT_CACHE:-/var/cache/shm-loader/debian-root}
DEBROOT_PACKAGES=${DEBROOT_PACKAGES:-}
DEBROOT_MAX_AGE_DAYS=${DEBROOT_MAX_AGE_DAYS:-14}
DEBROOT_SUDO=()
DEBROOT_BASE=
DEBROOT_DIR=
DEBROOT_MOUNTS=()

# To the caller's stderr as it was at debroot_init, even from a trap that runs inside a
# command whose stderr goes elsewhere.
DEBROOT_STDERR=2
debroot_log() { printf '  [debian-root] %s\n' "$*" >&"$DEBROOT_STDERR"; }
debroot_die() {
    printf 'debian-root: %s\n' "$*" >&2
    exit 1
}
# A check's steps, with the seconds since the library was sourced, and its failure (exit 1).
DEBROOT_START=$SECONDS
step() { printf '\n--- %s  (%ds)\n' "$*" "$((SECONDS - DEBROOT_START))"; }
fail() {
    printf '\nFAILED: %s\n' "$*" >&2
    exit 1
}

# True when this user can act as root: root itself, or sudo without a password prompt (or with
# one, when there is a terminal to answer it).
debroot_can_be_root() {
    [[ $(id -u) -eq 0 ]] && return 0
    command -v sudo >/dev/null || return 1
    sudo -n true 2>/dev/null && return 0
    [[ -t 0 ]] && sudo -v
}

# Sets DEBROOT_SUDO (empty for root, sudo otherwise) and checks the tools; fails clearly when
# neither root nor sudo is available.
debroot_init() {
    if [[ $(id -u) -ne 0 ]]; then
        debroot_can_be_root || debroot_die "needs root: run as root, or as a user who may use sudo"
        DEBROOT_SUDO=(sudo)
    fi
    # debootstrap and chroot live in sbin, which a user's PATH may lack.
    PATH="$PATH:/usr/sbin:/sbin"
    local tool
    for tool in debootstrap chroot mount umount tar flock; do
        command -v "$tool" >/dev/null || debroot_die "$tool is missing (Debian: apt-get install debootstrap)"
    done
    exec {DEBROOT_STDERR}>&2
    trap debroot_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# The Debian mirror apt uses here (the first http(s) URI of /etc/apt/sources.list{,.d/*} that
# ends in /debian), or deb.debian.org. With "security", the one ending in /debian-security.
debroot_mirror() {
    local suffix=debian fallback=http://deb.debian.org/debian uri
    if [[ ${1:-} == security ]]; then
        suffix=debian-security fallback=http://deb.debian.org/debian-security
    fi
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
        2>/dev/null | grep -v '^[[:space:]]*#' | grep -oE "https?://[^[:space:]]+/$suffix/?([[:space:]]|$)" \
        | head -n 1 | tr -d '[:space:]' || true)
    printf '%s\n' "${uri%/}" | sed "s|^$|$fallback|"
}

debroot_arch() { dpkg --print-architecture 2>/dev/null || uname -m; }

# The cached base tarball for SUITE, made when missing or too old: sets DEBROOT_BASE.
debroot_base() {
    local suite=$1 mirror=${DEBROOT_MIRROR:-$(debroot_mirror)}
    local security=${DEBROOT_SECURITY:-$(debroot_mirror security)} arch name
    arch=$(debroot_arch)
    # The mirrors and packages are part of the name: another choice is another base.
    name="$suite-$arch-$(printf '%s\n' "$mirror" "$security" "$DEBROOT_PACKAGES" | sha1sum | cut -c1-8)"
    DEBROOT_BASE="$DEBROOT_CACHE/$name.tar"
    # One run at a time makes a base; the others wait for it, then use it.
    local lock="$DEBROOT_CACHE/$name.lock" lock_fd
    "${DEBROOT_SUDO[@]}" mkdir -p "$DEBROOT_CACHE"
    [[ -e $lock ]] || "${DEBROOT_SUDO[@]}" install -m 0666 /dev/null "$lock"
    exec {lock_fd}>>"$lock"
    flock "$lock_fd"
    if [[ -f $DEBROOT_BASE ]] && [[ -z $(find "$DEBROOT_BASE" -mtime +"$DEBROOT_MAX_AGE_DAYS") ]]; then
        exec {lock_fd}>&-
        debroot_log "cached base: $DEBROOT_BASE ($(du -h "$DEBROOT_BASE" | cut -f1))"
        return
    fi
    debroot_log "making the base $name with debootstrap from $mirror (a few minutes)"
    DEBROOT_DIR="$DEBROOT_CACHE/$name.staging" # removed by debroot_cleanup on failure too
    "${DEBROOT_SUDO[@]}" rm -rf --one-file-system "$DEBROOT_DIR"
    local include=() log
    [[ -n $DEBROOT_PACKAGES ]] && include=(--include="$DEBROOT_PACKAGES")
    log=$(mktemp "${TMPDIR:-/tmp}/debootstrap-XXXXXX.log")
    if ! "${DEBROOT_SUDO[@]}" debootstrap --variant=minbase "${include[@]}" "$suite" "$DEBROOT_DIR" \
        "$mirror" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        debroot_die "debootstrap $suite from $mirror failed"
    fi
    # The suite's updates and security fixes too, as on an installed Debian system.
    {
        echo "deb $mirror $suite main"
        echo "deb $mirror $suite-updates main"
        [[ $security == none ]] || echo "deb $security $suite-security main"
    } | "${DEBROOT_SUDO[@]}" tee "$DEBROOT_DIR/etc/apt/sources.list" >/dev/null
    # No service ever starts inside the root.
    printf '#!/bin/sh\nexit 101\n' | "${DEBROOT_SUDO[@]}" tee "$DEBROOT_DIR/usr/sbin/policy-rc.d" >/dev/null
    "${DEBROOT_SUDO[@]}" chmod 755 "$DEBROOT_DIR/usr/sbin/policy-rc.d"
    debroot_mount_all "$DEBROOT_DIR"
    if ! { debroot_run apt-get update -q && debroot_run apt-get -y -q dist-upgrade \
        && debroot_run apt-get clean; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        debroot_die "apt-get update and dist-upgrade failed in the base"
    fi
    rm -f "$log"
    debroot_unmount_all
    "${DEBROOT_SUDO[@]}" tar -C "$DEBROOT_DIR" --numeric-owner --xattrs -cf "$DEBROOT_BASE.part" .
    "${DEBROOT_SUDO[@]}" mv "$DEBROOT_BASE.part" "$DEBROOT_BASE"
    # A base of other packages or mirrors for this suite is stale now: 1 GB or more each.
    local stale
    for stale in "$DEBROOT_CACHE/$suite-$arch-"*.tar; do
        [[ $stale == "$DEBROOT_BASE" || ! -f $stale ]] && continue
        debroot_log "removing the stale base $(basename "$stale")"
        "${DEBROOT_SUDO[@]}" rm -f "$stale" "${stale%.tar}.lock"
    done
    "${DEBROOT_SUDO[@]}" rm -rf --one-file-system "$DEBROOT_DIR"
    DEBROOT_DIR=
    exec {lock_fd}>&-
    debroot_log "cached base: $DEBROOT_BASE ($(du -h "$DEBROOT_BASE" | cut -f1))"
}

# A fresh root for one run from SUITE's base, in a new folder under the cache: DEBROOT_DIR.
# Downloaded .debs are kept between runs (DEBROOT_CACHE/archives-SUITE) to save bandwidth; the
# installed state always starts from the pristine base.
debroot_new() {
    local suite=$1
    debroot_base "$suite"
    DEBROOT_DIR=$("${DEBROOT_SUDO[@]}" mktemp -d "$DEBROOT_CACHE/run-$suite-XXXXXX")
    "${DEBROOT_SUDO[@]}" tar -C "$DEBROOT_DIR" --numeric-owner --xattrs -xpf "$DEBROOT_BASE"
    debroot_mount_all "$DEBROOT_DIR"
    local archives
    archives="$DEBROOT_CACHE/archives-$suite-$(debroot_arch)"
    "${DEBROOT_SUDO[@]}" mkdir -p "$archives/partial"
    debroot_mount --bind "$archives" "$DEBROOT_DIR/var/cache/apt/archives"
    debroot_log "fresh root: $DEBROOT_DIR"
}

# mount ARGS... TARGET, remembered for debroot_unmount_all.
debroot_mount() {
    local target=${*: -1}
    "${DEBROOT_SUDO[@]}" mount "$@"
    DEBROOT_MOUNTS+=("$target")
}

# Makes HOST_DIR visible inside the run's root at PATH (read-only with "ro"), e.g. a source tree
# to build; unmounted by debroot_cleanup like the others.
debroot_bind() {
    local host_dir=$1 path=$2 mode=${3:-rw}
    "${DEBROOT_SUDO[@]}" mkdir -p "$DEBROOT_DIR$path"
    debroot_mount --bind "$host_dir" "$DEBROOT_DIR$path"
    if [[ $mode == ro ]]; then
        "${DEBROOT_SUDO[@]}" mount -o remount,bind,ro "$DEBROOT_DIR$path"
    fi
}

# What a program inside needs: /proc (Qt, dpkg), a /dev/pts of its own (apt's terminal), and
# a private /dev/shm and /run/shm. System V IPC is the kernel's, shared with the host: use keys
# of your own.
debroot_mount_all() {
    local root=$1
    debroot_mount -t proc proc "$root/proc"
    "${DEBROOT_SUDO[@]}" mkdir -p "$root/dev/pts" "$root/dev/shm"
    debroot_mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    debroot_mount -t tmpfs -o mode=1777,size=64m tmpfs "$root/dev/shm"
}

debroot_unmount_all() {
    local i
    for ((i = ${#DEBROOT_MOUNTS[@]} - 1; i >= 0; i--)); do
        "${DEBROOT_SUDO[@]}" umount "${DEBROOT_MOUNTS[i]}" 2>/dev/null \
            || "${DEBROOT_SUDO[@]}" umount -l "${DEBROOT_MOUNTS[i]}" 2>/dev/null \
            || debroot_log "could not unmount ${DEBROOT_MOUNTS[i]}"
    done
    DEBROOT_MOUNTS=()
}

# Runs COMMAND... as root inside ROOT with a clean environment and no standard input. Waited
# for in the background, so that SIGINT or SIGTERM reach the traps at once (bash holds a trap
# until a foreground command ends) and debroot_cleanup ends what runs inside.
debroot_run_in() {
    local root=$1
    shift
    "${DEBROOT_SUDO[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive chroot "$root" "$@" </dev/null &
    wait $!
}

debroot_run() { debroot_run_in "$DEBROOT_DIR" "$@"; }

# Copies FILE from the host into the root at PATH (inside the root).
debroot_copy_in() { "${DEBROOT_SUDO[@]}" install -D -m 0644 "$1" "$DEBROOT_DIR/$2"; }

# Processes whose root is the run's copy (something started inside and still running).
debroot_processes() {
    "${DEBROOT_SUDO[@]}" find /proc -mindepth 2 -maxdepth 2 -name root -lname "$DEBROOT_DIR" \
        2>/dev/null | cut -d/ -f3 || true
}

# Ends what still runs inside, unmounts everything, removes the run's copy. Safe to call twice.
debroot_cleanup() {
    [[ -n $DEBROOT_DIR ]] || { debroot_unmount_all; return 0; }
    debroot_log "removing $DEBROOT_DIR"
    local pids
    pids=$(debroot_processes)
    if [[ -n $pids ]]; then
        debroot_log "ending processes left inside: $(echo "$pids" | paste -sd' ')"
        # shellcheck disable=SC2086
        "${DEBROOT_SUDO[@]}" kill -KILL $pids 2>/dev/null || true
        sleep 0.5
    fi
    debroot_unmount_all
    if grep -qF " $DEBROOT_DIR/" /proc/mounts; then
        debroot_log "still mounted under $DEBROOT_DIR: not removing it"
    else
        "${DEBROOT_SUDO[@]}" rm -rf --one-file-system "$DEBROOT_DIR"
    fi
    DEBROOT_DIR=
}
