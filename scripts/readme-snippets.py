#!/usr/bin/python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Keeps README.md's "Publish from your program" blocks equal to the compiled example.

In examples/publish-cpp/ and examples/publish-python/ a snippet is the lines between `// [readme: NAME]` and
`// [/readme: NAME]` (`#` instead of `//` in CMakeLists.txt and Python). In README.md, `<!-- readme: NAME -->`
on a line of its own is followed by a fenced block that must equal the snippet, with the
indentation its lines share removed. --check (the default) exits 1 naming what differs, a name
used by only one side, or a marker that is not paired. Standard library only.
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = [os.path.join(ROOT, "examples", name) for name in ("publish-cpp", "publish-python")]
README = os.path.join(ROOT, "README.md")
MARKER = re.compile(r"^\s*(?://|#)\s*\[(/?)readme:\s*([a-z0-9-]+)\]\s*$")
TAG = re.compile(r"^<!--\s*readme:\s*([a-z0-9-]+)\s*-->\s*$")


def dedent(lines):
    lines = [line.rstrip() for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    indents = [len(line) - len(line.lstrip()) for line in lines if line]
    cut = min(indents) if indents else 0
    return [line[cut:] for line in lines]


def snippets(problems):
    found = {}
    files = [os.path.join(example, name) for example in EXAMPLES
             for name in sorted(os.listdir(example))]
    for path in files:
        if not os.path.isfile(path):
            continue
        name = os.path.relpath(path, ROOT)
        open_at = {}
        with open(path, encoding="utf-8") as source:
            lines = source.read().split("\n")
        for number, line in enumerate(lines):
            match = MARKER.match(line)
            if not match:
                continue
            closing, snippet = match.groups()
            if not closing:
                open_at[snippet] = number
            elif snippet not in open_at:
                problems.append(f"{name}:{number + 1}: [/readme: {snippet}] without its start")
            else:
                found[snippet] = dedent(lines[open_at.pop(snippet) + 1 : number])
        for snippet in open_at:
            problems.append(f"{name}: [readme: {snippet}] is never closed")
    return found


def blocks(problems):
    with open(README, encoding="utf-8") as document:
        lines = document.read().split("\n")
    found = {}
    for number, line in enumerate(lines):
        match = TAG.match(line)
        if not match:
            continue
        start = number + 1
        if start >= len(lines) or not lines[start].startswith("```"):
            problems.append(f"README.md:{number + 1}: no code block after the readme tag")
            continue
        end = start + 1
        while end < len(lines) and lines[end].rstrip() != "```":
            end += 1
        found[match.group(1)] = [l.rstrip() for l in lines[start + 1 : end]]
    return found


def main():
    problems = []
    source = snippets(problems)
    shown = blocks(problems)
    for name in sorted(set(source) | set(shown)):
        if name not in shown:
            problems.append(f"snippet {name}: marked in the example, shown nowhere in README.md")
        elif name not in source:
            problems.append(f"snippet {name}: in README.md, but no marker in the example")
        elif source[name] != shown[name]:
            problems.append(f"snippet {name}: README.md differs from the example")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{len(shown)} README snippets match examples/publish-cpp and publish-python")
    return 0


if __name__ == "__main__":
    sys.exit(main())
