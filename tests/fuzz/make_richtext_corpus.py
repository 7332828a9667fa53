#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Writes the seed corpus for fuzz_richtext (tests/fuzz/richtext-corpus/): the rich-text bombs of
issue 16 and ordinary pages. The files are committed; tst_richtext and the GUI test
viewer_richtext_bombs.sh read the bombs from there too. The first byte of a seed picks the mode
for the fuzzer ('h' HTML, 'm' Markdown); the rest is the text. Findings the fuzzer makes are kept
here as regression seeds: finding-wide-row-slow.html (30 rows and a row of 600 cells, within the
bounds) took Qt 10 s under the fuzzer on a loaded machine, over the time budget of then (10 s)."""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "richtext-corpus")


def nested_tables(depth, inner="x"):
    # Each table within a table doubles Qt's layout work: 25 levels never finish.
    return ("<html><body>" + "<table><tr><td>" * depth + inner + "</td></tr></table>" * depth
            + "</body></html>")


def table_grid(rows, columns):
    # Qt allocates rows x the widest row: 3,000 rows of one cell and one row of 3,000.
    return ("<table>" + "<tr><td>x" * rows + "<tr>" + "<td>x" * columns + "</table>\n")


def nested_bold(depth):
    # Qt's parser resolves each element against all its ancestors: quadratic in the depth.
    return "<b>" * depth + "x\n"


SEEDS = {
    # The three reproductions of issue 16, and neighbours of them.
    "nested-tables.html": nested_tables(25),
    "table-grid.html": table_grid(3000, 3000),
    "nested-bold.html": nested_bold(50000),
    "spaced-bold.html": "< b>" * 2000 + "x\n",
    # Few tables, but what is in the innermost cell is laid out 2^8 times (10 s for Qt).
    "nested-table-content.html": nested_tables(8, "<p>para</p>" * 5000),
    "colspan.html": "<table>" + "<tr><td colspan=20480>x</td></tr>" * 8 + "</table>\n",
    "many-elements.html": "<br>" * 60000 + "\n",
    "markdown-nested-tables.md": "Text\n\n" + nested_tables(25) + "\n",
    "markdown-table.md": "| a | b | c | d |\n|---|---|---|---|\n" + "| 1 | 2 | 3 | 4 |\n" * 5000,
    "markdown-quotes.md": ">" * 300 + " quoted\n",
    # Found by review, kept as regressions: rows in a tbody without a table crashed the count
    # (no table to add them to); quoted cell names and a span by character reference were
    # counted short of what Qt builds.
    "regression-tbody-rows.html": "<tbody>" + "<tr><td>x" * 30 + "<tr>" + "<td>x" * 1000,
    "regression-quoted-cells.html": "<table>" + ("<tr>" + '<"td"></"td">' * 150) * 150
                                    + "</table>",
    "regression-colspan-reference.html": '<table><tr><td colspan="&#50;0480">x</td></tr>' * 3,
    # Ordinary pages: rendered rich.
    "page.html": "<html><head><title>t</title><style>td { padding: 2px }</style></head><body>"
                 "<h1>Title</h1><p>Some <b>bold</b> and <a href='https://example.org'>a link"
                 "</a>.<p>Unclosed paragraph<ul><li>one<li>two</ul><table><tr><th>a<th>b"
                 "<tr><td>1<td>2</table><br/><img src='x.png'/></body></html>\n",
    "notes.md": "# Notes\n\nSome *emphasis*, `code` and a [link](https://example.org).\n\n"
                "- one\n- two\n  - nested\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                "```\n<table><tr><td>in code\n```\n\n<b>inline html</b> and a < b\n",
}


def main():
    os.makedirs(HERE, exist_ok=True)
    for name, text in SEEDS.items():
        mode = b"m" if name.endswith(".md") else b"h"
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(mode + text.encode())


if __name__ == "__main__":
    main()
