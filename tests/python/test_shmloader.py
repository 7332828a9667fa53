# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""The Python module (python/shmloader) against a real shm-viewer --print, compared byte for byte
with what the C++ library (ShmLoader::Publisher, through shm-publish-probe) writes."""

import os
import subprocess
import sys
import tempfile
import time
import unittest

from shmtestcase import (ShmTestCase, comparable, is_gone, probe, program,
                         segment_bytes, shmloader, written_part)

# publish_text(spawn=True) in a process of its own; exits with the error's exit code.
SPAWNING_PUBLISH = """
import shmloader, sys
try:
    shmloader.publish_text("x", key=sys.argv[1], spawn=True)
except shmloader.PublishError as error:
    print(error, file=sys.stderr)
    sys.exit(error.exit_code)
"""


class SameAsCpp(ShmTestCase):
    """A Python write and a C++ write of the same input leave the same bytes and --print line."""

    def setUp(self):
        super().setUp()
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()
        super().tearDown()

    def file(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, "wb") as out:
            out.write(data)
        return path

    def compare(self, viewer, cpp, python):
        """cpp() and python() each publish once; both must land identically."""
        before = viewer.count()
        code, error = cpp()
        self.assertEqual(code, 0, error)
        cpp_line = viewer.wait_for(before + 1)
        cpp_bytes = written_part(self.key)
        published = python()
        self.assertTrue(published)
        python_line = viewer.wait_for(before + 2)
        python_bytes = written_part(self.key)
        self.assertEqual(python_line["seq"], cpp_line["seq"] + 1)
        self.assertEqual(comparable(python_line), comparable(cpp_line))
        self.assertEqual(python_bytes, cpp_bytes)
        self.assertEqual(python_line["writerPid"], os.getpid())
        return python_line

    def test_text(self):
        viewer = self.start_viewer()
        for name, text in (("greeting", "hello"), ("notes.md", "# Grüße\n\n*ä* — 文字 😀\n"),
                           ("page.HTML", "<p>x</p>")):
            path = self.file("in", text.encode())
            line = self.compare(viewer, lambda: probe(self.key, "text", name, path),
                                lambda: shmloader.publish_text(text, name=name, key=self.key))
            self.assertEqual(line["text"], text)
        # Invalid UTF-8 (flagged), as bytes.
        path = self.file("in", b"caf\xe9 \xff")
        line = self.compare(viewer, lambda: probe(self.key, "text", "latin1", path),
                            lambda: shmloader.publish_text(b"caf\xe9 \xff", name="latin1",
                                                           key=self.key))
        self.assertFalse(line["validUtf8"])

    def test_text_cut_to_fit(self):
        # 400 bytes of room: the cut falls inside a three-byte character.
        viewer = self.start_viewer(size=658)
        text = "x" + "文" * 300
        path = self.file("in", text.encode())
        line = self.compare(viewer, lambda: probe(self.key, "text", "long.txt", path),
                            lambda: shmloader.publish_text(text, name="long.txt", key=self.key))
        self.assertTrue(line["truncated"])
        self.assertEqual(line["bytes"], 400)
        long_name = "名" * 60 + ".md"  # the name is cut on a character boundary too
        self.compare(viewer, lambda: probe(self.key, "text", long_name, path),
                     lambda: shmloader.publish_text(text, name=long_name, key=self.key))

    def test_file(self):
        viewer = self.start_viewer(size=4096)
        for name, data in (("report.html", b"<h1>Report</h1>\n" * 10),
                           ("big.md", ("# big\n" + "ü" * 5000).encode()),
                           ("empty.txt", b"")):
            path = self.file(name, data)
            self.compare(viewer, lambda: probe(self.key, "file", path),
                         lambda: shmloader.publish_file(path, key=self.key))

    def test_wakes_the_viewer(self):
        # A viewer that polls once a minute shows each write at once: the wake word rang.
        viewer = self.start_viewer(interval=60000)
        time.sleep(0.3)  # the viewer's worker waits on the word by now
        for round in range(3):
            started = time.monotonic()
            shmloader.publish_text("ring %d" % round, key=self.key)
            self.assertEqual(viewer.wait_for(round + 1, timeout=5)["text"], "ring %d" % round)
            self.assertLess(time.monotonic() - started, 2)

    def test_text_with_nul_is_refused(self):
        self.start_viewer()
        with self.assertRaises(shmloader.PublishError) as raised:
            shmloader.publish_text("a\0b", name="bin", key=self.key)
        self.assertEqual(raised.exception.status, "refused")
        self.assertEqual(str(raised.exception), "Cannot load bin: binary content")
        self.assertEqual(segment_bytes(self.key, 4), bytes(4))  # nothing written

    def frames(self):
        """(format, width, height, channels, bytes) for each pixel format, odd sizes."""
        import random

        rng = random.Random(18)
        for fmt, channels in (("gray8", 1), ("rgb888", 3), ("rgba8888", 4)):
            width, height = 37, 23
            yield fmt, width, height, channels, bytes(rng.getrandbits(8)
                                                      for _ in range(width * height * channels))

    def test_numpy_frames(self):
        import numpy

        viewer = self.start_viewer()
        for fmt, width, height, channels, data in self.frames():
            shape = (height, width) if channels == 1 else (height, width, channels)
            array = numpy.frombuffer(data, numpy.uint8).reshape(shape)
            path = self.file("frame", data)
            line = self.compare(
                    viewer,
                    lambda: probe(self.key, "image", "frame", fmt, width, height,
                                  width * channels, path),
                    lambda: shmloader.publish_image(array, name="frame", key=self.key))
            self.assertEqual((line["contentType"], line["pixelFormat"], line["width"],
                              line["height"], line["stride"]),
                             ("image/x-raw", fmt, width, height, width * channels))
        # A view that is not contiguous goes out as its pixels, rows packed.
        rgba = numpy.frombuffer(data, numpy.uint8).reshape(height, width, 4)
        flipped = rgba[::-1, :, :]
        path = self.file("flipped", flipped.tobytes())
        self.compare(viewer,
                     lambda: probe(self.key, "image", "f", "rgba8888", width, height, width * 4,
                                   path),
                     lambda: shmloader.publish_image(flipped, name="f", key=self.key))

    def test_pil_frames(self):
        from PIL import Image

        viewer = self.start_viewer()
        for fmt, width, height, channels, data in self.frames():
            mode = {1: "L", 3: "RGB", 4: "RGBA"}[channels]
            image = Image.frombytes(mode, (width, height), data)
            path = self.file("frame", data)
            self.compare(viewer,
                         lambda: probe(self.key, "image", "pil", fmt, width, height,
                                       width * channels, path),
                         lambda: shmloader.publish_image(image, name="pil", key=self.key))

    def test_frame_too_large(self):
        import numpy

        self.start_viewer()
        frame = numpy.zeros((100, 200, 4), numpy.uint8)
        path = self.file("frame", frame.tobytes())
        code, cpp_error = probe(self.key, "image", "big", "rgba8888", 200, 100, 800, path)
        self.assertEqual(code, 3)
        with self.assertRaises(shmloader.PublishError) as raised:
            shmloader.publish_image(frame, name="big", key=self.key)
        self.assertEqual(raised.exception.status, "too large")
        self.assertEqual(str(raised.exception), cpp_error)
        self.assertIn("--size 80257", cpp_error)
        self.assertEqual(segment_bytes(self.key, 4), bytes(4))  # nothing written

    def test_wrong_arrays_are_refused(self):
        import numpy

        self.start_viewer()
        for bad in (numpy.zeros((4, 4), numpy.float32), numpy.zeros((4, 4, 2), numpy.uint8),
                    numpy.zeros((0, 4, 3), numpy.uint8), "not an image"):
            with self.assertRaises(shmloader.PublishError):
                shmloader.publish_image(bad, key=self.key)
        self.assertEqual(segment_bytes(self.key, 4), bytes(4))


class Example(ShmTestCase):
    def test_readme_example(self):
        """examples/publish-python/publish.py, whose blocks README.md shows, does what it says."""
        import hashlib

        example = os.path.join(os.environ["SHM_PYTHON_DIR"], "..", "examples", "publish-python",
                               "publish.py")
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"])
        run = subprocess.run([sys.executable, example, self.key], capture_output=True, env=env,
                             text=True, timeout=60)
        self.assertEqual(run.returncode, 2, run.stderr)  # no viewer yet
        self.assertEqual(run.stderr.strip(), "The viewer is not running — start shm-viewer first")
        viewer = self.start_viewer()
        run = subprocess.run([sys.executable, example, self.key], capture_output=True, env=env,
                             text=True, timeout=60)
        self.assertEqual(run.returncode, 0, run.stderr)
        # The viewer shows the newest write: one that came while it printed may be skipped.
        last = viewer.wait_for_seq(3)
        self.assertEqual((last["source"], last["contentType"]),
                         ("report.html", "text/html; charset=utf-8"))
        pixels = bytes(v for y in range(48) for x in range(64) for v in (x * 4, 0, 0, 255))
        expected = {1: ("greeting", "hello"),
                    2: ("frame", "rgba8888", 64, 48, hashlib.sha256(pixels).hexdigest()),
                    3: ("report.html", "<h1>Report</h1><p>All green.</p>\n")}
        for line in viewer.lines:
            fields = (("source", "text") if line["seq"] != 2
                      else ("source", "pixelFormat", "width", "height", "sha256"))
            self.assertEqual(tuple(line[f] for f in fields), expected[line["seq"]])


class Cli(ShmTestCase):
    """python3 -m shmloader says and exits what shm-loader --load says and exits."""

    def run_both(self, target, options=(), stdin=None):
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"])
        python = subprocess.run([sys.executable, "-m", "shmloader", "--key", self.key]
                                + list(options) + [target],
                                input=stdin, capture_output=True, env=env, timeout=60)
        loader = subprocess.run([program("shm-loader"), "--key", self.key] + list(options)
                                + ["--load", target], input=stdin, capture_output=True, timeout=60)
        return python, loader

    def check_same(self, target, code, options=(), stdin=None):
        python, loader = self.run_both(target, options, stdin)
        self.assertEqual(loader.returncode, code, loader.stderr)
        self.assertEqual(python.returncode, code, python.stderr)
        self.assertEqual(python.stdout.decode(), loader.stdout.decode())
        self.assertEqual(python.stderr.decode(), loader.stderr.decode())

    def test_exit_codes(self):
        with tempfile.TemporaryDirectory() as tmp:
            text = os.path.join(tmp, "notes.md")
            with open(text, "w") as out:
                out.write("# notes\n" * 100)
            binary = os.path.join(tmp, "data.bin")
            with open(binary, "wb") as out:
                out.write(b"\x01\x02\0\x03" * 10)
            self.check_same(text, 2)  # no viewer yet
            viewer = self.start_viewer(size=600)
            self.check_same(text, 0)
            self.check_same("-", 0, stdin="from stdin ✓".encode())
            self.check_same("-", 0, ["--name", "piped.md"], stdin=b"# x")
            self.check_same("-", 3, stdin=b"a\0b")
            # Standard input is taken as a file is: a text named as an image is refused.
            self.check_same("-", 3, ["--name", "text.png"], stdin=b"just text")
            self.check_same(os.path.join(tmp, "missing"), 3)
            self.check_same(tmp, 3)  # a directory
            fifo = os.path.join(tmp, "fifo")
            os.mkfifo(fifo)
            self.check_same(fifo, 3)
            python, _ = self.run_both(binary)
            self.assertEqual(python.returncode, 3)
            # Three contents loaded twice each, the refusals never (a skipped line still counts).
            self.assertEqual(viewer.wait_for_seq(6)["seq"], 6)
            time.sleep(0.3)
            self.assertEqual(viewer.lines[-1]["seq"], 6)
            env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"])
            usage = subprocess.run([sys.executable, "-m", "shmloader"], capture_output=True,
                                   env=env)
            self.assertEqual(usage.returncode, 1)

    def test_lock_timeout(self):
        """--timeout while another process holds the lock: both give up with the same words."""
        from shmloader import _ipc

        self.start_viewer()
        with tempfile.TemporaryDirectory() as tmp:
            text = os.path.join(tmp, "t.txt")
            with open(text, "w") as out:
                out.write("waits")
            semaphore = _ipc.lock_of(self.key)
            self.assertTrue(_ipc.take_lock(semaphore, 5000))
            try:
                python, loader = self.run_both(text, ["--timeout", "300"])
            finally:
                _ipc.give_lock(semaphore)
        self.assertEqual((python.returncode, loader.returncode), (1, 1))
        self.assertEqual(python.stderr.decode(), loader.stderr.decode())
        self.assertIn("Timed out after 300 ms", python.stderr.decode())
        self.assertEqual(segment_bytes(self.key, 4), bytes(4))  # the Python side wrote nothing

    def test_image_file_goes_through_shm_loader(self):
        self.start_viewer()
        png = os.path.join(os.environ["SHM_ASSETS_DIR"], "..", "assets")
        images = [os.path.join(dirpath, name) for dirpath, _, names in os.walk(png)
                  for name in names if name.endswith(".png")]
        self.assertTrue(images)
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"],
                   SHM_LOADER=program("shm-loader"))
        python = subprocess.run([sys.executable, "-m", "shmloader", "--key", self.key, images[0]],
                                capture_output=True, env=env, timeout=60)
        loader = subprocess.run([program("shm-loader"), "--key", self.key, "--load", images[0]],
                                capture_output=True, timeout=60)
        self.assertEqual((python.returncode, python.stdout), (loader.returncode, loader.stdout))
        # The same image on standard input: taken by its bytes, as shm-loader --load - takes it.
        with open(images[0], "rb") as image:
            piped = image.read()
        arguments = ["--key", self.key, "--name", "piped.png"]
        python = subprocess.run([sys.executable, "-m", "shmloader", *arguments, "-"], input=piped,
                                capture_output=True, env=env, timeout=60)
        loader = subprocess.run([program("shm-loader"), *arguments, "--load", "-"], input=piped,
                                capture_output=True, timeout=60)
        self.assertEqual(loader.returncode, 0, loader.stderr)
        self.assertEqual((python.returncode, python.stdout), (loader.returncode, loader.stdout))


class NoViewer(ShmTestCase):
    def test_viewer_not_running(self):
        with self.assertRaises(shmloader.ViewerNotRunning) as raised:
            shmloader.publish_text("hello", key=self.key)
        self.assertEqual(str(raised.exception),
                         "The viewer is not running — start shm-viewer first")
        self.assertEqual(raised.exception.exit_code, 2)
        with self.assertRaises(shmloader.ViewerNotRunning):
            import numpy

            shmloader.publish_image(numpy.zeros((2, 2), numpy.uint8), key=self.key)
        self.assertTrue(is_gone(self.key))  # nothing was created

    def orphan(self):
        """The segment of a viewer SIGKILLed as its only user: left behind, nobody attached."""
        viewer = self.start_viewer()
        viewer.process.kill()
        viewer.stop()
        self.assertEqual(shmloader._ipc.attachments(self.key), 0)

    def test_orphaned_segment(self):
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"])
        with tempfile.TemporaryDirectory() as tmp:
            text = os.path.join(tmp, "t.txt")
            with open(text, "w") as out:
                out.write("to nobody")
            self.orphan()
            loader = subprocess.run([program("shm-loader"), "--key", self.key, "--load", text],
                                    capture_output=True, text=True, timeout=60)
            self.assertTrue(is_gone(self.key))
            self.orphan()
            python = subprocess.run([sys.executable, "-m", "shmloader", "--key", self.key, text],
                                    capture_output=True, text=True, env=env, timeout=60)
        self.assertIn("did not quit cleanly", loader.stderr)
        self.assertEqual((python.returncode, python.stderr), (loader.returncode, loader.stderr))
        self.assertEqual(python.returncode, 2)
        self.assertTrue(is_gone(self.key))  # the orphan was removed
        # A publisher staying attached writes nothing into an orphan and removes it too.
        self.orphan()
        with self.assertRaises(shmloader.ViewerNotRunning):
            shmloader.publish_text("to nobody", key=self.key)
        self.assertTrue(is_gone(self.key))

    def test_viewer_gone_between_publishes(self):
        viewer = self.start_viewer()
        publisher = shmloader.Publisher(self.key)
        self.assertEqual(publisher.publish_text("one").generation, 1)
        viewer.stop()
        with self.assertRaises(shmloader.ViewerNotRunning):
            publisher.publish_text("two")
        publisher.close()
        again = self.start_viewer()
        self.assertEqual(publisher.publish_text("three").generation, 1)
        self.assertEqual(again.wait_for(1)["text"], "three")
        publisher.close()


class Trust(ShmTestCase):
    def test_foreign_segment_is_refused(self):
        if os.geteuid() != 0:
            self.skipTest("not root: cannot run as user nobody")
        import pwd
        import shutil

        nobody = pwd.getpwnam("nobody")
        setpriv = shutil.which("setpriv")
        if not setpriv:
            self.skipTest("setpriv is not installed")
        planter = subprocess.Popen(
                [setpriv, "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid,
                 "--clear-groups", "--", program("shm-fault"), "plant", "--key", self.key,
                 "--size", "65536"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            self.assertEqual(planter.stdout.readline().strip(), "planted", planter.stderr)
            before = segment_bytes(self.key)
            code, cpp_error = probe(self.key, "text", "x", "/dev/null")
            self.assertEqual(code, 1)
            self.assertIn("belongs to user nobody", cpp_error)
            with self.assertRaises(shmloader.PublishError) as raised:
                shmloader.publish_text("hello", key=self.key)
            self.assertEqual(str(raised.exception), cpp_error)
            # The key files are someone else's: the same message for the segment itself, once
            # they are ours (the planted segment and lock stay nobody's).
            for path in (shmloader._ipc.key_file_path(self.key),
                         shmloader._ipc.semaphore_key_file_path(self.key)):
                os.chown(path, os.geteuid(), os.getegid())
            code, cpp_error = probe(self.key, "text", "x", "/dev/null")
            self.assertIn("The shared memory segment belongs to user nobody (mode 0666)",
                          cpp_error)
            with self.assertRaises(shmloader.PublishError) as raised:
                shmloader.publish_text("hello", key=self.key)
            self.assertEqual(str(raised.exception), cpp_error)
            self.assertEqual(segment_bytes(self.key), before)  # untouched
        finally:
            # Back to nobody, who removes them (/tmp is sticky: only a file's owner may).
            for path in (shmloader._ipc.key_file_path(self.key),
                         shmloader._ipc.semaphore_key_file_path(self.key)):
                if os.path.exists(path):
                    os.chown(path, nobody.pw_uid, nobody.pw_gid)
            planter.terminate()
            planter.wait(timeout=20)
            planter.stdout.close()
            planter.stderr.close()


class Spawn(ShmTestCase):
    """spawn=True (Python) and Publisher::setSpawnViewer(true) (C++) start a viewer on the key
    when none runs, wait for it and publish; SHM_SPAWN_ARGUMENTS=--print makes it headless."""

    def setUp(self):
        super().setUp()
        self.tmp = tempfile.TemporaryDirectory()
        self.spawned = None

    def tearDown(self):
        if self.spawned:
            try:
                os.kill(self.spawned, 15)
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + 20
            while os.path.exists("/proc/%d" % self.spawned) and time.monotonic() < deadline:
                time.sleep(0.05)
        self.tmp.cleanup()
        super().tearDown()

    def run_spawning(self, command, env):
        """Runs command with the spawned viewer's --print output going to a file; returns the
        exit code, stderr and the viewer's pid (the segment's creator)."""
        # Files, not pipes: the viewer inherits both and outlives the command.
        output = os.path.join(self.tmp.name, "out")
        errors = os.path.join(self.tmp.name, "err")
        with open(output, "wb") as out, open(errors, "wb") as err:
            run = subprocess.run(command, stdout=out, stderr=err, env=env, timeout=60)
        segment = shmloader._ipc.segment_of(self.key)
        if segment != -1:
            self.spawned = shmloader._ipc.segment_stat(segment).cpid
        with open(errors) as err:
            return run.returncode, err.read(), output

    def lines(self, output, count):
        import json

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with open(output) as printed:
                lines = [json.loads(l) for l in printed if l.startswith("{")]
            if len(lines) >= count:
                return lines
            time.sleep(0.05)
        self.fail("the spawned viewer printed %d lines, not %d" % (len(lines), count))

    def test_spawned_window_leaves_the_callers_pipes(self):
        # A window viewer (offscreen here) outlives the publish; a caller whose output is piped
        # or captured must not wait for it to quit.
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"],
                   SHM_VIEWER=program("shm-viewer"), QT_QPA_PLATFORM="offscreen")
        env.pop("SHM_SPAWN_ARGUMENTS", None)
        for command in ([sys.executable, "-c", SPAWNING_PUBLISH, self.key],
                        [program("shm-publish-probe"), self.key, "--spawn", "text", "c",
                         "/dev/null"]):
            try:
                run = subprocess.run(command, capture_output=True, env=env, timeout=20)
            finally:
                segment = shmloader._ipc.segment_of(self.key)
                if segment != -1:
                    self.spawned = shmloader._ipc.segment_stat(segment).cpid
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertTrue(self.spawned)
            os.kill(self.spawned, 15)
            deadline = time.monotonic() + 10
            while shmloader._ipc.segment_of(self.key) != -1 and time.monotonic() < deadline:
                time.sleep(0.05)
            self.spawned = None

    def test_python_spawns_a_viewer(self):
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"],
                   PATH=os.environ["SHM_BIN_DIR"] + ":/usr/bin:/bin", SHM_SPAWN_ARGUMENTS="--print")
        code, error, output = self.run_spawning([sys.executable, "-c", """
import numpy, shmloader, sys
shmloader.publish_text("spawned", name="s", key=sys.argv[1], spawn=True)
""", self.key], env)
        self.assertEqual(code, 0, error)
        self.assertEqual(os.path.realpath("/proc/%d/exe" % self.spawned),
                         os.path.realpath(program("shm-viewer")))
        self.assertEqual(self.lines(output, 1)[0]["text"], "spawned")

    def test_python_spawns_a_viewer_large_enough_for_the_frame(self):
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"], PATH="/usr/bin:/bin",
                   SHM_VIEWER=program("shm-viewer"), SHM_SPAWN_ARGUMENTS="--print")
        code, error, output = self.run_spawning([sys.executable, "-c", """
import numpy, shmloader, sys
shmloader.publish_image(numpy.full((100, 200, 4), 7, numpy.uint8), name="big", key=sys.argv[1],
                        spawn=True)
""", self.key], env)
        self.assertEqual(code, 0, error)
        line = self.lines(output, 1)[0]
        self.assertEqual((line["source"], line["width"], line["segmentSize"]), ("big", 200, 80257))

    def test_python_without_a_viewer_to_start(self):
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"], PATH="/nonexistent")
        env.pop("SHM_VIEWER", None)
        code, error, _ = self.run_spawning([sys.executable, "-c", SPAWNING_PUBLISH, self.key], env)
        self.assertEqual(code, 1)
        self.assertIn("none could be started", error)
        self.assertIsNone(self.spawned)

    def test_cpp_spawns_the_viewer_next_to_the_library(self):
        # Not on PATH: the probe's library (build/lib) finds build/bin/shm-viewer beside it.
        env = dict(os.environ, PATH="/usr/bin:/bin", SHM_SPAWN_ARGUMENTS="--print")
        path = os.path.join(self.tmp.name, "text")
        with open(path, "w") as out:
            out.write("from C++")
        code, error, output = self.run_spawning(
                [program("shm-publish-probe"), self.key, "--spawn", "text", "c", path], env)
        self.assertEqual(code, 0, error)
        self.assertEqual(os.path.realpath("/proc/%d/exe" % self.spawned),
                         os.path.realpath(program("shm-viewer")))
        self.assertEqual(self.lines(output, 1)[0]["text"], "from C++")

    def test_a_viewer_that_ends_at_once_fails_the_publish(self):
        # An argument the viewer refuses: it ends before making a segment, and both say so.
        env = dict(os.environ, PYTHONPATH=os.environ["SHM_PYTHON_DIR"],
                   SHM_VIEWER=program("shm-viewer"), SHM_SPAWN_ARGUMENTS="--no-such-option")
        code, error, _ = self.run_spawning(
                [program("shm-publish-probe"), self.key, "--spawn", "text", "c", "/dev/null"], env)
        self.assertEqual(code, 1)
        self.assertIn("but it ended before making its segment", error)
        code, error, _ = self.run_spawning([sys.executable, "-c", SPAWNING_PUBLISH, self.key], env)
        self.assertEqual(code, 1)
        self.assertIn("but it ended before making its segment", error)
        self.assertIsNone(self.spawned)

    def test_cpp_without_spawn_says_not_running(self):
        code, error = probe(self.key, "text", "c", "/dev/null")
        self.assertEqual(code, 2, error)
        self.assertTrue(is_gone(self.key))


class Race(ShmTestCase):
    def test_python_and_cpp_writers_never_tear(self):
        seconds = int(os.environ.get("SHM_RACE_SECONDS", "3"))
        # Texts of a megabyte: each copy takes long enough for the writers to meet in it.
        viewer = self.start_viewer(size=2 << 20)
        cpp_bytes, python_bytes = 1 << 20, 3 << 18
        cpp = subprocess.Popen([program("shm-publish-probe"), self.key, "race", "B",
                                str(cpp_bytes), str(seconds)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        publisher = shmloader.Publisher(self.key)
        written = 0
        deadline = time.monotonic() + seconds
        text = "A" * python_bytes
        while time.monotonic() < deadline:
            publisher.publish_text(text, name="A")
            written += 1
        publisher.close()
        out, err = cpp.communicate(timeout=60)
        self.assertEqual(cpp.returncode, 0, err)
        self.assertGreater(int(out), 10)
        self.assertGreater(written, 10)
        time.sleep(0.5)  # the last write's line
        seen = {"A": 0, "B": 0}
        for line in list(viewer.lines):
            self.assertEqual(line["state"], "valid", line)
            letter = line["source"]
            self.assertIn(letter, seen)
            expected = python_bytes if letter == "A" else cpp_bytes
            self.assertEqual(line["text"], letter * expected,
                             "a torn read: %s" % {k: v for k, v in line.items() if k != "text"})
            seen[letter] += 1
        self.assertGreater(seen["A"], 0)
        self.assertGreater(seen["B"], 0)


if __name__ == "__main__":
    unittest.main()
