#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Measures the Shared Memory Loader: collects raw results into a results directory, then runs
# scripts/performance-report.py on it, which rewrites the generated section of
# docs/performance.md and docs/img/*.png.
#
#   scripts/measure-performance.sh                # everything, about 6-8 minutes
#   scripts/measure-performance.sh --quick        # fewer samples, about 3 minutes
#   ONLY="latency idle" scripts/measure-performance.sh   # some parts only, in this order, of:
#                                                   micro latency wake idle startup large image
#                                                   delegates history follow find render fit frames
#   scripts/measure-performance.sh --from=DIR     # only the report, from a results directory
#
# Options: --out DIR (results directory; default build/perf/<UTC time stamp>; parts run into an
# existing one replace their own files there and keep the others), --no-build (use BUILD_DIR as
# it is), --no-report (collect only). BUILD_DIR=... (default build-perf, a Release build made
# here). Sample counts: LOADS, IDLE_SECONDS, STARTS, HEADLESS_RUNS, BENCH_REPS, BENCH_MIN_TIME,
# FOLLOW_SECONDS, FOLLOW_RATE (lines a second fed to shm-loader --follow -), TEXT_RUNS.
#
# Every program runs on keys of its own ("shmperf-<pid>-..."), never the default key, and all
# it starts is stopped and checked for leftovers (segments, semaphores, /tmp/qipc_* files) on the
# way out (tests/support/leftovers.sh). Installs what it lacks with apt-get when run as root.
#
# Each part is one function, part_NAME, which writes its own files (part_begin ... part_end) and
# asks for what it needs (need_display for a window, need for a tool); `for part in $ONLY` runs
# them. A new part: its function below and its name in PARTS.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Xvfb as the GUI tests start it (on a display of 90 to 99; the tests take 71 to 79), and the
# leftover check (tests/support/leftovers.sh, which xsession.sh sources).
XSESSION_DISPLAYS="90 91 92 93 94 95 96 97 98 99"
source "$ROOT/tests/gui/xsession.sh"
BUILD=${BUILD_DIR:-$ROOT/build-perf}
DOC=$ROOT/docs/performance.md
IMG_DIR=$ROOT/docs/img
PARTS="micro latency wake idle startup large image delegates history follow find render fit frames"
ONLY=${ONLY:-$PARTS}
QUICK=0
BUILD_IT=1
REPORT=1
FROM=
OUT=
want() { [[ " $ONLY " == *" $1 "* ]]; }
want_any() { local p; for p in "$@"; do want "$p" && return 0; done; return 1; }

while (($#)); do
    case $1 in
    --quick) QUICK=1 ;;
    --no-build) BUILD_IT=0 ;;
    --no-report) REPORT=0 ;;
    --from=*) FROM=${1#--from=} ;;
    --from) FROM=${2:?--from needs a directory}; shift ;;
    --out=*) OUT=${1#--out=} ;;
    --out) OUT=${2:?--out needs a directory}; shift ;;
    -h | --help)
        sed -n '4,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "unknown argument: $1 (try --help)" >&2
        exit 64
        ;;
    esac
    shift
done
for part in $ONLY; do
    [[ " $PARTS " == *" $part "* ]] || { echo "unknown part in ONLY: $part (parts: $PARTS)" >&2; exit 64; }
done

for knob in LOADS IDLE_SECONDS STARTS HEADLESS_RUNS BENCH_REPS BENCH_MIN_TIME FOLLOW_SECONDS FOLLOW_RATE TEXT_RUNS; do
    [[ -z ${!knob:-} ]] || declare "KNOB_SET_$knob=1"
done
: "${FOLLOW_SECONDS:=10}" "${FOLLOW_RATE:=50000}"
if ((QUICK)); then
    : "${LOADS:=60}" "${IDLE_SECONDS:=10}" "${STARTS:=8}" "${HEADLESS_RUNS:=20}" "${BENCH_REPS:=5}" "${BENCH_MIN_TIME:=0.05}" "${TEXT_RUNS:=5}"
else
    : "${LOADS:=200}" "${IDLE_SECONDS:=25}" "${STARTS:=20}" "${HEADLESS_RUNS:=30}" "${BENCH_REPS:=10}" "${BENCH_MIN_TIME:=0.1}" "${TEXT_RUNS:=11}"
fi

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

install_package() { # install_package <debian package>, when root and apt-get is there
    [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null || return 0
    log "installing $1"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null 2>&1; } || true
}
need() { # need <command> <debian package>
    command -v "$1" >/dev/null 2>&1 || install_package "$2"
    command -v "$1" >/dev/null 2>&1 || { echo "missing $1: apt-get install $2" >&2; exit 69; }
}

# The report plots with Debian's matplotlib, which only Debian's own python3 sees (a python3
# from pyenv or a venv earlier in PATH would not).
if [[ -z ${PYTHON:-} ]]; then
    if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
run_report() {
    ((REPORT)) || return 0
    need "$PYTHON" python3
    "$PYTHON" -c 'import matplotlib' 2>/dev/null || install_package python3-matplotlib
    log "writing the generated section of $DOC"
    "$PYTHON" "$ROOT/scripts/performance-report.py" "$1" --doc "$DOC" --img-dir "$IMG_DIR"
}

if [[ -n $FROM ]]; then
    [[ -d $FROM ]] || { echo "no results directory $FROM" >&2; exit 66; }
    REPORT=1
    run_report "$FROM"
    exit 0
fi

OUT=${OUT:-$ROOT/build/perf/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/logs"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d /tmp/shm-perf.XXXXXX) # scratch: input texts, XDG_RUNTIME_DIR
KEY_PREFIX="shmperf-$$"
KEYS=()
PIDS=()

new_key() {
    local key="$KEY_PREFIX-$1"
    KEYS+=("$key")
    printf '%s' "$key"
}

# Stops what this script started, oldest last, and removes what a killed program left behind.
cleanup() {
    local status=$?
    local pid
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    xsession_stop_xvfb
    if ((${#KEYS[@]})) && [[ -x $BUILD/bin/shm-viewer ]]; then
        leftovers_remove "$BUILD/bin/shm-viewer" "${KEYS[@]}" >&2 || true
    fi
    rm -rf "$WORK"
    ((status == 0)) || log "stopped with exit status $status; what was collected is in $OUT"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- dependencies and build -----------------------------------------------------------------

need jq jq

if ((BUILD_IT)); then
    [[ -e /usr/include/benchmark/benchmark.h ]] || install_package libbenchmark-dev
    [[ -e /usr/include/benchmark/benchmark.h ]] || { echo "missing libbenchmark-dev" >&2; exit 69; }
    if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$BUILD/CMakeCache.txt" 2>/dev/null; then
        log "configuring a Release build in $BUILD"
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$WORK/cmake.log" 2>&1 ||
            { cat "$WORK/cmake.log" >&2; exit 1; }
    fi
    log "building shm-viewer, shm-loader, shm-benchmarks and shm-textbench"
    cmake --build "$BUILD" --target shm-viewer shm-loader shm-benchmarks shm-textbench >"$WORK/build.log" 2>&1 ||
        { tail -30 "$WORK/build.log" >&2; exit 1; }
fi
VIEWER=$BUILD/bin/shm-viewer
LOADER=$BUILD/bin/shm-loader
BENCH=$BUILD/bin/shm-benchmarks
TEXTBENCH=$BUILD/bin/shm-textbench
for program in "$VIEWER" "$LOADER" "$BENCH" $(want_any find render && echo "$TEXTBENCH"); do
    [[ -x $program ]] || { echo "missing $program (build it, or drop --no-build)" >&2; exit 1; }
done

# --- meta.json ------------------------------------------------------------------------------

# The commit is that of the tree the binaries were built from, which is not always this one.
SOURCE_DIR=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
SOURCE_DIR=${SOURCE_DIR:-$ROOT}
GIT_REV=$(git -C "$SOURCE_DIR" rev-parse --short HEAD 2>/dev/null || echo "?")
GIT_DIRTY=false
[[ -z $(git -C "$SOURCE_DIR" status --porcelain -- common viewer loader qml tests/benchmarks 2>/dev/null) ]] || GIT_DIRTY=true
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
QTPATHS=$(command -v qtpaths6 || command -v qtpaths || echo /usr/lib/qt6/bin/qtpaths)
QT_VERSION=$("$QTPATHS" --qt-query QT_VERSION 2>/dev/null || echo "?")
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
RUN_DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
RUN_LOAD_START=$(loadavg)
# How to get this run again, with the knobs that were set.
COMMAND="scripts/measure-performance.sh"
((QUICK)) && COMMAND+=" --quick"
((BUILD_IT)) || COMMAND+=" --no-build"
settings=()
[[ $ONLY == "$PARTS" ]] || settings+=("ONLY=\"$ONLY\"")
[[ -z ${BUILD_DIR:-} ]] || settings+=("BUILD_DIR=$BUILD_DIR")
for knob in LOADS IDLE_SECONDS STARTS HEADLESS_RUNS BENCH_REPS BENCH_MIN_TIME FOLLOW_SECONDS FOLLOW_RATE TEXT_RUNS; do
    if [[ -v "KNOB_SET_$knob" ]]; then settings+=("$knob=${!knob}"); fi
done
((${#settings[@]} == 0)) || COMMAND="${settings[*]} $COMMAND"

# write_meta [<part> <status>]: the run's facts, and what happened to one part (kept per part,
# so parts run at different times into one directory each keep their own date and load).
write_meta() {
    local part=${1:-} status=${2:-} previous='{}'
    [[ -s $OUT/meta.json ]] && previous=$(cat "$OUT/meta.json")
    jq -n --argjson prev "$previous" --arg part "$part" --arg status "$status" \
        --arg date "$RUN_DATE" --arg commit "$GIT_REV" --argjson dirty "$GIT_DIRTY" \
        --arg build_type "$BUILD_TYPE" --arg qt "$QT_VERSION" --argjson nproc "$(nproc)" \
        --arg load_start "$RUN_LOAD_START" --arg load_now "$(loadavg)" --arg kernel "$(uname -r)" \
        --arg cpu "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
        --argjson mem_kib "$(awk '/^MemTotal/ { print $2 }' /proc/meminfo)" \
        --arg command "$COMMAND" --arg part_start "${PART_START:-}" --arg part_load "${PART_LOAD_START:-}" \
        --argjson quick "$QUICK" --arg loads "$LOADS" --arg idle "$IDLE_SECONDS" --arg starts "$STARTS" \
        --arg headless "$HEADLESS_RUNS" --arg reps "$BENCH_REPS" --arg min_time "$BENCH_MIN_TIME" \
        --arg text_runs "$TEXT_RUNS" '
        $prev + {
            date: $date, commit: $commit, uncommitted_changes: $dirty, build_type: $build_type,
            qt_version: $qt, nproc: $nproc, cpu_model: $cpu, mem_total_kib: $mem_kib,
            kernel: $kernel, loadavg_start: $load_start, loadavg_end: $load_now,
            display: "Xvfb 1280x900x24", command: $command,
            params: { quick: ($quick == 1), loads: ($loads | tonumber),
                      idle_seconds: ($idle | tonumber), starts: ($starts | tonumber),
                      headless_runs: ($headless | tonumber), bench_repetitions: ($reps | tonumber),
                      bench_min_time: ($min_time | tonumber), text_runs: ($text_runs | tonumber) },
            parts: (($prev.parts // {}) + (if $part == "" then {} else {
                ($part): { status: $status, date: $part_start, commit: $commit,
                           uncommitted_changes: $dirty, command: $command,
                           loadavg_start: $part_load, loadavg_end: $load_now } } end))
        }' >"$OUT/meta.json.new"
    mv "$OUT/meta.json.new" "$OUT/meta.json"
}

# part_begin <part> <file...>: the part's earlier results in this directory go, so that a
# failed part leaves nothing that looks measured.
part_begin() {
    PART=$1
    shift
    PART_START=$(date -u '+%Y-%m-%d %H:%M UTC')
    PART_LOAD_START=$(loadavg)
    local pattern file
    for pattern in "$@"; do
        for file in "$OUT"/$pattern; do rm -rf -- "$file"; done
    done
    grep -v "^$PART: " "$OUT/problems.txt" >"$OUT/problems.txt.new" || true
    mv "$OUT/problems.txt.new" "$OUT/problems.txt"
    write_meta "$PART" running
}
part_end() { write_meta "$1" "${2:-measured}"; }
PART=
: >>"$OUT/problems.txt"
write_meta

# --- helpers for the programs ---------------------------------------------------------------

# need_display: a display of our own for the parts with windows, started once.
need_display() {
    [[ -z $XSESSION_XVFB ]] || return 0
    need Xvfb xvfb
    need xdpyinfo x11-utils
    xsession_start_xvfb "$OUT/logs/xvfb.log" || exit 1
}
export TZ=UTC # the message pattern's %{time} is then UTC, which date -u parses back
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM QT_LOGGING_RULES QT_MESSAGE_PATTERN
TIME_PATTERN='%{time yyyy-MM-dd hh:mm:ss.zzz} %{category}: %{message}'

now_us() { local t=$EPOCHREALTIME; printf '%s' "${t/./}"; }

# Milliseconds since the epoch of a "yyyy-MM-dd hh:mm:ss.zzz" UTC time stamp.
stamp_ms() { date -u -d "$1" +%s%3N; }

start_bg() { # start_bg <stdout> <stderr> <command...>; sets STARTED_PID
    local out=$1 err=$2
    shift 2
    "$@" >"$out" 2>"$err" &
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
}

# frame_times <log> <csv> <name> <command...>: runs the command (xdotool input), then appends
# "name,ms" for every "frame rendered in N ms" the render loop logged meanwhile.
frame_times() {
    local log=$1 csv=$2 name=$3 from
    shift 3
    from=$(wc -l <"$log")
    "$@"
    sleep 0.5
    # The threaded loop's "frame rendered in N ms" (sync, render, swap), or the software
    # adaptation's "Frame rendered with 'software' renderloop in N ms" (polish, sync, render, swap).
    tail -n +"$((from + 1))" "$log" |
        sed -n "s/.*[Ff]rame rendered \(with 'software' renderloop \)\{0,1\}in \([0-9]*\)ms.*/$name,\2/p" >>"$csv"
}

stop_pid() { # stop_pid <pid>: SIGTERM (the viewer closes its window as on the close button)
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

wait_for_line() { # wait_for_line <file> <regex> <seconds>
    local deadline=$((SECONDS + $3))
    until grep -qE "$2" "$1" 2>/dev/null; do
        ((SECONDS < deadline)) || return 1
        sleep 0.02
    done
}

problem() { echo "$PART: $*" >>"$OUT/problems.txt"; log "problem: $*"; }

# The 16 MiB text of the large and find parts, in $BIG_TEXT.
BIG_TEXT=$WORK/big.txt
make_big_text() {
    [[ -s $BIG_TEXT ]] && return 0
    local line=$' The quick brown fox jumps over the lazy dog; caf\xc3\xa9 na\xc3\xafve \xe2\x80\x94 lorem ipsum dolor sit amet.'
    # Whole lines up to 16 MiB (mawk and gawk -b count bytes), so no character is cut at the end.
    LC_ALL=C awk -v line="$line" -v limit=$((16 * 1024 * 1024)) \
        'BEGIN { for (i = 1; ; i++) { s = sprintf("%07d%s\n", i, line); n += length(s); if (n > limit) break; printf "%s", s } }' \
        >"$BIG_TEXT"
}

SMALL_TEXT=$WORK/small.txt
for i in $(seq 20); do echo "Line $i of a small text for the latency runs, with caf$(printf '\xc3\xa9')."; done >"$SMALL_TEXT"

# --- 1-2. micro-benchmarks: Google Benchmark's JSON, every repetition -------------------------

part_micro() {
    part_begin micro micro.json logs/micro.txt
    log "micro-benchmarks: $BENCH_REPS repetitions each"
    "$BENCH" --benchmark_repetitions="$BENCH_REPS" --benchmark_min_time="$BENCH_MIN_TIME" \
        --benchmark_display_aggregates_only=true --benchmark_out="$OUT/micro.json" \
        --benchmark_out_format=json >"$OUT/logs/micro.txt" 2>&1 || { cat "$OUT/logs/micro.txt" >&2; exit 1; }
    part_end micro
}

# --- 3. update latency: latency.csv (run,interval_ms,latency_ms) ----------------------------

# latency_run <run> <interval ms> <loads> [VAR=value...] [-- viewer options]: loads with random
# gaps; appends to latency.csv, latency-runs.csv and (with the render-loop log) latency-frames.csv.
latency_run() {
    local run=$1 interval=$2 loads=$3
    shift 3
    local environment=(QT_LOGGING_RULES="shm.viewer.latency=true") options=()
    while (($#)) && [[ $1 != -- ]]; do environment+=("$1"); shift; done
    (($#)) && shift
    options=("$@")
    local key
    key=$(new_key "lat-$run-$interval")
    local err=$OUT/logs/latency-$run-$interval.err
    start_bg /dev/null "$err" env "${environment[@]}" "$VIEWER" --key "$key" --interval "$interval" "${options[@]}"
    local viewer=$STARTED_PID
    # Ready once a load is accepted (exit 2 means the segment is not there yet).
    local ready=0
    for _ in $(seq 100); do
        if "$LOADER" --key "$key" --load "$SMALL_TEXT" >/dev/null 2>&1; then ready=1; break; fi
        sleep 0.1
    done
    if ((!ready)); then
        stop_pid "$viewer"
        problem "$run --interval $interval: the viewer did not start: $(head -2 "$err" | tr '\n' ' ')"
        return 0
    fi
    sleep 0.5
    local failures=0 gap
    for _ in $(seq "$loads"); do
        # A random gap between one and two intervals (plus the loader's own start-up): writes
        # land at every phase of the poll timer, and never two within one poll.
        gap=$((interval + RANDOM % (interval + 1) + RANDOM % 20))
        sleep "$(awk -v g="$gap" 'BEGIN { printf "%.3f", g / 1000 }')"
        "$LOADER" --key "$key" --load "$SMALL_TEXT" >/dev/null 2>>"$OUT/logs/latency-$run-$interval.loader.err" ||
            failures=$((failures + 1))
    done
    sleep "$(awk -v i="$interval" 'BEGIN { printf "%.3f", 3 * i / 1000 + 0.5 }')"
    stop_pid "$viewer"
    # Skip the readiness load; latency = presentation time - the loader's write time (ms).
    awk -v run="$run" -v interval="$interval" '/^presented seq=/ { split($3, w, "="); split($4, n, "=");
            if (w[2] > 0) printf "%s,%s,%.3f\n", run, interval, n[2] / 1000.0 - w[2] }' "$err" |
        tail -n +2 >>"$OUT/latency.csv"
    echo "$run,$interval,$loads,$failures" >>"$OUT/latency-runs.csv"
    ((failures == 0)) || problem "$run --interval $interval: $failures of $loads loads failed:" \
        "$(head -1 "$OUT/logs/latency-$run-$interval.loader.err")"
    # The render thread logs "frame rendered in N ms, sync=, render=, swap=" right after the
    # swap whose frameSwapped printed the presented line: the first such line after each
    # presented line (but the readiness load's) times the frame that showed the update.
    if grep -q 'frame rendered in' "$err"; then
        awk -v run="$run" -v interval="$interval" '
            /^presented seq=/ { split($3, w, "="); pending = (w[2] > 0 && loads++ > 0); next }
            pending && /frame rendered in/ {
                line = $0; sub(/.*frame rendered in /, "", line); gsub(/[a-z=,]+/, " ", line)
                split(line, t, " "); printf "%s,%s,%s,%s,%s,%s\n", run, interval, t[1], t[2], t[3], t[4]
                pending = 0 }' "$err" >>"$OUT/latency-frames.csv"
    fi
}

part_latency() {
    need_display
    part_begin latency latency.csv latency-runs.csv latency-frames.csv 'logs/latency-*.err'
    echo "run,interval_ms,latency_ms" >"$OUT/latency.csv"
    echo "run,interval_ms,loads,failed_loads" >"$OUT/latency-runs.csv"
    echo "run,interval_ms,frame_ms,sync_ms,render_ms,swap_ms" >"$OUT/latency-frames.csv"
    for interval in 100 10; do
        log "update latency: --print, --interval $interval, $LOADS loads"
        latency_run print "$interval" "$LOADS" -- --print
        log "update latency: window, --interval $interval, $LOADS loads"
        latency_run window "$interval" "$LOADS"
    done
    # Diagnostics for the window: at 10 ms with the render loop's timing log on, and with Qt
    # Quick's software adaptation (QPainter) instead of OpenGL.
    log "update latency: window diagnostics, $((LOADS / 2)) loads each"
    latency_run window-timed 10 $((LOADS / 2)) QT_LOGGING_RULES="shm.viewer.latency=true;qt.scenegraph.time.renderloop=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN"
    latency_run window-software 10 $((LOADS / 2)) QT_QUICK_BACKEND=software
    latency_run window-software 100 $((LOADS / 2)) QT_QUICK_BACKEND=software
    part_end latency
}

# --- wake-up latency: wake-latency.csv (run,interval_ms,latency_us) ---------------------------
# Wake-up latency, a writer's unlock to `shm-viewer --print` printing the change:
# shm-benchmarks --wake-latency writes that CSV, header first, on keys of its own which it
# removes, and exits non-zero when it fails; its notes on the bursts go to stderr.
part_wake() {
    part_begin wake wake-latency.csv logs/wake-latency.err logs/wake-latency.unexpected.csv
    log "wake-up latency"
    if ! "$BENCH" --wake-latency >"$OUT/wake-latency.csv" 2>"$OUT/logs/wake-latency.err"; then
        problem "shm-benchmarks --wake-latency failed: $(tail -2 "$OUT/logs/wake-latency.err" | tr '\n' ' ')"
        rm -f "$OUT/wake-latency.csv"
        part_end wake failed
        return 0
    fi
    if [[ $(head -1 "$OUT/wake-latency.csv") != run,interval_ms,latency_us ]]; then
        problem "unexpected header in wake-latency.csv: $(head -1 "$OUT/wake-latency.csv")"
        mv "$OUT/wake-latency.csv" "$OUT/logs/wake-latency.unexpected.csv"
        part_end wake failed
        return 0
    fi
    part_end wake
}

# --- 4 and 7. idle cost and memory: idle.csv ----------------------------------------------------

CLK_TCK=$(getconf CLK_TCK)
cpu_seconds() { # utime + stime of a pid in seconds, from the fields after the command name
    awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat" 2>/dev/null || true
}
status_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2>/dev/null || true; }
# Why a program is not there to measure: its first lines of stderr.
gone_reason() { kill -0 "$1" 2>/dev/null || problem "$3 exited early: $(grep -v XDG_RUNTIME "$2" | head -2 | tr '\n' ' ')"; }

part_idle() {
    need_display
    part_begin idle idle.csv 'logs/idle-*.err'
    log "idle cost: viewer window, viewer --print and loader window for $IDLE_SECONDS s"
    idle_key=$(new_key idle-window)
    print_key=$(new_key idle-print)
    start_bg /dev/null "$OUT/logs/idle-viewer-window.err" "$VIEWER" --key "$idle_key"
    idle_viewer=$STARTED_PID
    start_bg /dev/null "$OUT/logs/idle-viewer-print.err" "$VIEWER" --key "$print_key" --print
    idle_print=$STARTED_PID
    sleep 1.5
    start_bg /dev/null "$OUT/logs/idle-loader-window.err" "$LOADER" --key "$idle_key"
    idle_loader=$STARTED_PID
    sleep 3 # start-up is not idle
    idle_t0=$(now_us)
    v0=$(cpu_seconds "$idle_viewer") p0=$(cpu_seconds "$idle_print") l0=$(cpu_seconds "$idle_loader")
    sleep "$IDLE_SECONDS"
    v1=$(cpu_seconds "$idle_viewer") p1=$(cpu_seconds "$idle_print") l1=$(cpu_seconds "$idle_loader")
    idle_elapsed=$(awk -v d=$(($(now_us) - idle_t0)) 'BEGIN { printf "%.3f", d / 1e6 }')
    {
        echo "program,elapsed_s,cpu_s_start,cpu_s_end,rss_kib"
        echo "viewer-window,$idle_elapsed,$v0,$v1,$(status_kib "$idle_viewer" VmRSS)"
        echo "viewer-print,$idle_elapsed,$p0,$p1,$(status_kib "$idle_print" VmRSS)"
        echo "loader-window,$idle_elapsed,$l0,$l1,$(status_kib "$idle_loader" VmRSS)"
    } >"$OUT/idle.csv"
    gone_reason "$idle_viewer" "$OUT/logs/idle-viewer-window.err" "viewer window"
    gone_reason "$idle_print" "$OUT/logs/idle-viewer-print.err" "viewer --print"
    gone_reason "$idle_loader" "$OUT/logs/idle-loader-window.err" "loader window"
    stop_pid "$idle_loader"
    stop_pid "$idle_print"
    stop_pid "$idle_viewer"
    part_end idle
}

# --- 5. start-up: startup.csv (measure,run,ms) ----------------------------------------------

# The first frame is the first "frame rendered" line of Qt's own render-loop timing log
# (qt.scenegraph.time.renderloop), time-stamped by QT_MESSAGE_PATTERN; the viewer's first
# snapshot on screen is its "presented seq=0" latency line (CLOCK_REALTIME, microseconds).
startup_run() { # startup_run <viewer|loader> <index>
    local which=$1 index=$2
    local key
    key=$(new_key "start-$which-$index")
    local err=$WORK/start-$which-$index.err # one file a run: start_bg truncates it only once started
    local program=$VIEWER
    [[ $which == loader ]] && program=$LOADER
    local t0
    t0=$(now_us)
    start_bg /dev/null "$err" env QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true;shm.viewer.latency=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN" "$program" --key "$key"
    local pid=$STARTED_PID
    if wait_for_line "$err" 'frame rendered' 10; then
        local first
        first=$(grep -m1 'frame rendered' "$err" | cut -c1-23)
        echo "$which-first-frame,$index,$(($(stamp_ms "$first") - t0 / 1000))" >>"$OUT/startup.csv"
    else
        problem "no frame from the $which within 10 s (run $index)"
    fi
    if [[ $which == viewer ]] && wait_for_line "$err" '^presented seq=0' 10; then
        awk -v t0="$t0" -v i="$index" '/^presented seq=0/ { split($4, n, "=");
            printf "viewer-first-content,%s,%.1f\n", i, (n[2] - t0) / 1000; exit }' "$err" >>"$OUT/startup.csv"
    fi
    stop_pid "$pid"
}
part_startup() {
    need_display
    part_begin startup startup.csv logs/headless.err
    echo "measure,run,ms" >"$OUT/startup.csv"
    log "start-up: $STARTS starts of each window"
    for i in $(seq "$STARTS"); do
        startup_run viewer "$i"
        startup_run loader "$i"
    done

    log "headless load: $HEADLESS_RUNS runs of shm-loader --load"
    headless_key=$(new_key headless)
    start_bg /dev/null "$OUT/logs/headless.err" "$VIEWER" --key "$headless_key" --print
    headless_viewer=$STARTED_PID
    for _ in $(seq 100); do "$LOADER" --key "$headless_key" --load "$SMALL_TEXT" >/dev/null 2>&1 && break; sleep 0.1; done
    for i in $(seq "$HEADLESS_RUNS"); do
        t0=$(now_us)
        "$LOADER" --key "$headless_key" --load "$SMALL_TEXT" >/dev/null 2>&1 || problem "headless load $i failed"
        t1=$(now_us)
        awk -v i="$i" -v d=$((t1 - t0)) 'BEGIN { printf "headless-load,%s,%.1f\n", i, d / 1000 }' >>"$OUT/startup.csv"
    done
    stop_pid "$headless_viewer"
    part_end startup
}

# --- 6. large text: large.json and large-scroll.csv (scroll,frame_ms) ---------------------------

# large_scroll PID LOG SUFFIX: Page Down, Page Up, the wheel and Ctrl+End in the viewer PID's
# window, each frame's time from its render loop log LOG into large-scroll.csv as keysSUFFIX, ….
large_scroll() {
    local pid=$1 log=$2 suffix=$3 window_id
    window_id=$(xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
    if [[ -z $window_id ]]; then
        problem "no window found for the viewer, scrolling${suffix:+ ($suffix)} not measured"
        return 0
    fi
    # No window manager: focus by hand, then real (XTEST) input, which Qt takes like a user's.
    xdotool windowfocus --sync "$window_id" 2>/dev/null || true
    xdotool mousemove --window "$window_id" 400 300
    frame_times "$log" "$OUT/large-scroll.csv" "keys$suffix" xdotool key --delay 40 --repeat 150 Page_Down
    frame_times "$log" "$OUT/large-scroll.csv" "keysup$suffix" xdotool key --delay 40 --repeat 50 Page_Up
    frame_times "$log" "$OUT/large-scroll.csv" "wheel$suffix" xdotool click --delay 15 --repeat 300 5
    frame_times "$log" "$OUT/large-scroll.csv" "end$suffix" xdotool key ctrl+End
    [[ -n $suffix ]] || import -display "$DISPLAY" -window root "$OUT/large-screenshot.png" 2>/dev/null || true
}

part_large() {
    need_display
    need xdotool xdotool
    need import imagemagick
    part_begin large large.json large-scroll.csv large-screenshot.png logs/large.err logs/large-software.err
    BIG_SEGMENT=17000000
    log "large text: generating 16 MiB"
    make_big_text

    big_key=$(new_key big)
    big_err=$OUT/logs/large.err
    start_bg /dev/null "$big_err" env QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true;shm.viewer.latency=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN" "$VIEWER" --key "$big_key" --size "$BIG_SEGMENT"
    big_viewer=$STARTED_PID
    wait_for_line "$big_err" '^presented seq=0' 20 || true
    sleep 1
    : >"$WORK/big-shown.ms"
    for _ in 1 2 3; do
        before=$(grep -c '^presented' "$big_err" || true)
        t0=$(now_us)
        "$LOADER" --key "$big_key" --load "$BIG_TEXT" >/dev/null 2>&1 || problem "a 16 MiB load failed"
        for _ in $(seq 200); do (($(grep -c '^presented' "$big_err" || true) > before)) && break; sleep 0.02; done
        grep '^presented' "$big_err" | tail -1 |
            awk -v t0="$t0" '{ split($4, n, "="); printf "%.1f\n", (n[2] - t0) / 1000 }' >>"$WORK/big-shown.ms"
        sleep 1
    done

    # Scrolling: frame times from the render loop log while xdotool scrolls, by key and by wheel.
    echo "scroll,frame_ms" >"$OUT/large-scroll.csv"
    large_scroll "$big_viewer" "$big_err" ""
    big_hwm=$(status_kib "$big_viewer" VmHWM)
    big_rss=$(status_kib "$big_viewer" VmRSS)
    t0=$(now_us)
    stop_pid "$big_viewer"
    big_close_idle=$(awk -v d=$(($(now_us) - t0)) 'BEGIN { printf "%.0f", d / 1000 }')

    # Close while a 16 MiB load is on its way: SIGTERM at several delays after the loader starts.
    : >"$WORK/close-during-load.csv"
    for delay in 0 0.02 0.05 0.1 0.2 0.4; do
        key=$(new_key "close-$delay")
        start_bg /dev/null /dev/null "$VIEWER" --key "$key" --size "$BIG_SEGMENT"
        pid=$STARTED_PID
        for _ in $(seq 100); do "$LOADER" --key "$key" --load "$SMALL_TEXT" >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 0.5
        "$LOADER" --key "$key" --load "$BIG_TEXT" >/dev/null 2>&1 &
        loader=$!
        sleep "$delay"
        t0=$(now_us)
        kill -TERM "$pid"
        for _ in $(seq 500); do kill -0 "$pid" 2>/dev/null || break; sleep 0.005; done
        t1=$(now_us)
        awk -v l="$delay" -v d=$((t1 - t0)) 'BEGIN { printf "%.0f,%.0f\n", l * 1000, d / 1000 }' >>"$WORK/close-during-load.csv"
        stop_pid "$pid"
        wait "$loader" 2>/dev/null || true
    done

    # Scrolling again with Qt Quick's software adaptation, whose frame (polish on the GUI thread
    # included) is what the target counts: without a GPU, OpenGL's swap on llvmpipe alone takes
    # 5 to 25 ms, none of it the viewer's.
    key=$(new_key big-software)
    software_err=$OUT/logs/large-software.err
    start_bg /dev/null "$software_err" env QT_QUICK_BACKEND=software \
        QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true;shm.viewer.latency=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN" "$VIEWER" --key "$key" --size "$BIG_SEGMENT"
    pid=$STARTED_PID
    wait_for_line "$software_err" '^presented seq=0' 20 || true
    "$LOADER" --key "$key" --load "$BIG_TEXT" >/dev/null 2>&1 || problem "a 16 MiB load failed (software)"
    wait_for_line "$software_err" '^presented seq=[1-9]' 20 || true
    sleep 1
    large_scroll "$pid" "$software_err" -software
    stop_pid "$pid"

    numbers() { jq -R -s '[split("\n")[] | select(length > 0) | tonumber]' "$1"; }
    jq -n --argjson bytes "$(stat -c %s "$BIG_TEXT")" --argjson segment "$BIG_SEGMENT" \
        --argjson shown "$(numbers "$WORK/big-shown.ms")" \
        --argjson hwm "${big_hwm:-null}" --argjson rss "${big_rss:-null}" --argjson close_idle "$big_close_idle" \
        --argjson close_load "$(jq -R -s '[split("\n")[] | select(length > 0) | split(",")
            | { load_delay_ms: (.[0] | tonumber), close_ms: (.[1] | tonumber) }]' "$WORK/close-during-load.csv")" \
        '{ text_bytes: $bytes, segment_bytes: $segment, shown_ms: $shown, vm_hwm_kib: $hwm,
           vm_rss_kib: $rss, close_idle_ms: $close_idle, close_during_load: $close_load }' >"$OUT/large.json"
    part_end large
}

# --- a 16 MiB image: image.json, image-frames.csv ---------------------------------------------

part_image() {
    need_display
    need xdotool xdotool
    need import imagemagick
    part_begin image image.json image-frames.csv image-screenshot.png logs/image.err
    BIG_IMAGE=$WORK/big.png
    log "large image: generating a 4096 x 4096 PNG of about 16 MiB (ImageMagick, a fixed seed)"
    convert -seed 3 -size 4096x4096 plasma:fractal -blur 0x0.8 -depth 8 "$BIG_IMAGE"
    image_segment=$(($(stat -c %s "$BIG_IMAGE") + 4096))
    image_key=$(new_key image)
    image_err=$OUT/logs/image.err
    start_bg /dev/null "$image_err" env QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true;shm.viewer.latency=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN" "$VIEWER" --key "$image_key" --size "$image_segment"
    image_viewer=$STARTED_PID
    wait_for_line "$image_err" '^presented seq=0' 20 || true
    sleep 1
    # From the write's unlock to the frame: the loader logs nothing, so the write is timed as the
    # loader's exit, after its own decode (which the viewer's figure then does not contain).
    : >"$WORK/image-shown.ms"
    : >"$WORK/image-load.ms"
    for _ in 1 2 3; do
        before=$(grep -c '^presented' "$image_err" || true)
        t0=$(now_us)
        "$LOADER" --key "$image_key" --load "$BIG_IMAGE" >/dev/null 2>&1 || problem "a 16 MiB image load failed"
        t1=$(now_us)
        for _ in $(seq 300); do (($(grep -c '^presented' "$image_err" || true) > before)) && break; sleep 0.02; done
        grep '^presented' "$image_err" | tail -1 |
            awk -v t1="$t1" '{ split($4, n, "="); printf "%.1f\n", (n[2] - t1) / 1000 }' >>"$WORK/image-shown.ms"
        awk -v d=$((t1 - t0)) 'BEGIN { printf "%.1f\n", d / 1000 }' >>"$WORK/image-load.ms"
        sleep 1
    done
    # Zooming and panning: frame times from the render loop log while xdotool drives the keys.
    echo "action,frame_ms" >"$OUT/image-frames.csv"
    window_id=$(xdotool search --sync --onlyvisible --pid "$image_viewer" 2>/dev/null | head -1 || true)
    image_frames() { frame_times "$image_err" "$OUT/image-frames.csv" "$@"; }
    if [[ -n $window_id ]]; then
        xdotool windowfocus --sync "$window_id" 2>/dev/null || true
        image_frames zoom xdotool key --delay 100 --repeat 8 ctrl+equal
        image_frames pan xdotool key --delay 40 --repeat 40 Right
        image_frames pan xdotool key --delay 40 --repeat 40 Down
        image_frames fit xdotool key ctrl+0
        import -display "$DISPLAY" -window root "$OUT/image-screenshot.png" 2>/dev/null || true
    else
        problem "no window found for the viewer, zooming not measured"
    fi
    image_hwm=$(status_kib "$image_viewer" VmHWM)
    stop_pid "$image_viewer"
    numbers() { jq -R -s '[split("\n")[] | select(length > 0) | tonumber]' "$1"; }
    jq -n --argjson bytes "$(stat -c %s "$BIG_IMAGE")" --argjson segment "$image_segment" \
        --argjson shown "$(numbers "$WORK/image-shown.ms")" --argjson load "$(numbers "$WORK/image-load.ms")" \
        --argjson hwm "${image_hwm:-null}" \
        '{ image_bytes: $bytes, width: 4096, height: 4096, segment_bytes: $segment,
           shown_after_write_ms: $shown, loader_ms: $load, vm_hwm_kib: $hwm }' >"$OUT/image.json"
    part_end image
}

# --- the viewer's row delegate, in isolation: delegates.csv -----------------------------------

part_delegates() {
    need_display
    part_begin delegates delegates.csv logs/delegates.txt
    QMLTESTRUNNER=$(command -v qmltestrunner 2>/dev/null || echo /usr/lib/qt6/bin/qmltestrunner)
    if [[ -x $QMLTESTRUNNER ]]; then
        log "row delegates: TextEdit, TextInput, Text"
        "$QMLTESTRUNNER" -input "$ROOT/tests/benchmarks/tst_rowdelegates.qml" \
            >"$OUT/logs/delegates.txt" 2>&1 || true
        {
            echo "delegate,median_ms,p90_ms,rows"
            sed -n 's/.*rowdelegate \([A-Za-z]*\) median \([0-9]*\) p90 \([0-9]*\) rows \([0-9]*\).*/\1,\2,\3,\4/p' \
                "$OUT/logs/delegates.txt"
        } >"$OUT/delegates.csv"
        part_end delegates
    else
        log "row delegates: skipped, no qmltestrunner"
        part_end delegates "skipped: no qmltestrunner"
    fi
}

# --- the viewer's history: history.json (memory with 1, 20 and 30 loads of 1 MiB) ------------

part_history() {
    need_display
    part_begin history history.json logs/history.err
    history_key=$(new_key history)
    history_err=$OUT/logs/history.err
    HISTORY_TEXT_BYTES=$((1024 * 1024))
    start_bg /dev/null "$history_err" env QT_LOGGING_RULES="shm.viewer.latency=true" \
        QT_MESSAGE_PATTERN="$TIME_PATTERN" XDG_CONFIG_HOME="$WORK/config" \
        "$VIEWER" --key "$history_key" --size $((HISTORY_TEXT_BYTES + 4096))
    history_viewer=$STARTED_PID
    wait_for_line "$history_err" '^presented seq=0' 20 || true
    sleep 1
    log "history: 30 loads of distinct 1 MiB texts"
    echo "loads,vm_rss_kib" >"$WORK/history-rss.csv"
    for i in $(seq 1 30); do
        LC_ALL=C awk -v n="$i" -v limit="$HISTORY_TEXT_BYTES" 'BEGIN { for (j = 1; ; j++) {
            s = sprintf("load %02d line %07d: the quick brown fox jumps over the lazy dog\n", n, j)
            t += length(s); if (t > limit) break; printf "%s", s } }' >"$WORK/history.txt"
        before=$(grep -c '^presented' "$history_err" || true)
        "$LOADER" --key "$history_key" --load "$WORK/history.txt" >/dev/null 2>&1 || problem "history load $i failed"
        for _ in $(seq 200); do (($(grep -c '^presented' "$history_err" || true) > before)) && break; sleep 0.02; done
        sleep 0.3
        echo "$i,$(status_kib "$history_viewer" VmRSS)" >>"$WORK/history-rss.csv"
    done
    history_hwm=$(status_kib "$history_viewer" VmHWM)
    stop_pid "$history_viewer"
    jq -R -s --argjson bytes "$HISTORY_TEXT_BYTES" --argjson hwm "${history_hwm:-null}" \
        '[split("\n")[1:][] | select(length > 0) | split(",") | { loads: (.[0] | tonumber),
          vm_rss_kib: (.[1] | tonumber) }] | { text_bytes: $bytes, vm_hwm_kib: $hwm, rss: . }' \
        "$WORK/history-rss.csv" >"$OUT/history.json"
    part_end history
}

# --- following standard input: follow.csv (seq,lag_ms), follow.json ---------------------------
# `shm-loader --follow -` fed FOLLOW_RATE lines a second for FOLLOW_SECONDS while `shm-viewer
# --print` watches. Every line starts with the time it was fed (µs since the epoch); the viewer
# logs when it printed each snapshot (shm.viewer.latency), so the lag of a snapshot is that time
# minus the feed time of the last line it shows: how far the viewer is behind the input.

part_follow() {
    part_begin follow follow.csv follow.json 'logs/follow-*'
    need "$PYTHON" python3
    follow_key=$(new_key follow)
    start_bg "$WORK/follow-viewer.out" "$OUT/logs/follow-viewer.err" \
        env QT_LOGGING_RULES="shm.viewer.latency=true" "$VIEWER" --key "$follow_key" --print
    follow_viewer=$STARTED_PID
    for _ in $(seq 100); do "$VIEWER" --status --key "$follow_key" >/dev/null 2>&1 && break; sleep 0.1; done
    mkfifo "$WORK/follow.fifo"
    # The FIFO is opened by the background child, so this shell does not wait for its writer.
    "$LOADER" --key "$follow_key" --follow - <"$WORK/follow.fifo" \
        >"$OUT/logs/follow-loader.out" 2>"$OUT/logs/follow-loader.err" &
    follow_loader=$!
    PIDS+=("$follow_loader")
    log "following standard input: $FOLLOW_RATE lines/s for $FOLLOW_SECONDS s"
    # Lines of about 100 bytes, fed in slices every 10 ms, each slice stamped when it is written.
    "$PYTHON" - "$FOLLOW_RATE" "$FOLLOW_SECONDS" >"$WORK/follow.fifo" 2>"$OUT/logs/follow-feeder.err" <<'PY' &
import sys, time
rate, seconds = int(sys.argv[1]), float(sys.argv[2])
slice_s = 0.01
per_slice = max(1, round(rate * slice_s))
out = sys.stdout.buffer
start = time.time()
n = 0
while True:
    now = time.time()
    if now - start >= seconds:
        break
    stamp = int(now * 1e6)
    out.write(b"".join(b"%d follow line %09d of the measurement, padded to about a hundred bytes..\n"
                       % (stamp, n + i) for i in range(per_slice)))
    out.flush()
    n += per_slice
    next_slice = start + (n / per_slice) * slice_s
    delay = next_slice - time.time()
    if delay > 0:
        time.sleep(delay)
print(f"fed {n} lines in {time.time() - start:.3f} s", file=sys.stderr)
PY
    feeder=$!
    sleep 0.5 # the loader's start-up is not following
    follow_t0=$(now_us)
    fv0=$(cpu_seconds "$follow_viewer") fl0=$(cpu_seconds "$follow_loader")
    # CPU while the input arrives: read before it ends, since the loader ends with it.
    sleep "$(awk -v s="$FOLLOW_SECONDS" 'BEGIN { printf "%.1f", (s > 2 ? s - 1.5 : s / 2) }')"
    fv1=$(cpu_seconds "$follow_viewer") fl1=$(cpu_seconds "$follow_loader")
    follow_elapsed=$(awk -v d=$(($(now_us) - follow_t0)) 'BEGIN { printf "%.3f", d / 1e6 }')
    wait "$feeder" || problem "the feeder failed: $(head -2 "$OUT/logs/follow-feeder.err")"
    # End of input ends the loader by itself, after its final write.
    for _ in $(seq 100); do kill -0 "$follow_loader" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$follow_loader" 2>/dev/null && problem "the loader did not end with its input"
    wait "$follow_loader" 2>/dev/null || true
    sleep 0.5
    stop_pid "$follow_viewer"
    # seq and the feed time of the last line shown, from --print; seq and print time from stderr.
    jq -r 'select(.state == "valid") | "\(.seq) \(.text | rtrimstr("\n") | split("\n") | last | split(" ") | first)"' \
        "$WORK/follow-viewer.out" >"$WORK/follow-shown.txt"
    # lag: from feeding the last line a snapshot shows to the viewer printing it; age: how old
    # that line is when the next snapshot replaces it, the oldest the viewer's view ever gets.
    {
        echo "seq,lag_ms,age_ms"
        awk 'NR == FNR { fed[$1] = $2; next }
             /^presented seq=/ { split($2, s, "="); split($4, n, "=");
                 if (!(s[2] in fed) || fed[s[2]] !~ /^[0-9]+$/) next
                 if (last != "") printf "%s,%.1f\n", line, (n[2] - fed[last]) / 1000
                 line = sprintf("%s,%.1f", s[2], (n[2] - fed[s[2]]) / 1000); last = s[2] }' \
            "$WORK/follow-shown.txt" "$OUT/logs/follow-viewer.err"
    } >"$OUT/follow.csv"
    quantile() { # quantile <column> <q>
        tail -n +2 "$OUT/follow.csv" | cut -d, -f"$1" | sort -n | awk -v q="$2" '{ v[NR] = $1 } END {
            if (NR == 0) { print "null"; exit }
            i = 1 + q * (NR - 1); lo = int(i); f = i - lo; hi = lo < NR ? lo + 1 : lo
            printf "%.1f", v[lo] + f * (v[hi] - v[lo]) }'; }
    fed_lines=$(sed -n 's/^fed \([0-9]*\) lines.*/\1/p' "$OUT/logs/follow-feeder.err")
    jq -n --argjson rate "$FOLLOW_RATE" --argjson seconds "$FOLLOW_SECONDS" \
        --argjson fed "${fed_lines:-null}" --argjson elapsed "$follow_elapsed" \
        --argjson snapshots "$(($(wc -l <"$OUT/follow.csv") - 1))" \
        --argjson p50 "$(quantile 2 0.5)" --argjson p90 "$(quantile 2 0.9)" --argjson max "$(quantile 2 1)" \
        --argjson age50 "$(quantile 3 0.5)" --argjson age90 "$(quantile 3 0.9)" --argjson agemax "$(quantile 3 1)" \
        --argjson viewer_cpu "$(awk -v a="$fv0" -v b="$fv1" -v t="$follow_elapsed" 'BEGIN { printf "%.3f", (b - a) / t }')" \
        --argjson loader_cpu "$(awk -v a="$fl0" -v b="$fl1" -v t="$follow_elapsed" 'BEGIN { printf "%.3f", (b - a) / t }')" \
        '{ lines_per_second: $rate, seconds: $seconds, lines_fed: $fed, elapsed_s: $elapsed,
           snapshots: $snapshots, lag_p50_ms: $p50, lag_p90_ms: $p90, lag_max_ms: $max,
           age_p50_ms: $age50, age_p90_ms: $age90, age_max_ms: $agemax,
           viewer_cpu_cores: $viewer_cpu, loader_cpu_cores: $loader_cpu,
           targets: { lag_ms: 200, cpu_cores: 1 } }' >"$OUT/follow.json"
    log "follow: $(jq -c . "$OUT/follow.json")"
    part_end follow
}


# text_medians <csv>: the medians of a text part (find, render) on stderr (the report does not
# plot them).
text_medians() {
    awk -F, 'function median(list, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j - 1] > list[j]; j--) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
                 return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2 }
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 == "find" { k = $2 " (" $3 ", " $5 " matches)"; c[k]++; r[k, c[k]] = $col["result_ms"]; s[k, c[k]] = $col["shown_ms"]; g[k, c[k]] = $col["max_gap_ms"]; keys[k] = 1 }
        $1 == "render" { k = "2 MiB Markdown"; c[k]++; r[k, c[k]] = $col["shown_ms"]; s[k, c[k]] = $col["laid_out_ms"]; keys[k] = 1; render = 1 }
        END { for (k in keys) { n = c[k]; for (i = 1; i <= n; i++) { a[i] = r[k, i]; b[i] = s[k, i]; d[i] = g[k, i] }
                if (render) printf "render %s: shown %.1f ms, laid out %.1f ms (medians of %d)\n", k, median(a, n), median(b, n), n
                else printf "find %s: result %.1f ms, shown %.1f ms, longest GUI gap %.1f ms (medians of %d)\n", k, median(a, n), median(b, n), median(d, n), n } }' "$1" >&2
}


# --- find and render: the viewer's text features in the real window ----------------------------
# shm-textbench runs Main.qml with its backends (offscreen, software rendering, GUI and scene graph
# on one thread) and prints one CSV line a run; the header is written here.

# textbench_part <part> <--find|--render> <text> <CSV header>: shm-textbench on a key of its own,
# one line a run into <part>.csv, then the medians.
textbench_part() {
    local part=$1 option=$2 text=$3 key="$KEY_PREFIX-$1"
    echo "$4" >"$OUT/$part.csv"
    KEYS+=("$key")
    if QT_QPA_PLATFORM=offscreen "$TEXTBENCH" --key "$key" "$option" "$text" --runs "$TEXT_RUNS" \
        >>"$OUT/$part.csv" 2>"$OUT/logs/$part.err"; then
        part_end "$part"
    else
        problem "shm-textbench $option failed: $(grep -v XDG_RUNTIME "$OUT/logs/$part.err" | tail -2 | tr '\n' ' ')"
        part_end "$part" failed
    fi
    text_medians "$OUT/$part.csv"
}

part_find() {
    part_begin find find.csv logs/find.err
    make_big_text
    log "find: 16 MiB text, $TEXT_RUNS runs of each query"
    textbench_part find --find "$BIG_TEXT" "part,query,case,run,matches,result_ms,shown_ms,max_gap_ms"
}

# A 2 MiB Markdown text as READMEs and changelogs are written: headings, paragraphs with inline
# markup and links, lists, a code block in every fourth section, a small table in every 32nd.
make_markdown() { # make_markdown <file> <bytes>
    LC_ALL=C awk -v limit="$2" 'BEGIN {
        for (i = 1; ; i++) {
            s = sprintf("## Section %d: shared memory, *quickly*\n\n", i)
            s = s sprintf("The viewer polls the segment on a worker thread and shows **section %d** at once; see [the protocol](https://example.org/protocol/%d) and `SegmentReader::poll()` for the details of locking, copying and checking.\n\n", i, i)
            s = s "- attach, lock, copy the header and the text\n- compare the fingerprint, unlock\n- decode the copy and index the lines\n- hand it to the GUI thread, which never locks\n\n"
            s = s sprintf("1. load a text\n2. watch section %d change\n3. stop the viewer with `kill -STOP` and see the notice\n\n", i)
            if (i % 4 == 0)
                s = s "```cpp\nSegmentLock lock(memory);\nif (!lock.isLocked())\n    return Result::lockFailed(memory);\nstd::memcpy(copy.data(), memory.constData(), size);\n```\n\n"
            if (i % 32 == 0)
                s = s "| key | size | writers |\n|---|---:|---|\n| ShmLoaderText | 65,536 | 1 |\n| other | 4,096 | 2 |\n\n"
            s = s "> A stopped process keeps holding the lock; a killed one releases it.\n\n"
            n += length(s); if (n > limit) break; printf "%s", s
        } }' >"$1"
}

part_render() {
    part_begin render render.csv logs/render.err
    RENDER_TEXT=$WORK/render.md
    make_markdown "$RENDER_TEXT" $((2 * 1024 * 1024))
    log "render: 2 MiB of Markdown, $TEXT_RUNS switches from plain"
    textbench_part render --render "$RENDER_TEXT" "part,run,shown_ms,laid_out_ms"
}

# --- fit: scale-to-fit of large images into a 64 KiB and a 1 MiB segment (issue 17 item 5) --------
# shm-fitbench draws 6000x6000 smooth and soft PNGs and a 6000x4000 photo-like JPEG, times
# ImageFitter::fit() on each (medians of wall and CPU time) and checks the result against the
# largest longer side that fits, searched to the pixel. Target: at most 1.5 s, within 2 %.
part_fit() {
    part_begin fit fit.txt logs/fit.err
    local runs=$((QUICK ? 3 : 5))
    if ((BUILD_IT)) && ! cmake --build "$BUILD" --target shm-fitbench >"$OUT/logs/fit.err" 2>&1; then
        problem "building shm-fitbench failed: $(tail -2 "$OUT/logs/fit.err" | tr '\n' ' ')"
        part_end fit failed
        return 0
    fi
    log "fit: 3 images into 64 KiB and 1 MiB, $runs runs each (a few minutes: the reference search)"
    if "$BUILD/bin/shm-fitbench" --runs "$runs" >"$OUT/fit.txt" 2>>"$OUT/logs/fit.err"; then
        part_end fit
    else
        problem "shm-fitbench failed: $(grep -h FAILED "$OUT/fit.txt" "$OUT/logs/fit.err" | head -2 | tr '\n' ' ')"
        part_end fit failed
    fi
    cat "$OUT/fit.txt" >&2
}

# --- frames: a stream of raw frames (issue 18 item 3): frames.json ----------------------------
# shm-frame-producer (tests/client) publishes RGBA frames on a fixed schedule, each stamped with
# its write time in the header. Window: 60 frames/s of 1280 × 720 for FRAMES_SECONDS (default
# 10, 5 with --quick) to a window with Qt Quick's software renderer on Xvfb; its latency log
# ("presented seq= writtenAtMs= nowUs=") gives the frames presented a second and the update
# latency (write to swap) in frames of 1/60 s. Print: 200 frames/s of 1920 × 1080 to
# shm-viewer --print, whose lines give printed and skipped ("skipped") and the lag from write to
# print. Targets (issue 18): ≥ 30 presented frames/s, latency p50 ≤ 2 frames; --print sees or
# counts every frame.
frames_quantile() { # frames_quantile <q>: of the numbers on stdin
    sort -n | awk -v q="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "null"; exit }
        i = 1 + q * (NR - 1); lo = int(i); f = i - lo; hi = lo < NR ? lo + 1 : lo
        printf "%.1f", v[lo] + f * (v[hi] - v[lo]) }'
}
frames_run() { # frames_run <name> <width> <height> <rate> <seconds> [viewer options...]; sets FRAMES_ERR
    local name=$1 width=$2 height=$3 rate=$4 seconds=$5
    shift 5
    local key viewer v0 v1 count
    key=$(new_key "frames-$name")
    FRAMES_ERR=$OUT/logs/frames-$name.err
    start_bg "$OUT/logs/frames-$name.out" "$FRAMES_ERR" env QT_LOGGING_RULES="shm.viewer.latency=true" \
        "${FRAMES_ENV[@]}" "$VIEWER" --key "$key" --size $((width * height * 4 + 4096)) "$@"
    viewer=$STARTED_PID
    for _ in $(seq 100); do "$VIEWER" --status --key "$key" >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 1 # the window shown
    count=$(awk -v r="$rate" -v s="$seconds" 'BEGIN { printf "%d", r * s }')
    log "frames: $name, $count frames of $width × $height at $rate/s"
    v0=$(cpu_seconds "$viewer")
    "$FRAME_PRODUCER" "$key" "$width" "$height" "$count" --rate "$rate" \
        >"$OUT/logs/frames-$name.producer" 2>&1 || problem "$name: the producer failed: $(tail -1 "$OUT/logs/frames-$name.producer")"
    v1=$(cpu_seconds "$viewer")
    sleep 1
    gone_reason "$viewer" "$FRAMES_ERR" "the $name viewer"
    stop_pid "$viewer"
    FRAMES_WRITTEN=$(sed -n 's/^published \([0-9]*\) of .* in \([0-9.]*\) s$/\1/p' "$OUT/logs/frames-$name.producer")
    FRAMES_ELAPSED=$(sed -n 's/^published \([0-9]*\) of .* in \([0-9.]*\) s$/\2/p' "$OUT/logs/frames-$name.producer")
    FRAMES_CPU=$(awk -v a="$v0" -v b="$v1" -v t="${FRAMES_ELAPSED:-0}" 'BEGIN { if (t > 0) printf "%.2f", (b - a) / t; else print "null" }')
}
part_frames() {
    need_display
    part_begin frames frames.json 'logs/frames-*'
    FRAME_PRODUCER=$BUILD/bin/shm-frame-producer
    if ((BUILD_IT)) && ! cmake --build "$BUILD" --target shm-frame-producer >"$OUT/logs/frames-build.log" 2>&1; then
        problem "building shm-frame-producer failed: $(tail -2 "$OUT/logs/frames-build.log" | tr '\n' ' ')"
        part_end frames failed
        return 0
    fi
    local seconds=${FRAMES_SECONDS:-$((QUICK ? 5 : 10))} load_window load_print
    # The window: presented frames a second over the producer's run, latency of each presented frame.
    FRAMES_ENV=(QT_QUICK_BACKEND=software)
    frames_run window 1280 720 60 "$seconds"
    load_window=$(loadavg)
    local w_written=$FRAMES_WRITTEN w_elapsed=$FRAMES_ELAPSED w_cpu=$FRAMES_CPU
    # seq k + 1 is frame k of the run; the first presented frame before the run (none) is not counted.
    awk '/^presented seq=/ { split($2, s, "="); split($3, w, "="); split($4, n, "=");
            if (s[2] > 0) printf "%s %.3f\n", s[2], n[2] / 1000.0 - w[2] }' "$FRAMES_ERR" >"$WORK/frames-window.txt"
    local w_presented w_p50 w_p90
    w_presented=$(wc -l <"$WORK/frames-window.txt")
    w_p50=$(cut -d' ' -f2 "$WORK/frames-window.txt" | frames_quantile 0.5)
    w_p90=$(cut -d' ' -f2 "$WORK/frames-window.txt" | frames_quantile 0.9)
    # --print: every line printed or counted in "skipped"; lag from write to print.
    FRAMES_ENV=()
    frames_run print 1920 1080 200 "$seconds" --print
    load_print=$(loadavg)
    local p_written=$FRAMES_WRITTEN p_elapsed=$FRAMES_ELAPSED p_cpu=$FRAMES_CPU
    local p_printed p_skipped p_last p_gaps_ok p_p50 p_p90 p_max
    p_printed=$(jq -s 'map(select(.state == "valid")) | length' "$OUT/logs/frames-print.out")
    p_skipped=$(jq -s 'map(select(.state == "valid") | .skipped) | add // 0' "$OUT/logs/frames-print.out")
    p_last=$(jq -s 'map(.seq) | max // 0' "$OUT/logs/frames-print.out")
    # Each line's skipped is its seq gap (the viewer began on an empty segment: seq 0 before).
    p_gaps_ok=$(jq -s 'reduce .[] as $l ({prev: 0, ok: true};
        {prev: $l.seq, ok: (.ok and ($l.skipped == $l.seq - .prev - 1))}) | .ok' "$OUT/logs/frames-print.out")
    awk '/^presented seq=/ { split($3, w, "="); split($4, n, "="); if (w[2] > 0) printf "%.3f\n", n[2] / 1000.0 - w[2] }' \
        "$FRAMES_ERR" >"$WORK/frames-print.txt"
    p_p50=$(frames_quantile 0.5 <"$WORK/frames-print.txt")
    p_p90=$(frames_quantile 0.9 <"$WORK/frames-print.txt")
    p_max=$(frames_quantile 1 <"$WORK/frames-print.txt")
    jq -n --argjson seconds "$seconds" \
        --argjson w_written "${w_written:-null}" --argjson w_elapsed "${w_elapsed:-null}" \
        --argjson w_presented "$w_presented" --argjson w_p50 "$w_p50" --argjson w_p90 "$w_p90" \
        --argjson w_cpu "$w_cpu" --arg w_load "$load_window" \
        --argjson p_written "${p_written:-null}" --argjson p_elapsed "${p_elapsed:-null}" \
        --argjson p_printed "$p_printed" --argjson p_skipped "$p_skipped" --argjson p_last "$p_last" \
        --argjson p_gaps_ok "$p_gaps_ok" --argjson p_p50 "$p_p50" --argjson p_p90 "$p_p90" \
        --argjson p_max "$p_max" --argjson p_cpu "$p_cpu" --arg p_load "$load_print" '
        def r(x): (x * 100 | round) / 100;
        { window: { width: 1280, height: 720, rate: 60, seconds: $seconds, renderer: "software",
                    written: $w_written, producer_s: $w_elapsed, presented: $w_presented,
                    presented_per_s: (if $w_elapsed then r($w_presented / $w_elapsed) else null end),
                    latency_p50_ms: $w_p50, latency_p90_ms: $w_p90,
                    latency_p50_frames: (if $w_p50 then r($w_p50 * 60 / 1000) else null end),
                    viewer_cpu_cores: $w_cpu, loadavg_after: $w_load,
                    targets: { presented_per_s: 30, latency_p50_frames: 2 } },
          print: { width: 1920, height: 1080, rate: 200, seconds: $seconds,
                   written: $p_written, producer_s: $p_elapsed,
                   written_per_s: (if $p_elapsed then r($p_written / $p_elapsed) else null end),
                   printed: $p_printed, skipped: $p_skipped, last_seq: $p_last,
                   all_accounted: ($p_printed + $p_skipped == $p_written and $p_last == $p_written),
                   skipped_equals_seq_gaps: $p_gaps_ok,
                   printed_fraction: (if $p_written then r($p_printed / $p_written) else null end),
                   lag_p50_ms: $p_p50, lag_p90_ms: $p_p90, lag_max_ms: $p_max,
                   viewer_cpu_cores: $p_cpu, loadavg_after: $p_load } }' >"$OUT/frames.json"
    log "frames: $(jq -c . "$OUT/frames.json")"
    part_end frames
}

# --- run ------------------------------------------------------------------------------------

for part in $ONLY; do "part_$part"; done

write_meta
log "raw results in $OUT"
run_report "$OUT"
