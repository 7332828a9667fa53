// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtTest
import ShmLoader
import ShmLoaderTest

// The loader's real window, driven from the keyboard as a user would.
TestCase {
    id: testCase

    name: "LoaderWindow"
    when: windowShown

    Component {
        id: windowComponent
        Main {}
    }
    Component {
        id: segmentComponent
        TestSegment {}
    }

    function openWindow(key) {
        const window = createTemporaryObject(windowComponent, testCase, { key: key, assetsDir: "" });
        verify(window, "Main.qml did not load");
        window.requestActivate();
        tryVerify(() => window.active, 5000, "the window did not become active");
        const box = findChild(window.contentItem, "assetBox");
        verify(box);
        box.forceActiveFocus();
        tryVerify(() => box.activeFocus, 5000, "focus: " + window.activeFocusItem + " active " + window.active + " enabled " + box.enabled);
        return window;
    }

    function statusOf(window) {
        return findChild(window.contentItem, "statusText").text;
    }

    function test_keyboardChoiceLoadsAtOnce() {
        const segment = createTemporaryObject(segmentComponent, testCase);
        verify(segment.create(65536), segment.errorString);
        const window = openWindow(segment.key);
        const box = findChild(window.contentItem, "assetBox");
        compare(box.currentIndex, -1);
        compare(box.displayText, "Choose a text or an image…");
        compare(box.count, 10);

        keyClick(Qt.Key_Down);
        compare(box.currentIndex, 0);
        compare(box.currentText, "big-changelog.txt");
        tryVerify(() => statusOf(window).startsWith("Loaded big-changelog.txt into shared memory, truncated to "), 10000, statusOf(window));
        verify(segment.holdsAsset("big-changelog.txt"));

        keyClick(Qt.Key_Down);
        compare(box.currentText, "inventory.csv");
        tryVerify(() => statusOf(window).startsWith("Loaded inventory.csv ("), 10000, statusOf(window));
        verify(segment.holdsAsset("inventory.csv"));

        // Tab reaches the button; Space on it loads the same entry again.
        keyClick(Qt.Key_Tab);
        const button = findChild(window.contentItem, "loadAgainButton");
        verify(button.activeFocus);
        const generation = segment.generation();
        keyClick(Qt.Key_Space);
        tryVerify(() => segment.generation() > generation, 10000, "Load again wrote nothing");
        const loader = findChild(window.contentItem, "fileLoader");
        tryVerify(() => !loader.busy, 10000);
        verify(segment.holdsAsset("inventory.csv"));
        verify(statusOf(window).startsWith("Loaded inventory.csv ("), statusOf(window));

        segment.close();
        verify(segment.isGone(), "the segment was left behind");
    }

    function test_staysUsableWhileLockIsHeld() {
        const segment = createTemporaryObject(segmentComponent, testCase);
        verify(segment.create(65536), segment.errorString);
        const window = openWindow(segment.key);
        const box = findChild(window.contentItem, "assetBox");
        const loader = findChild(window.contentItem, "fileLoader");
        verify(segment.holdLock(), segment.errorString);

        keyClick(Qt.Key_Down);
        tryVerify(() => loader.waitingForLock, 10000);
        verify(statusOf(window).startsWith("Waiting for the segment lock — another process holds it"), statusOf(window));

        // The dropdown still works; only the latest choice is queued.
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(box.currentText, "multilingual.txt");
        compare(loader.queuedName, "multilingual.txt");

        segment.releaseLock();
        tryVerify(() => statusOf(window).startsWith("Loaded multilingual.txt ("), 10000, statusOf(window));
        tryVerify(() => !loader.busy, 10000);
        verify(segment.holdsAsset("multilingual.txt"));
        segment.close();
        verify(segment.isGone(), "the segment was left behind");
    }

    function test_noViewer() {
        const segment = createTemporaryObject(segmentComponent, testCase); // key only: no segment
        const window = openWindow(segment.key);
        keyClick(Qt.Key_Down);
        tryVerify(() => statusOf(window) === "The viewer is not running — start shm-viewer first", 10000, statusOf(window));
        verify(segment.isGone(), "something of the key was left behind");
    }
}
