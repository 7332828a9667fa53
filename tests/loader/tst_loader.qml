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
        TestSegmentReader {}
    }

    function openWindow(key) {
        const window = createTemporaryObject(windowComponent, testCase, { key: key, assetsDir: "" });
        verify(window, "Main.qml did not load");
        window.requestActivate();
        tryVerify(() => window.active, 5000, "the window did not become active");
        const box = findChild(window.contentItem, "assetBox");
        verify(box);
        findChild(window, "recentFiles").clear();
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

        // Tab reaches Open…, then Load again; Space on it loads the same entry again.
        keyClick(Qt.Key_Tab);
        verify(findChild(window.contentItem, "openButton").activeFocus);
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

    function test_openAddsRecentFilesSection() {
        const segment = createTemporaryObject(segmentComponent, testCase);
        verify(segment.create(65536), segment.errorString);
        const window = openWindow(segment.key);
        const box = findChild(window.contentItem, "assetBox");
        const recent = findChild(window, "recentFiles");
        compare(recent.paths.length, 0);
        const path = segment.writeFile("opened.md", "# Opened through the dialog\n");
        verify(path !== "");

        // Ctrl+O opens the dialog; what it accepts is loaded and joins the recent files.
        keyClick(Qt.Key_O, Qt.ControlModifier);
        const dialog = findChild(window, "fileDialog");
        tryVerify(() => dialog.visible, 5000, "Ctrl+O did not open the dialog");
        // Qt's own (non-native) dialog: Ctrl+L opens its path field; typing a file's path and
        // Enter chooses that file.
        keyClick(Qt.Key_L, Qt.ControlModifier);
        for (const character of path)
            keyClick(character);
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible, 5000, "the dialog did not take the typed path");
        tryVerify(() => statusOf(window).startsWith("Loaded opened.md ("), 10000, statusOf(window));
        compare(segment.text(), "# Opened through the dialog\n");
        compare(segment.sourceName(), "opened.md");
        compare(recent.paths, [path]);
        compare(box.count, 11);
        compare(box.currentText, "opened.md");

        // Its own section in the dropdown, under a header, after the bundled files.
        // (Opened directly: which item has the keyboard once Qt's dialog closes differs between
        // Qt versions; choosing from the dropdown by keyboard is test_keyboardChoiceLoadsAtOnce.)
        box.popup.open();
        tryVerify(() => box.popup.opened, 5000);
        const list = findChild(box.popup.contentItem, "sourceList") || box.popup.contentItem;
        // The recent section comes last: shown, and so made, once the list is scrolled there.
        if (list.positionViewAtEnd)
            list.positionViewAtEnd();
        tryVerify(() => findHeader(list, "Recent files") !== null, 5000, "no Recent files header");
        if (list.positionViewAtBeginning)
            list.positionViewAtBeginning();
        tryVerify(() => findHeader(list, "Bundled files") !== null, 5000, "no Bundled files header");
        box.popup.close();
        tryVerify(() => !box.popup.visible, 5000);

        // Kept for the next start, newest first, at most ten.
        const again = createTemporaryObject(recentComponent, testCase);
        compare(again.paths, [path]);
        for (let i = 0; i < 12; ++i)
            recent.add("file:///tmp/recent-" + i + ".txt");
        compare(recent.paths.length, 10);
        compare(recent.paths[0], "/tmp/recent-11.txt");
        recent.clear();
        compare(box.count, 10);
        segment.close();
        verify(segment.isGone(), "the segment was left behind");
    }

    // A recent file's name and folder are shown as they are: "%1" in a name is not where the
    // folder goes.
    function test_namesShownLiterally() {
        const segment = createTemporaryObject(segmentComponent, testCase);
        verify(segment.create(65536), segment.errorString);
        const window = openWindow(segment.key);
        const box = findChild(window.contentItem, "assetBox");
        const recent = findChild(window, "recentFiles");
        recent.add("file:///tmp/100%1 %2.txt");
        box.popup.open();
        tryVerify(() => box.popup.opened, 5000);
        const list = findChild(box.popup.contentItem, "sourceList") || box.popup.contentItem;
        if (list.positionViewAtEnd)
            list.positionViewAtEnd();
        tryVerify(() => findText(list, "100%1 %2.txt — /tmp") !== null, 5000,
                  "the recent file is not shown as \"100%1 %2.txt — /tmp\"");
        box.popup.close();
        tryVerify(() => !box.popup.visible, 5000);
        recent.clear();
        segment.close();
        verify(segment.isGone(), "the segment was left behind");
    }

    function test_followToggleReloadsOnChange() {
        const segment = createTemporaryObject(segmentComponent, testCase);
        verify(segment.create(65536), segment.errorString);
        const window = openWindow(segment.key);
        const loader = findChild(window.contentItem, "fileLoader");
        const path = segment.writeFile("followed.txt", "first version\n");
        window.openFile("file://" + path);
        tryVerify(() => segment.text() === "first version\n", 10000, statusOf(window));

        // Off: a change is not loaded.
        const generation = segment.generation();
        segment.writeFile("followed.txt", "changed while not following\n");
        wait(400);
        compare(segment.generation(), generation);

        // Tab to the toggle and Space: on. An editor's save (rename over) is loaded again.
        const toggle = findChild(window.contentItem, "followSwitch");
        toggle.forceActiveFocus();
        keyClick(Qt.Key_Space);
        verify(toggle.checked);
        compare(loader.followedPath, path);
        segment.writeFile("followed.txt", "saved by an editor\n", true);
        tryVerify(() => segment.text() === "saved by an editor\n", 10000, segment.text());
        segment.writeFile("followed.txt", "written in place\n");
        tryVerify(() => segment.text() === "written in place\n", 10000, segment.text());

        // Off again: following stops.
        keyClick(Qt.Key_Space);
        verify(!toggle.checked);
        compare(loader.followedPath, "");
        findChild(window, "recentFiles").clear();
        segment.close();
        verify(segment.isGone(), "the segment was left behind");
    }

    Component {
        id: recentComponent
        RecentFiles {}
    }

    // A section header of the dropdown's list with this text, or null.
    function findText(item, text) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.text === text)
                return child;
            const found = findText(child, text);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item)
            return findText(item.contentItem, text);
        return null;
    }

    function findHeader(item, text) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.text === text && child.Accessible.role === Accessible.Heading)
                return child;
            const found = findHeader(child, text);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item) {
            return findHeader(item.contentItem, text);
        }
        return null;
    }
}
