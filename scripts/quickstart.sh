#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# The README's two commands (Debian 12, Ubuntu 24.04):
#   scripts/quickstart.sh         install what is missing, build into build/, start the viewer and
#                                 the loader (windows with a display, a headless tour without one)
#   scripts/quickstart.sh --test  install what is missing, build, then: ctest, the same suite in an
#                                 ASan+UBSan build, a fuzzing run, the .deb on a fresh Debian 12
#                                 root, and a check for leftovers
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The one leftover check of the scripts and shell tests.
source tests/support/leftovers.sh

MODE="run"
case "${1:-}" in
"") ;;
--test) MODE="test" ;;
-h | --help)
    sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    echo "usage: $0 [--test]" >&2
    exit 2
    ;;
esac

JOBS=2
FUZZ_SECONDS="${SHM_FUZZ_SECONDS:-60}"
TMP="${TMPDIR:-/tmp}"
export DEBIAN_FRONTEND=noninteractive
START=$SECONDS

section() { printf '\n\033[1m==== %s ====\033[0m  (%ds)\n' "$*" "$((SECONDS - START))"; }
note() { printf '  %s\n' "$*"; }
fail() {
    printf '\nFAILED: %s\n' "$*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
section "Packages"
# qt6-image-formats-plugins (WebP) and libqt6svg6 (SVG): the image types beyond PNG, JPEG, GIF, BMP.
PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml-workerscript qml6-module-qttest libgl-dev
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qt-labs-settings
    qml6-module-qt-labs-folderlistmodel fonts-dejavu-core
    qt6-image-formats-plugins libqt6svg6 zlib1g-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n)
# zlib1g-dev: SvgInspector inflates gzip-compressed SVG itself, with a cap.
# qml6-module-qtqml gives qmllint the QtQml types it checks the UI against.
# qt6-tools-dev and qt6-l10n-tools: Qt6LinguistTools (lupdate, lrelease) for translations/;
# qt6-translations-l10n: Qt's own catalogues (the usage line of --help, Qt's dialogs) in the
# system's language, which tests/loader/tst_loadercli checks in German.
if [[ $MODE != test ]]; then
    # Glyphs for the multilingual sample text (CJK, emoji) in the windows.
    PACKAGES+=(fonts-noto-cjk fonts-noto-color-emoji)
fi
if [[ $MODE == test ]]; then
    # clang (+ its fuzzer runtime, below) for fuzzing; Google Benchmark for the benchmark smoke
    # test; setpriv (util-linux) and pgrep (procps) for the fault suite and the leftover check;
    # a virtual X display, xdotool, ImageMagick and xdpyinfo (x11-utils) for the GUI tests on real
    # windows; gdb and strace hold shm-loader at an exact point of a load for tst_loadercli's
    # race and signal tests (skipped without them).
    PACKAGES+=(clang libbenchmark-dev util-linux procps xvfb xdotool imagemagick x11-utils
        gdb strace)
    # gui_accessibility: a D-Bus session bus, the AT-SPI bus and registry, pyatspi to read them.
    PACKAGES+=(dbus at-spi2-core python3-pyatspi)
    # gui_wayland_session: both windows on Qt's Wayland platform inside weston (X11 backend).
    PACKAGES+=(weston qt6-wayland)
    # The python tests: NumPy and Pillow images published, pip installing python/ offline.
    PACKAGES+=(python3-numpy python3-pil python3-pip python3-setuptools)
    # The install test's validators (desktop files, AppStream); dpkg-shlibdeps for cpack's .deb;
    # debootstrap and Debian's keyring for the package check on a fresh Debian 12 root.
    PACKAGES+=(desktop-file-utils appstream dpkg-dev debootstrap debian-archive-keyring)
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "not root and no sudo: install ${PACKAGES[*]} by hand"
    SUDO=(sudo)
fi
APT_UPDATED=no
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
install_packages() {
    local missing=() package
    for package in "$@"; do
        is_installed "$package" || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    note "installing: ${missing[*]}"
    if [[ $APT_UPDATED == no ]]; then
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
        APT_UPDATED=yes
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}
install_packages "${PACKAGES[@]}"

FUZZ_RUNTIME=no
if [[ $MODE == test ]]; then
    # The fuzzer runtime's package is named after clang's major version (Debian 12:
    # libclang-rt-14-dev, Ubuntu 24.04: libclang-rt-18-dev).
    CLANG_MAJOR="$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)"
    RUNTIME="libclang-rt-${CLANG_MAJOR}-dev"
    if is_installed "$RUNTIME"; then
        FUZZ_RUNTIME=yes
    else
        if [[ $APT_UPDATED == no ]]; then
            "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
            APT_UPDATED=yes
        fi
        if apt-cache show "$RUNTIME" >/dev/null 2>&1 && install_packages "$RUNTIME"; then
            FUZZ_RUNTIME=yes
        fi
    fi
    note "clang ${CLANG_MAJOR:-?}, fuzzer runtime ($RUNTIME): $FUZZ_RUNTIME"
fi
note "all packages present"

# ---------------------------------------------------------------------------------------------
section "Build (build/)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -Wno-dev >/dev/null
cmake --build build -j "$JOBS"
note "programs: $ROOT/build/bin/shm-viewer, $ROOT/build/bin/shm-loader"

# ---------------------------------------------------------------------------------------------
# The headless tour: a viewer printing to a file on a private key, every asset loaded into it.
headless_tour() {
    local key="quickstart-$$" out="$TMP/shm-quickstart-$$.jsonl" err="$TMP/shm-quickstart-$$.err"
    local viewer status=0
    build/bin/shm-viewer --key "$key" --print >"$out" 2>"$err" </dev/null &
    viewer=$!
    # shellcheck disable=SC2064
    trap "kill -TERM $viewer 2>/dev/null || true; wait $viewer 2>/dev/null || true; rm -f '$out' '$err'" EXIT

    local names=()
    mapfile -t names < <(build/bin/shm-loader --list)
    note "viewer (pid $viewer) on key $key; loading ${#names[@]} assets: ${names[*]}"
    # The viewer creates the segment right after starting: the first load is retried until it
    # finds the segment (exit code 2: no viewer yet).
    local tries=0 name result
    for name in "${names[@]}"; do
        while :; do
            result=0
            build/bin/shm-loader --key "$key" --load "$name" >"$out.load" 2>&1 || result=$?
            [[ $result -eq 2 && $tries -lt 100 ]] || break
            tries=$((tries + 1))
            sleep 0.1
        done
        sed 's/^/  loader: /' "$out.load"
        rm -f "$out.load"
        ((result == 0)) || fail "loading $name failed with exit code $result"
        sleep 0.3 # one load per viewer poll, so each one is printed
    done
    sleep 0.5
    # Its key files and the ids of its segment and semaphore, checked once it has quit.
    leftovers_watch build/bin/shm-viewer "$key" >/dev/null || true
    kill -TERM "$viewer"
    wait "$viewer" || status=$?
    trap - EXIT
    ((status == 0)) || fail "the viewer exited with $status: $(cat "$err")"

    printf '\n  what the viewer printed (one JSON object per change; text abbreviated):\n'
    local line source bytes truncated first width height LC_ALL=C.UTF-8
    # A key's value in a flat object; with "last", the last one (keys come sorted, so the image's
    # own width follows the one inside "scaledFrom").
    field() {
        printf '%s' "$line" | grep -o "\"$1\":[^,}]*" | if [[ ${2:-} == last ]]; then tail -n 1; else head -n 1; fi \
            | cut -d: -f2- || true
    }
    while IFS= read -r line; do
        source="$(printf '%s' "$line" | sed -n 's/.*"source":"\([^"]*\)".*/\1/p')"
        bytes="$(field bytes)"
        truncated="$(field truncated)"
        if [[ $(field kind) == '"image"' ]]; then
            width="$(field width last)" height="$(field height)"
            first="$(field contentType | tr -d '"') image, ${width} × ${height} pixels"
        else
            # Up to the first escape (usually the first \n): the first line.
            first="$(printf '%s' "$line" | grep -o '"text":"[^"\\]*' | head -n 1 | cut -d'"' -f4 || true)"
        fi
        first="${first:0:60}" # characters, not bytes (LC_ALL below)
        printf '  %-20s %7s bytes  truncated=%-5s  %s\n' "${source:-?}" "${bytes:-?}" \
            "${truncated:-?}" "$first"
    done <"$out"
    rm -f "$out" "$err"
    local left
    left="$(leftovers_check 3)" || fail "the viewer left behind: ${left//$'\n'/; }"
    note "the viewer stopped and nothing was left behind"
}

if [[ $MODE == run ]]; then
    if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
        section "Viewer and loader (windows)"
        build/bin/shm-viewer &
        VIEWER=$!
        trap 'kill -TERM $VIEWER 2>/dev/null || true; wait $VIEWER 2>/dev/null || true' EXIT
        note "pick a text in the loader's window; closing the loader stops the viewer too"
        build/bin/shm-loader || true
        kill -TERM "$VIEWER" 2>/dev/null || true
        wait "$VIEWER" 2>/dev/null || true
        trap - EXIT
    else
        section "Viewer and loader (no display: headless)"
        headless_tour
    fi
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# --test. IPC objects that exist now are not ours: the final check looks at those made since, and
# of those at the orphans, whose key files are gone.
IPC_BEFORE="$(leftovers_ipc_ids)"
FAILURES=()

section "Headless tour"
headless_tour

section "Tests (build/, ctest -j$JOBS)"
if ! ctest --test-dir build -j "$JOBS" --output-on-failure; then
    FAILURES+=("ctest in build/")
fi

section "ASan + UBSan build (build-asan/)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHM_SANITIZE=ON \
    -DSHM_BUILD_FUZZ=OFF -Wno-dev >/dev/null
cmake --build build-asan -j "$JOBS"

section "Tests under ASan + UBSan (build-asan/, ctest -j$JOBS)"
# Sanitizer runtimes older than the kernel can die at start-up when mmap randomization uses more
# than 28 bits (Ubuntu 24.04's default is 32). Then run them with address randomization off for
# these processes only (setarch -R), rather than change the machine's settings.
ASAN_RUN=()
if ! build-asan/bin/shm-fault --help >/dev/null 2>&1 \
    && setarch "$(uname -m)" -R build-asan/bin/shm-fault --help >/dev/null 2>&1; then
    note "sanitized programs need address randomization off on this kernel: using setarch -R"
    ASAN_RUN=(setarch "$(uname -m)" -R)
fi
if ! "${ASAN_RUN[@]}" ctest --test-dir build-asan -j "$JOBS" --output-on-failure; then
    FAILURES+=("ctest in build-asan/")
fi

section "Fuzzing: segment decoding, image decoding, rich text and SVG (build-fuzz/, ${FUZZ_SECONDS}s each)"
# target:seed corpus[:libFuzzer option], each run for FUZZ_SECONDS. The SVG fuzzer checks for
# crashes, hangs and memory, not leaks: a drawing past its deadline is abandoned on its thread by
# design (BlockingCall), and a 60 s run once reported such a thread's objects as a leak.
FUZZ_TARGETS=(fuzz_segmentlayout:tests/fuzz/corpus fuzz_imagedecoder:tests/fuzz/image-corpus
              fuzz_richtext:tests/fuzz/richtext-corpus fuzz_svg:tests/fuzz/svg-corpus:-detect_leaks=0)
if [[ $FUZZ_RUNTIME != yes ]]; then
    note "NOTE: fuzzing skipped: clang's libFuzzer runtime is not available on this system"
elif ! cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -Wno-dev >/dev/null \
    || ! cmake --build build-fuzz -j "$JOBS" --target "${FUZZ_TARGETS[@]%%:*}"; then
    FAILURES+=("building the fuzz targets")
else
    for entry in "${FUZZ_TARGETS[@]}"; do
        target="${entry%%:*}" corpus="${entry#*:}" option=""
        if [[ $corpus == *:* ]]; then
            option="${corpus#*:}" corpus="${corpus%%:*}"
        fi
        FUZZER="build-fuzz/bin/$target"
        if [[ ! -x $FUZZER ]]; then
            note "NOTE: $target skipped: not built (clang cannot link -fsanitize=fuzzer)"
            continue
        fi
        # New inputs go to a scratch corpus; the committed seeds stay as they are.
        SCRATCH="$(mktemp -d "$TMP/shm-fuzz-XXXXXX")"
        if (cd "$SCRATCH" && "$ROOT/$FUZZER" -max_total_time="$FUZZ_SECONDS" -max_len=4096 \
            -print_final_stats=1 ${option:+"$option"} . "$ROOT/$corpus" >fuzz.log 2>&1); then
            grep -E '^stat::(number_of_executed_units|new_units_added)' "$SCRATCH/fuzz.log" \
                | sed "s/^/  $target: /" || true
            note "$target: no finding"
        else
            tail -n 40 "$SCRATCH/fuzz.log" >&2
            cp "$SCRATCH"/crash-* "$SCRATCH"/leak-* "$SCRATCH"/timeout-* build-fuzz/ 2>/dev/null || true
            FAILURES+=("fuzzing $target (the reproducer is in build-fuzz/)")
        fi
        rm -rf "$SCRATCH"
    done
fi

section "Package check: the .deb on a fresh Debian 12 root (scripts/check-package.sh)"
# cpack's .deb installed with apt-get into a new bookworm root (debootstrap, cached in
# /var/cache/shm-loader), the headless flow and the windows run there, then purged. Needs root or
# sudo without a password prompt for debootstrap, mount and chroot.
if [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; then
    if ! scripts/check-package.sh --build-dir build; then
        FAILURES+=("the package check")
    fi
else
    note "NOTE: package check skipped: it needs root or sudo without a password (run scripts/check-package.sh)"
fi

section "Newer Qt: Qt 6.8 on a fresh Debian 13 root (scripts/check-newer-qt.sh)"
# The same sources built with Qt 6.8 in a new trixie root (debootstrap with the build
# dependencies, cached in /var/cache/shm-loader), warnings as errors, its ctest suite run there,
# and programs of Qt 6.4 (build/) and 6.8 meeting on one key both ways. Root or sudo, as above.
if [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; then
    if ! scripts/check-newer-qt.sh --host-build build; then
        FAILURES+=("the newer-Qt check")
    fi
else
    note "NOTE: newer-Qt check skipped: it needs root or sudo without a password (run scripts/check-newer-qt.sh)"
fi

section "Leftovers"
LEFT=()
while IFS= read -r line; do
    LEFT+=("$line")
done < <(leftovers_key_files shmtest quickstart; leftovers_orphans "$IPC_BEFORE"
    leftovers_processes "$ROOT/build*/bin/*")
if ((${#LEFT[@]})); then
    printf '  %s\n' "${LEFT[@]}"
    FAILURES+=("leftovers")
else
    note "no test segment, semaphore, key file or process remains"
fi

section "Summary"
note "total time: $((SECONDS - START)) s"
if ((${#FAILURES[@]})); then
    fail "${FAILURES[*]}"
fi
note "all passed"
