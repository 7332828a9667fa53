#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Writes the seed corpus for fuzz_svg (tests/fuzz/svg-corpus/): the hostile SVGs of issue 16
(references to files, a FIFO, /dev/tty, http, itself; an xml-stylesheet; <use> fan-out, deep
nesting, a gzip bomb; text) and a few harmless ones. The files are committed; a crash that
fuzzing finds joins them as regression-<name>."""

import base64
import gzip
import os
import struct
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "svg-corpus")
OPEN = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        b'width="40" height="40">')


def svg(body):
    return OPEN + body + b"</svg>"


def image(target):
    return svg(b'<image width="40" height="40" xlink:href="' + target + b'"/>')


def png(width, height):
    raw = b"".join(b"\0" + b"\0\0\0" * width for _ in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def use_bomb():
    body = b'<defs><rect id="a0" width="40" height="40"/>'
    for level in range(1, 10):
        body += b'<g id="a%d">' % level + b'<use xlink:href="#a%d"/>' % (level - 1) * 10 + b"</g>"
    return svg(body + b'</defs><use xlink:href="#a9"/>')


SEEDS = {
    "plain": svg(b'<rect x="4" y="4" width="30" height="20" fill="teal"/>'),
    "gradient-use": svg(b'<defs><linearGradient id="g"><stop offset="0" stop-color="red"/>'
                        b'<stop offset="1" stop-color="blue"/></linearGradient>'
                        b'<circle id="c" cx="10" cy="10" r="8" fill="url(#g)"/></defs>'
                        b'<use xlink:href="#c"/><use xlink:href="#c" x="20"/>'),
    "text": svg(b'<text x="2" y="30" font-size="20" font-family="sans-serif">Hi<tspan>!</tspan></text>'),
    "image-file": image(b"/etc/passwd"),
    "image-relative": image(b"private.png"),
    "image-fifo": image(b"/tmp/fifo"),
    "image-tty": image(b"/dev/tty"),
    "image-http": image(b"http://127.0.0.1:9/x.png"),
    "image-self": image(b"evil.svg"),
    "image-data-png": image(b"data:image/png;base64," + base64.b64encode(png(4, 4))),
    "image-data-svg": image(b"data:image/svg+xml;base64," + base64.b64encode(image(b"/etc/passwd"))),
    "image-data-broken": image(b"data:image/png;base64,AAAA"),
    "stylesheet": b'<?xml version="1.0"?><?xml-stylesheet type="text/css" href="/etc/passwd"?>'
                  + svg(b'<rect width="9" height="9"/>'),
    "css-import": svg(b'<style>@import url(/etc/passwd); rect { fill: url(#g) }</style>'),
    "external-entity": b'<!DOCTYPE svg [<!ENTITY e SYSTEM "/etc/passwd">]>' + svg(b"<text>&e;</text>"),
    "use-loop": svg(b'<g id="a"><use xlink:href="#a"/></g>'),
    "use-bomb": use_bomb(),
    "deep": svg(b"<g>" * 200 + b"</g>" * 200),
    "gzip-bomb": gzip.compress(svg(b"<!--" + b" " * (17 * 1024 * 1024) + b"-->"), 9),
    "gzip-plain": gzip.compress(svg(b'<rect width="9" height="9"/>'), 9),
}

os.makedirs(HERE, exist_ok=True)
for name, data in SEEDS.items():
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)
