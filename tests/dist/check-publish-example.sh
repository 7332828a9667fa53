#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# check-publish-example.sh BUILD_DIR EXAMPLE_DIR
# `cmake --install BUILD_DIR` into a scratch prefix, then builds examples/publish-cpp (an outside
# project: find_package(ShmLoader) with CMAKE_PREFIX_PATH set to the prefix, nothing else of the
# tree) and runs it against the installed `shm-viewer --print` on a key of its own: the viewer
# must print its text ("hello", named greeting) and its frame (image/x-raw, rgba8888, 64 × 48,
# the sha256 of the example's gradient), and nothing may be left behind.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 BUILD_DIR EXAMPLE_DIR" >&2
    exit 2
fi
build=$1 example=$2
tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/shm-publish-XXXXXX")
key="shmtest-publish-$$-$RANDOM"
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

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || {
    cat "$work/install.log" >&2
    fail "cmake --install"
}
# The outside project sees the prefix only (Qt comes from the system, as for any user).
# A sanitized build installs a sanitized library: the example must link the same runtime first.
cmake -S "$example" -B "$work/example" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS="${SHM_EXAMPLE_CXX_FLAGS:-}" \
    -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1 || {
    cat "$work/configure.log" >&2
    fail "configuring the example against the installed package"
}
cmake --build "$work/example" >"$work/build.log" 2>&1 || {
    cat "$work/build.log" >&2
    fail "building the example"
}
# ldd's whole output first: with pipefail, grep -q leaving early can make ldd die of SIGPIPE and
# the match count as a failure.
libraries="$(ldd "$work/example/publish-example")"
grep -qF "$prefix/lib/libshmloader-client.so.1" <<<"$libraries" \
    || fail "the example does not use the installed library: $libraries"

"$prefix/bin/shm-viewer" --key "$key" --print >"$work/out" 2>"$work/err" </dev/null &
viewer=$!
# The viewer creates its segment just after it starts: exit 2 (no viewer yet) is retried, 10 s.
for ((tries = 0; ; tries++)); do
    result=0
    "$work/example/publish-example" "$key" >"$work/example.out" 2>&1 || result=$?
    ((result == 2 && tries < 100)) || break
    sleep 0.1
done
cat "$work/example.out"
((result == 0)) || fail "publish-example exited with $result"

# The gradient main.cpp draws: R = 4x, G = 5y, B = 128, A = 255, rows of 256 bytes.
expected=$(python3 -c '
import hashlib
print(hashlib.sha256(bytes(v for y in range(48) for x in range(64)
                              for v in (x * 4, y * 5, 128, 255))).hexdigest())')
for ((tries = 0; tries < 100; tries++)); do
    grep -q '"source":"frame"' "$work/out" && break
    sleep 0.1
done
kill -TERM "$viewer"
status=0
wait "$viewer" || status=$?
viewer=
((status == 0)) || fail "shm-viewer exited with $status: $(cat "$work/err")"

# The text may have been replaced by the frame before the viewer's poll: the frame must be there.
frame=$(grep '"source":"frame"' "$work/out") || fail "the viewer did not print the frame: $(cat "$work/out")"
for field in '"kind":"image"' '"contentType":"image/x-raw"' '"pixelFormat":"rgba8888"' \
    '"width":64' '"height":48' '"stride":256' "\"sha256\":\"$expected\""; do
    grep -qF "$field" <<<"$frame" || fail "the frame's line lacks $field: $frame"
done
echo "PASS: the viewer printed the example's frame: 64 × 48 rgba8888, sha256 $expected"
if grep -q '"source":"greeting"' "$work/out"; then
    grep '"source":"greeting"' "$work/out" | grep -qF '"text":"hello"' || fail "greeting is not hello"
    echo "PASS: the viewer printed the greeting"
else
    echo "note: the frame replaced the greeting before the viewer printed it"
fi
