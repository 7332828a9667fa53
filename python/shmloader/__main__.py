# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""python3 -m shmloader [--key K] [--name N] [--timeout MS] FILE|-

What `shm-loader --load FILE` does, with its exit codes: 0 loaded, 1 failed (or timed out),
2 no viewer running, 3 the file was refused (binary, not a regular file, too large).
"""

import argparse
import sys

from . import DEFAULT_KEY, Publisher, PublishError


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print("%s: %s" % (self.prog, message), file=sys.stderr)
        sys.exit(1)  # 2 means "no viewer running"


def main(argv=None):
    parser = _Parser(prog="python3 -m shmloader",
                     description="Loads a text or an image into the shared memory segment that "
                                 "shm-viewer shows, as shm-loader --load does.")
    parser.add_argument("source", metavar="FILE|-", help="the file to load, or - for standard input")
    parser.add_argument("--key", default=DEFAULT_KEY,
                        help="Shared memory key (default: %s)." % DEFAULT_KEY)
    parser.add_argument("--name", help="With -: the source name the viewer shows (default: stdin).")
    parser.add_argument("--timeout", type=int, metavar="MS",
                        help="Give up after MS milliseconds of waiting for the shared memory lock.")
    options = parser.parse_args(argv)
    if not options.key:
        parser.error("--key must not be empty")
    if options.name is not None and options.source != "-":
        parser.error("--name only applies to --load - and --follow -")
    if options.name == "":
        parser.error("--name must not be empty")
    publisher = Publisher(options.key, lock_timeout_ms=options.timeout)
    try:
        if options.source == "-":
            if sys.stdin is None:  # started with standard input closed
                raise PublishError("Cannot load %s: reading standard input failed: Bad file "
                                   "descriptor" % (options.name or "stdin"), "refused")
            published = publisher.publish_stream(sys.stdin.buffer, options.name or "stdin")
        else:
            published = publisher.publish_file(options.source)
    except PublishError as error:
        print(error, file=sys.stderr)
        return error.exit_code
    finally:
        publisher.close()
    print(published.message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
