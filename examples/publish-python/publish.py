#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""publish.py [KEY]: a text, a NumPy frame and a file in front of a running shm-viewer, with the
Python module (pip install ./python). README.md's Python block is cut from here
(scripts/readme-snippets.py), and tests/python runs this against a real viewer.

Exit 0 published, 2 no viewer running, 1 anything else.
"""

import os
import sys
import tempfile

# [readme: python]
import numpy
import shmloader

# [/readme: python]


def main():
    key = sys.argv[1] if len(sys.argv) > 1 else shmloader.DEFAULT_KEY
    os.chdir(tempfile.mkdtemp())
    with open("report.html", "w") as report:
        report.write("<h1>Report</h1><p>All green.</p>\n")
    try:
        # [readme: python-publish]
        shmloader.publish_text("hello", name="greeting", key=key)
        frame = numpy.zeros((48, 64, 4), numpy.uint8)          # H×W×4 RGBA; H×W gray, H×W×3 RGB
        frame[..., 0] = numpy.arange(64) * 4                    # a red gradient, opaque
        frame[..., 3] = 255
        shmloader.publish_image(frame, name="frame", key=key)  # raw pixels, no encoding
        shmloader.publish_file("report.html", key=key)         # what shm-loader --load does
        # [/readme: python-publish]
    except shmloader.PublishError as error:  # ViewerNotRunning is one
        print(error, file=sys.stderr)
        return error.exit_code
    finally:
        os.remove("report.html")
        os.rmdir(os.getcwd())
    return 0


if __name__ == "__main__":
    sys.exit(main())
