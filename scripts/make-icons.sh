#!/usr/bin/env bash
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
#
# scripts/make-icons.sh [--check]
# Renders the programs' icons, drawn by hand as SVG in dist/linux/icons/scalable/, to the PNG
# sizes the hicolor theme gets (dist/linux/icons/SIZExSIZE/). The PNGs are committed, so a build
# needs no SVG renderer; run this after changing an SVG. --check renders into a scratch folder and
# fails when a committed PNG differs. Needs rsvg-convert (Debian's librsvg2-bin).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/dist/linux/icons"
SIZES=(48 256)

check=no
case "${1:-}" in
"") ;;
--check) check=yes ;;
*)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac
command -v rsvg-convert >/dev/null || {
    echo "$0: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
}

out="$ICONS"
if [[ $check == yes ]]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
status=0
for svg in "$ICONS"/scalable/*.svg; do
    name="$(basename "$svg" .svg)"
    for size in "${SIZES[@]}"; do
        png="${size}x${size}/$name.png"
        mkdir -p "$out/${size}x${size}"
        rsvg-convert --width "$size" --height "$size" --output "$out/$png" "$svg"
        if [[ $check == yes ]] && ! cmp -s "$out/$png" "$ICONS/$png"; then
            echo "dist/linux/icons/$png differs from its SVG: run $0" >&2
            status=1
        fi
    done
done
exit $status
