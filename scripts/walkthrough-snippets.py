#!/usr/bin/python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Keeps the code blocks of the walkthrough equal to the source they are cut from.

Markers in the source (C++ and QML comments, each on a line of its own):

    // [walkthrough: attach]
    ... the lines the walkthrough shows ...
    // [/walkthrough: attach]

A name is lower-case letters, digits and dashes, and is marked once in the whole tree. Markers may
nest or overlap; marker lines never appear in a snippet.

In docs/walkthrough.md and docs/zh_CN/walkthrough.md, a block is an HTML comment on a line of its
own, then what this tool generates: a link to the source file and the fenced code:

    <!-- snippet: attach -->
    [`common/segmentreader.cpp`](../common/segmentreader.cpp)
    ```cpp
    ...
    ```

A comment with nothing generated after it yet is filled by --update. A snippet is exactly the
source lines between its markers, with three changes: trailing spaces are dropped, blank lines at
its start and end are dropped, and the indentation all its lines share is removed (so a snippet
from inside a function starts at column 0; relative indentation is kept).

    --update   rewrite the blocks of both documents from the markers
    --check    exit 1, naming snippet and file, when a block differs from its source, a marker is
               missing, unpaired or malformed, a document uses a name no marker has, a marker is
               used by no document, or the two documents use different names
    --list     print every snippet: name, file, lines

Standard library only; run it with /usr/bin/python3 (the python3 on PATH may be another one).
"""

import argparse
import difflib
import os
import re
import sys

DOCUMENTS = ["docs/walkthrough.md", "docs/zh_CN/walkthrough.md"]
SOURCE_SUFFIXES = {".cpp": "cpp", ".h": "cpp", ".hpp": "cpp", ".cc": "cpp", ".qml": "qml"}
NAME = r"[a-z0-9][a-z0-9-]*"
MARKER = re.compile(r"^\s*//\s*\[(/?)walkthrough:\s*(" + NAME + r")\]\s*$")
MARKER_LIKE = re.compile(r"\[/?walkthrough:")
DOC_TAG = re.compile(r"^<!--\s*snippet:\s*(\S+)\s*-->\s*$")
LINK_LINE = re.compile(r"^\[`[^`]+`\]\([^)]+\)\s*$")
FENCE = "```"


class Snippet:
    def __init__(self, name, path, first, last, lines):
        self.name = name
        self.path = path  # relative to the root, with /
        self.first = first  # line numbers of the markers
        self.last = last
        self.lines = lines

    def language(self):
        return SOURCE_SUFFIXES[os.path.splitext(self.path)[1]]


def source_files(root):
    for directory, subdirectories, files in os.walk(root):
        # Hidden folders, and build trees inside the source tree (they hold copies of sources).
        subdirectories[:] = sorted(
            d
            for d in subdirectories
            if not d.startswith(".")
            and not os.path.exists(os.path.join(directory, d, "CMakeCache.txt"))
        )
        for name in sorted(files):
            if os.path.splitext(name)[1] in SOURCE_SUFFIXES:
                path = os.path.join(directory, name)
                yield os.path.relpath(path, root).replace(os.sep, "/"), path


def dedent(lines):
    lines = [line.rstrip() for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    indents = [line[: len(line) - len(line.lstrip())] for line in lines if line]
    common = os.path.commonprefix(indents) if indents else ""
    return [line[len(common):] if line else line for line in lines]


def read_markers(root, problems):
    snippets = {}
    for relative, path in source_files(root):
        try:
            with open(path, encoding="utf-8") as source:
                lines = source.read().split("\n")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{relative}: cannot read: {error}")
            continue
        opened = {}  # name -> line number (1-based) of its opening marker
        body = {}  # name -> lines so far
        for number, line in enumerate(lines, 1):
            match = MARKER.match(line)
            if not match:
                if MARKER_LIKE.search(line):
                    problems.append(
                        f"{relative}:{number}: malformed marker (expected "
                        f"'// [walkthrough: name]' or '// [/walkthrough: name]', name of a-z, "
                        f"0-9 and -, on a line of its own): {line.strip()}"
                    )
                for name in body:
                    body[name].append(line)
                continue
            closing, name = match.group(1) == "/", match.group(2)
            if not closing:
                if name in opened:
                    problems.append(
                        f"{relative}:{number}: snippet '{name}' is opened again before it is "
                        f"closed (opened on line {opened[name]})"
                    )
                    continue
                if name in snippets:
                    other = snippets[name]
                    problems.append(
                        f"{relative}:{number}: snippet '{name}' is marked twice (also in "
                        f"{other.path}:{other.first})"
                    )
                opened[name] = number
                body[name] = []
                continue
            if name not in opened:
                problems.append(
                    f"{relative}:{number}: snippet '{name}' is closed but was never opened"
                )
                continue
            lines_of = dedent(body.pop(name))
            first = opened.pop(name)
            if not lines_of:
                problems.append(f"{relative}:{first}: snippet '{name}' is empty")
            snippets.setdefault(name, Snippet(name, relative, first, number, lines_of))
        for name, number in opened.items():
            problems.append(
                f"{relative}:{number}: snippet '{name}' is never closed "
                f"(no '// [/walkthrough: {name}]' after it)"
            )
    return snippets


def render(snippet, document):
    """The generated lines that follow a snippet's tag in document."""
    target = os.path.relpath(snippet.path, os.path.dirname(document)).replace(os.sep, "/")
    return (
        [f"[`{snippet.path}`]({target})", FENCE + snippet.language()]
        + snippet.lines
        + [FENCE]
    )


def generated_extent(lines, start):
    """Index after the generated lines that follow a tag at lines[start - 1]: a link line, then a
    fenced block; either may be missing (not generated yet)."""
    index = start
    if index < len(lines) and LINK_LINE.match(lines[index]):
        index += 1
    if index < len(lines) and lines[index].startswith(FENCE):
        end = index + 1
        while end < len(lines) and lines[end].rstrip() != FENCE:
            end += 1
        if end < len(lines):
            return end + 1
        return None  # a fence that is never closed
    return index


def process_document(root, document, snippets, update, problems):
    """Returns the tag names in order, or None when the document cannot be read."""
    path = os.path.join(root, document)
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError as error:
        problems.append(f"{document}: cannot read: {error}")
        return None
    lines = text.split("\n")
    result = []
    names = []
    index = 0
    changed = False
    while index < len(lines):
        line = lines[index]
        result.append(line)
        index += 1
        tag = DOC_TAG.match(line)
        if not tag:
            continue
        name = tag.group(1)
        names.append(name)
        end = generated_extent(lines, index)
        if end is None:
            problems.append(f"{document}:{index}: snippet '{name}': its code block is not closed")
            result.extend(lines[index:])
            break
        current = lines[index:end]
        snippet = snippets.get(name)
        if snippet is None:
            problems.append(
                f"{document}:{index}: snippet '{name}' has no markers in the source "
                f"('// [walkthrough: {name}]' … '// [/walkthrough: {name}]')"
            )
            result.extend(current)
        else:
            wanted = render(snippet, document)
            if current != wanted:
                changed = True
                if not update:
                    diff = list(
                        difflib.unified_diff(
                            current,
                            wanted,
                            f"{document} (block '{name}')",
                            f"{snippet.path}:{snippet.first + 1}-{snippet.last - 1}",
                            lineterm="",
                            n=1,
                        )
                    )
                    shown = "\n".join("    " + d for d in diff[:30])
                    more = "\n    …" if len(diff) > 30 else ""
                    problems.append(
                        f"{document}:{index}: snippet '{name}' does not match its source "
                        f"{snippet.path} (lines {snippet.first + 1}-{snippet.last - 1}); "
                        f"run scripts/walkthrough-snippets.py --update\n{shown}{more}"
                    )
            result.extend(wanted)
        index = end
    if update and changed:
        with open(path, "w", encoding="utf-8") as file:
            file.write("\n".join(result))
        print(f"updated {document}")
    return names


def main():
    parser = argparse.ArgumentParser(
        description="Generate or check the code blocks of the walkthrough from the markers in "
        "the source."
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--update", action="store_true", help="rewrite the blocks of both documents")
    mode.add_argument("--check", action="store_true", help="exit 1 when anything is out of date")
    mode.add_argument("--list", action="store_true", help="print every marked snippet")
    parser.add_argument(
        "--root",
        default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        help="the source tree (default: the one this script is in)",
    )
    arguments = parser.parse_args()
    root = arguments.root

    problems = []
    snippets = read_markers(root, problems)
    if arguments.list:
        for snippet in sorted(snippets.values(), key=lambda s: (s.path, s.first)):
            print(
                f"{snippet.name:16} {snippet.path}:{snippet.first + 1}-{snippet.last - 1} "
                f"({len(snippet.lines)} lines)"
            )
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if arguments.update and problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("nothing was written: fix the markers first", file=sys.stderr)
        return 1

    used = {}
    for document in DOCUMENTS:
        used[document] = process_document(root, document, snippets, arguments.update, problems)

    main_document = DOCUMENTS[0]
    if used[main_document] is not None:
        for snippet in sorted(snippets.values(), key=lambda s: (s.path, s.first)):
            if snippet.name not in used[main_document]:
                problems.append(
                    f"{snippet.path}:{snippet.first}: snippet '{snippet.name}' is marked but "
                    f"{main_document} does not use it (remove the markers, or show it)"
                )
        for document in DOCUMENTS[1:]:
            if used[document] is not None and used[document] != used[main_document]:
                missing = [n for n in used[main_document] if n not in used[document]]
                extra = [n for n in used[document] if n not in used[main_document]]
                detail = []
                if missing:
                    detail.append("missing " + ", ".join(missing))
                if extra:
                    detail.append("not in " + main_document + ": " + ", ".join(extra))
                if not detail:
                    detail.append("same snippets in another order")
                problems.append(
                    f"{document}: its snippets differ from {main_document}: " + "; ".join(detail)
                )

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    if arguments.check:
        print(
            f"{len(snippets)} snippets, {len(DOCUMENTS)} documents: every block matches its source"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
