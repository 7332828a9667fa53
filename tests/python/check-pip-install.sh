#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# check-pip-install.sh PYTHON3 PYTHON_DIR
# `pip install --no-build-isolation --no-index` of python/ (a copy: the build writes into the
# source folder) into a scratch --target, offline, then imports the module from there alone.
set -euo pipefail
python=$1 source=$2
"$python" -m pip --version >/dev/null 2>&1 || {
    echo "SKIP: no pip for $python (apt-get install python3-pip)"
    exit 77
}
work=$(mktemp -d "${TMPDIR:-/tmp}/shm-pip-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$source" "$work/src"
rm -rf "$work/src/build" "$work/src/"*.egg-info
PIP_NO_INDEX=1 "$python" -m pip install --no-build-isolation --no-index --no-deps \
    --disable-pip-version-check --target "$work/site" "$work/src" >"$work/pip.log" 2>&1 || {
    cat "$work/pip.log" >&2
    echo "FAIL: pip install" >&2
    exit 1
}
cd "$work"
PYTHONPATH="$work/site" "$python" -c '
import shmloader, sys
assert shmloader.__file__.startswith(sys.argv[1]), shmloader.__file__
assert callable(shmloader.publish_text) and callable(shmloader.publish_image)
print("installed", shmloader.__version__, "at", shmloader.__file__)
' "$work/site"
