#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Fails when a translation catalogue is not fit to ship:

- an entry is unfinished (not translated, or marked unfinished), obsolete or vanished;
- a translation's placeholders (%1 ... %99, %n) differ from its source's;
- a translation quotes in another language's style: German quotes „so“ only (never 'so', "so"
  or “so”), Chinese “这样” (never ASCII quotes in Chinese text, in the catalogue or in the prose of
  the Chinese documents given with --docs);
- the catalogue is not current: lupdate run on the sources would add or drop a string
  (run `cmake --build build --target update_translations`, then translate what it added).

Usage: check_ts.py --lupdate LUPDATE --ts FILE... --sources FILE... [--docs FILE.md...]
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
# A quoted span, ASCII or English style: 'x', "x", “x”. (A lone apostrophe is no quote.)
ASCII_QUOTED = re.compile(r"(?<![\w'])'[^'\n]+'(?![\w'])|\"[^\"\n]+\"")
ENGLISH_QUOTED = re.compile(r"“[^“”\n]*”")
GERMAN_QUOTED = re.compile(r"„[^„“”\n]*“")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


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


def quote_problems(text, language):
    """What is wrong with the quotes of one translated text, in the language's own style."""
    if language.startswith("de"):
        rest = GERMAN_QUOTED.sub("", text)
        wrong = ASCII_QUOTED.findall(rest) + ENGLISH_QUOTED.findall(rest)
        wrong += [mark for mark in "„“”" if mark in rest and not any(mark in w for w in wrong)]
        return [f"quotes {w} are not German: use „…“" for w in wrong]
    if language.startswith("zh"):
        # Chinese prose quotes with “…” whatever it quotes, an English message too.
        return [f"ASCII quotes {w} in Chinese text: use “…”"
                for w in ASCII_QUOTED.findall(text)] if CJK.search(text) else []
    return []


def check_quotes(path):
    language = ET.parse(path).getroot().get("language", "")
    problems = []
    for (context, source, _), message in entries(path).items():
        translation = message.find("translation")
        forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
        for form in forms:
            for problem in quote_problems(form.text or "", language):
                problems.append(f"{path.name}: {context}: {source!r}: {problem}")
    return problems


def check_doc_quotes(path):
    """A Chinese document's prose (not its code: fenced blocks, `inline code`, comments)."""
    problems = []
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        prose = re.sub(r"`[^`]*`|<!--.*?-->", "", line)
        for problem in quote_problems(prose, "zh"):
            problems.append(f"{path.name}:{number}: {problem}")
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
    parser.add_argument("--docs", nargs="*", default=[], type=Path)
    args = parser.parse_args()
    problems = []
    for ts in args.ts:
        problems += check_entries(ts)
        problems += check_quotes(ts)
    for doc in args.docs:
        problems += check_doc_quotes(doc)
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
