#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Fails when a translation catalogue is not fit to ship:

- an entry is unfinished (not translated, or marked unfinished), obsolete or vanished;
- a translation's placeholders (%1 ... %99, %n) differ from its source's;
- the catalogue is not current: lupdate run on the sources would add or drop a string
  (run `cmake --build build --target update_translations`, then translate what it added).

Usage: check_ts.py --lupdate LUPDATE --ts FILE... --sources FILE...
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:n|[1-9][0-9]?)")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def entries(path):
    """(context, source, comment) -> message element, for every message of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            result[key] = message
    return result


def check_entries(path):
    problems = []
    for (context, source, _), message in entries(path).items():
        where = f"{path.name}: {context}: {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{where}: {kind}")
            continue
        forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
        expected = placeholders(source)
        for form in forms:
            text = form.text or ""
            if not text.strip():
                problems.append(f"{where}: empty translation")
            elif placeholders(text) != expected and not (
                    message.get("numerus") == "yes" and placeholders(text) == [p for p in expected if p != "%n"]):
                problems.append(f"{where}: placeholders {placeholders(text)} in {text!r}, "
                                f"the source has {expected}")
    return problems


def check_current(lupdate, ts_files, sources):
    """lupdate on copies of the catalogues: any string it adds or drops means they are stale."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            copies.append(copy)
        list_file = Path(tmp) / "sources.lst"
        list_file.write_text("\n".join(str(s) for s in sources) + "\n")
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", f"@{list_file}",
                              "-ts", *map(str, copies)], capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed: {run.stderr.strip()}"]
        for ts, copy in zip(ts_files, copies):
            before, after = set(entries(ts)), set(entries(copy))
            for context, source, _ in sorted(after - before):
                problems.append(f"{ts.name}: not in the catalogue yet: {context}: {source!r}")
            for context, source, _ in sorted(before - after):
                problems.append(f"{ts.name}: no longer in the sources: {context}: {source!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", nargs="+", required=True, type=Path)
    parser.add_argument("--sources", nargs="+", required=True, type=Path)
    args = parser.parse_args()
    problems = []
    for ts in args.ts:
        problems += check_entries(ts)
    problems += check_current(args.lupdate, args.ts, args.sources)
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problem(s); `cmake --build build --target update_translations` "
              "brings the catalogues up to date, then translate what is unfinished", file=sys.stderr)
        return 1
    counts = ", ".join(f"{ts.name}: {len(entries(ts))} strings" for ts in args.ts)
    print(f"complete and current ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
