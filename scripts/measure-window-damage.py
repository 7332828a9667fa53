#!/usr/bin/python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Window update latency measured from outside the viewer: from `shm-loader --load` exiting to the
X server's first DAMAGE event on the viewer's window (the new frame's pixels reaching the server).

    scripts/measure-window-damage.py BUILD/bin [LOADS]     # under an X display ($DISPLAY), e.g.
    xvfb-run -s '-screen 0 1280x900x24' scripts/measure-window-damage.py build-perf/bin 200

Starts one shm-viewer (Qt Quick's software adaptation, QT_QUICK_BACKEND=software, unless that
variable is set; set it empty for Qt's default, OpenGL; the default interval) on a key of its own, loads two small texts in turn (so that every load changes the
window), one shm-loader process per load, with random gaps of 150 to 300 ms, and prints one
latency per load in ms, then p50, p90 and p99. Needs python3-xlib (Debian). Not part of
scripts/measure-performance.sh; docs/performance.md quotes it beside the part `latency`.
"""

import os
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display
from Xlib.ext import damage


def find_window(d, pid, seconds=20):
    """The top-level window with _NET_WM_PID == pid (Qt sets it), once it is mapped."""
    atom = d.intern_atom("_NET_WM_PID")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for w in d.screen().root.query_tree().children:
            try:
                prop = w.get_full_property(atom, X.AnyPropertyType)
                if prop and prop.value[0] == pid and w.get_attributes().map_state == X.IsViewable:
                    return w
            except Exception:
                pass
        time.sleep(0.05)
    raise SystemExit("no window of the viewer")


def main():
    bindir = sys.argv[1]
    loads = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    key = f"shmdamage-{os.getpid()}"
    work = tempfile.mkdtemp(prefix="shm-damage.")
    texts = []
    for name in "ab":
        path = os.path.join(work, f"{name}.txt")
        with open(path, "w") as f:
            for i in range(20):
                f.write(f"Line {i + 1} of text {name} for the latency runs, with café.\n")
        texts.append(path)
    env = dict(os.environ, XDG_RUNTIME_DIR=work)
    # Software rendering unless QT_QUICK_BACKEND says otherwise ("" for Qt's default, OpenGL).
    env.setdefault("QT_QUICK_BACKEND", "software")
    if not env["QT_QUICK_BACKEND"]:
        del env["QT_QUICK_BACKEND"]
    env.pop("QT_QPA_PLATFORM", None)
    viewer = subprocess.Popen([f"{bindir}/shm-viewer", "--key", key], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    latencies = []
    try:
        d = display.Display()
        d.damage_query_version()
        window = find_window(d, viewer.pid)
        for _ in range(100):  # ready once a load is accepted
            if subprocess.run([f"{bindir}/shm-loader", "--key", key, "--load", texts[0]],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                break
            time.sleep(0.1)
        time.sleep(1)
        dmg = window.damage_create(damage.DamageReportNonEmpty)
        fd = d.fileno()

        def drain():
            while d.pending_events():
                d.next_event()
            d.damage_subtract(dmg)
            d.sync()

        for n in range(loads):
            time.sleep(random.uniform(0.15, 0.3))
            drain()
            # The loader's exit and the first DAMAGE, each timed when select() sees it (a pidfd
            # for the exit): the frame may even reach the server before the loader has exited.
            loader = subprocess.Popen([f"{bindir}/shm-loader", "--key", key, "--load",
                                       texts[(n + 1) % 2]],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            pidfd = os.pidfd_open(loader.pid)
            exited = seen = None
            deadline = time.monotonic() + 3
            while (exited is None or seen is None) and time.monotonic() < deadline:
                ready = [] if d.pending_events() else select.select(
                    [fd] + ([pidfd] if exited is None else []), [], [], 0.5)[0]
                now = time.monotonic()
                if pidfd in ready:
                    exited = now
                while d.pending_events():
                    if type(d.next_event()).__name__ == "DamageNotify" and seen is None:
                        seen = now
            os.close(pidfd)
            if loader.wait(10) != 0:
                raise SystemExit("a load failed")
            if exited is not None and seen is not None:
                latencies.append((seen - exited) * 1000)
                print(f"{latencies[-1]:.2f}")
        d.damage_destroy(dmg)
        d.close()
    finally:
        viewer.terminate()
        viewer.wait(10)
        subprocess.run([f"{bindir}/shm-viewer", "--key", key, "--cleanup"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for path in texts:
            os.unlink(path)
        subprocess.run(["rm", "-rf", work])
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    print(f"loads {loads} seen {len(latencies)} p50 {q[49]:.1f} ms p90 {q[89]:.1f} ms "
          f"p99 {q[98]:.1f} ms max {max(latencies):.1f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
