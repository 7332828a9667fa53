// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtTest
import ShmViewer
import ShmViewerTest

// The real window on a key of its own: placeholder, a load, selection and copy, a second load,
// and nothing left behind once it closes.
TestCase {
    id: testCase

    name: "ViewerWindow"

    TestSegmentWriter {
        id: segment
    }

    Component {
        id: mainComponent

        Main {}
    }

    // The window under test; cleanup() closes it, even after a failure.
    property var mainWindow: null

    function openWindow() {
        mainWindow = mainComponent.createObject(null, { key: segment.key, segmentSize: 65536, pollInterval: 20 })
        verify(mainWindow, "Main.qml did not load")
        tryCompare(mainWindow.backend, "state", ViewerBackend.Empty, 10000)
        return mainWindow
    }

    function cleanup() {
        if (mainWindow) {
            mainWindow.close()
            mainWindow.destroy()
            mainWindow = null
        }
        tryVerify(() => segment.isGone(), 10000, "the viewer left its segment behind")
    }

    function test_placeholderThenText() {
        const window = testCase.openWindow()
        compare(window.title, "Shared Memory Viewer")
        const placeholder = findChild(window.contentItem, "placeholder")
        verify(placeholder)
        verify(placeholder.visible)
        compare(placeholder.text, "No file loaded yet — start shm-loader and pick a file")

        verify(segment.write("first line\nsecond line\nthird", "notes.txt"))
        tryCompare(window.backend, "state", ViewerBackend.Valid, 10000)
        verify(!placeholder.visible)
        const status = findChild(window.contentItem, "status")
        verify(status.text.startsWith("notes.txt — 28 bytes — loaded "), status.text)

        const rows = findChild(window.contentItem, "textRows")
        verify(rows.visible)
        tryCompare(rows, "count", 3)
        tryVerify(() => rows.itemAtIndex(0) !== null)
        compare(rows.itemAtIndex(0).text, "first line")
        compare(rows.itemAtIndex(2).text, "third")
    }

    function test_selectionAndCopy() {
        const window = testCase.openWindow()
        verify(segment.write("alpha beta\ngamma delta\n", "sel.txt"))
        const rows = findChild(window.contentItem, "textRows")
        tryCompare(rows, "count", 2, 10000)
        tryVerify(() => rows.itemAtIndex(1) !== null)
        waitForRendering(rows)

        // Drag from the start of "beta" on the first row to after "gamma" on the second.
        const first = rows.itemAtIndex(0)
        const second = rows.itemAtIndex(1)
        const from = first.positionToRectangle(6)
        const to = second.positionToRectangle(5)
        const start = first.mapToItem(rows, from.x + 1, from.y + from.height / 2)
        const end = second.mapToItem(rows, to.x + 1, to.y + to.height / 2)
        mousePress(rows, start.x, start.y)
        mouseMove(rows, end.x, end.y)
        mouseRelease(rows, end.x, end.y)
        const lines = window.backend.lines
        verify(lines.hasSelection)
        compare(lines.selectedText(), "beta\ngamma")
        // The rows show it.
        compare(first.selectedText, "beta")
        compare(second.selectedText, "gamma")

        verify(lines.copySelection())
        compare(segment.clipboardText(), "beta\ngamma")

        // The keyboard: Ctrl+A, Ctrl+C.
        mainWindow.requestActivate()
        tryVerify(() => mainWindow.active)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        compare(lines.selectedText(), "alpha beta\ngamma delta")
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(segment.clipboardText(), "alpha beta\ngamma delta")
    }

    function test_newLoadReplacesAndScrollsToTop() {
        const window = testCase.openWindow()
        verify(segment.writeLines(500, "long.txt"))
        const rows = findChild(window.contentItem, "textRows")
        tryCompare(rows, "count", 500, 10000)
        // The keyboard scrolls: the text view has the focus from the start.
        mainWindow.requestActivate()
        tryVerify(() => mainWindow.active)
        verify(rows.activeFocus)
        keyClick(Qt.Key_PageDown)
        verify(rows.contentY > rows.originY)
        keyClick(Qt.Key_End)
        tryVerify(() => rows.contentY > 3000)
        keyClick(Qt.Key_Home)
        tryCompare(rows, "contentY", rows.originY)
        keyClick(Qt.Key_Down)
        verify(rows.contentY > rows.originY)
        rows.contentY = 3000
        verify(segment.writeLines(300, "shorter.txt"))
        tryCompare(rows, "count", 300, 10000)
        tryCompare(rows, "contentY", rows.originY)
        const status = findChild(window.contentItem, "status")
        verify(status.text.startsWith("shorter.txt"), status.text)
    }

    // An image: fitted at first, zoom keys change the scale, and text and image take turns.
    function test_imageFitZoomAndSwitch() {
        const window = testCase.openWindow()
        verify(segment.writeAsset("pattern.gif"))
        tryVerify(() => window.backend.hasImage, 10000)
        const image = findChild(window.contentItem, "imageView")
        const placeholder = findChild(window.contentItem, "placeholder")
        const rows = findChild(window.contentItem, "textRows")
        verify(image.visible)
        verify(!placeholder.visible)
        verify(!rows.visible)
        verify(image.fitted)
        compare(image.scale, 1.0) // 256 × 256 fits: fitting never enlarges
        const status = findChild(window.contentItem, "status")
        verify(status.text.startsWith("pattern.gif — image/gif, 256 × 256, "), status.text)

        tryVerify(() => image.activeFocus, 5000)
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        verify(!image.fitted)
        fuzzyCompare(image.scale, 1.25, 0.001)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        fuzzyCompare(image.scale, 0.8, 0.001)
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(image.scale, 1.0)
        verify(!image.fitted)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        verify(image.fitted)

        // Text after an image, then an image after text.
        verify(segment.write("text after the image", "after.txt"))
        tryVerify(() => window.backend.hasText, 10000)
        verify(!image.visible)
        verify(rows.visible)
        verify(segment.writeAsset("shared-memory.png"))
        tryVerify(() => window.backend.hasImage, 10000)
        verify(image.visible)
        verify(!rows.visible)
        verify(image.fitted)
    }

    // History: Alt+Left/Right and the buttons go back and forward; with follow latest off a new
    // load waits behind a notice; the history keeps at most 20 loads.
    function test_historyBackForwardAndFollowLatest() {
        const window = testCase.openWindow()
        const history = window.backend.history
        for (const name of ["a.txt", "b.txt", "c.txt"]) {
            verify(segment.write("text of " + name, name))
            tryCompare(window.backend, "sourceName", name, 10000)
        }
        compare(history.count, 3)
        compare(history.current, 2)
        verify(!history.canGoForward)

        mainWindow.requestActivate()
        tryVerify(() => mainWindow.active)
        keyClick(Qt.Key_Left, Qt.AltModifier)
        compare(window.backend.sourceName, "b.txt")
        const rows = findChild(window.contentItem, "textRows")
        tryVerify(() => rows.itemAtIndex(0) !== null && rows.itemAtIndex(0).text === "text of b.txt")
        keyClick(Qt.Key_Left, Qt.AltModifier)
        compare(window.backend.sourceName, "a.txt")
        verify(!history.canGoBack)
        keyClick(Qt.Key_Left, Qt.AltModifier) // nothing older: stays
        compare(window.backend.sourceName, "a.txt")
        mouseClick(findChild(window.contentItem, "forwardButton"))
        compare(window.backend.sourceName, "b.txt")
        compare(findChild(window.contentItem, "historyPosition").text, "2 of 3")

        // Follow latest off: what is read stays, a notice counts the new loads.
        const notice = findChild(window.contentItem, "unseenNotice")
        verify(!notice.visible)
        mouseClick(findChild(window.contentItem, "followButton"))
        verify(!window.backend.followLatest)
        verify(segment.write("four", "d.txt"))
        tryCompare(history, "count", 4, 10000)
        compare(window.backend.sourceName, "b.txt")
        compare(history.unseen, 1)
        verify(notice.visible)
        verify(segment.write("five", "e.txt"))
        tryCompare(history, "unseen", 2, 10000)
        compare(window.backend.sourceName, "b.txt")
        mouseClick(findChild(window.contentItem, "showNewestButton"))
        compare(window.backend.sourceName, "e.txt")
        compare(history.unseen, 0)
        verify(!notice.visible)
        compare(window.backend.followLatest, false)

        // Turning it on again shows the newest at once.
        verify(segment.write("six", "f.txt"))
        tryCompare(history, "unseen", 1, 10000)
        mouseClick(findChild(window.contentItem, "followButton"))
        compare(window.backend.sourceName, "f.txt")

        // Bounded: 25 more loads keep the newest 20.
        for (let i = 0; i < 25; ++i) {
            verify(segment.write("load " + i, "n" + i + ".txt"))
            tryCompare(window.backend, "sourceName", "n" + i + ".txt", 10000)
        }
        compare(history.count, 20)
        compare(history.current, 19)
        keyClick(Qt.Key_Left, Qt.AltModifier)
        compare(window.backend.sourceName, "n23.txt")
    }

    // The History menu shows a name as it is: "%1" in a name is not where the time goes.
    function test_historyShowsNamesLiterally() {
        const window = testCase.openWindow()
        let historyMenu = null
        for (let i = 0; i < window.menuBar.count; ++i) {
            if (window.menuBar.menuAt(i).title === "&History")
                historyMenu = window.menuBar.menuAt(i)
        }
        verify(historyMenu, "no History menu")
        const names = ["100%1 %2.txt", "%2%1", "plain.txt"]
        for (const name of names) {
            verify(segment.write("text of " + name, name))
            tryCompare(window.backend, "sourceName", name, 10000)
        }
        // The entries are made while the menu is open only: a load costs a closed menu nothing.
        compare(historyMenu.count, historyMenu.fixedItems)
        historyMenu.open()
        tryCompare(historyMenu, "count", historyMenu.fixedItems + names.length, 10000)
        for (let i = 0; i < names.length; ++i) {
            const text = historyMenu.itemAt(historyMenu.fixedItems + i).text
            const time = text.substring(names[i].length)
            verify(text.startsWith(names[i]) && /^ \(\d\d:\d\d:\d\d\)$/.test(time),
                   "shown as \"" + text + "\" for \"" + names[i] + "\"")
        }
        // A load while it is open joins it at once.
        verify(segment.write("text of late.txt", "late.txt"))
        tryCompare(historyMenu, "count", historyMenu.fixedItems + names.length + 1, 10000)
        historyMenu.close()
        tryCompare(historyMenu, "count", historyMenu.fixedItems, 10000)
    }

    // From the keyboard: Alt+H opens the History menu with its entries (made as it opens), the
    // arrows reach them past the fixed items, Return shows one and the closed menu drops them.
    function test_historyMenuByKeyboard() {
        const window = testCase.openWindow()
        window.requestActivate()
        tryVerify(() => window.active)
        let historyMenu = null
        for (let i = 0; i < window.menuBar.count; ++i) {
            if (window.menuBar.menuAt(i).title === "&History")
                historyMenu = window.menuBar.menuAt(i)
        }
        verify(historyMenu, "no History menu")
        // Longer than a menu's usual width.
        const longName = "one of the loads with a name far longer than any fixed item.txt"
        for (const name of [longName, "two.txt"]) {
            verify(segment.write("text of " + name, name))
            tryCompare(window.backend, "sourceName", name, 10000)
        }
        keyClick(Qt.Key_H, Qt.AltModifier)
        tryVerify(() => historyMenu.opened, 5000)
        compare(historyMenu.count, historyMenu.fixedItems + 2)
        // Made as it opened, the entries still widen it (FittedMenu): none is cut short.
        for (let i = historyMenu.fixedItems; i < historyMenu.count; ++i) {
            const entry = historyMenu.itemAt(i)
            tryVerify(() => historyMenu.width >= entry.implicitWidth + historyMenu.leftPadding
                            + historyMenu.rightPadding, 5000, "entry " + i + " cut short")
        }
        for (let i = 0; i < historyMenu.count && historyMenu.currentIndex < historyMenu.fixedItems; ++i)
            keyClick(Qt.Key_Down)
        compare(historyMenu.currentIndex, historyMenu.fixedItems)
        verify(historyMenu.itemAt(historyMenu.currentIndex).text.startsWith(longName))
        keyClick(Qt.Key_Return)
        tryCompare(window.backend, "sourceName", longName, 5000)
        tryVerify(() => !historyMenu.visible, 5000)
        tryCompare(historyMenu, "count", historyMenu.fixedItems, 5000)
    }

    function utf8Hex(text) {
        const bytes = unescape(encodeURIComponent(text))
        let hex = ""
        for (let i = 0; i < bytes.length; ++i)
            hex += bytes.charCodeAt(i).toString(16).padStart(2, "0")
        return hex
    }

    SignalSpy {
        id: saveSpy
        signalName: "saveFinished"
    }

    // Save as writes exactly the payload's bytes: a text as stored, an image file as loaded.
    function test_saveAs() {
        const window = testCase.openWindow()
        saveSpy.target = window.backend
        saveSpy.clear()
        verify(!window.backend.canSave)
        const text = "Grüße aus Köln\nsecond line, no newline at the end"
        verify(segment.write(text, "notes.txt"))
        tryVerify(() => window.backend.canSave, 10000)
        verify(window.backend.suggestedFileUrl.toString().endsWith("/notes.txt"))
        // A name that hides its real extension behind a right-to-left override ("ahs.txt" on
        // screen): the override goes, and the extension is the content type's.
        verify(segment.write("echo hi", "a\u202Etxt.sh"))
        tryCompare(window.backend, "sourceName", "a\u202Etxt.sh", 10000)
        const suggested = window.backend.suggestedFileUrl.toString()
        verify(suggested.endsWith("/atxt.txt"), suggested)
        verify(segment.write(text, "notes.txt"))
        tryCompare(window.backend, "sourceName", "notes.txt", 10000)
        const textPath = segment.tempPath("saved.txt")
        window.backend.saveAs("file://" + textPath)
        saveSpy.wait(10000)
        compare(saveSpy.signalArguments[0][0], true, saveSpy.signalArguments[0][1])
        verify(saveSpy.signalArguments[0][1].startsWith("Saved "), saveSpy.signalArguments[0][1])
        compare(segment.fileHex(textPath), testCase.utf8Hex(text))
        tryCompare(findChild(window.contentItem, "transientMessage"), "visible", true)

        verify(segment.writeAsset("shared-memory.png"))
        tryVerify(() => window.backend.hasImage, 10000)
        // Qt 6.4's file dialog hands back "/folder//typed/absolute/path" for a typed path.
        const imagePath = segment.tempPath("saved.png")
        saveSpy.clear()
        window.backend.saveAs("/somewhere/else/" + "/" + imagePath.substring(1))
        saveSpy.wait(10000)
        compare(saveSpy.signalArguments[0][0], true, saveSpy.signalArguments[0][1])
        compare(segment.fileHex(imagePath), segment.fileHex("shared-memory.png"))

        // A folder that does not exist: a clear message, nothing written.
        saveSpy.clear()
        window.backend.saveAs("file://" + segment.tempPath("missing/folder/x.png"))
        saveSpy.wait(10000)
        compare(saveSpy.signalArguments[0][0], false)
        verify(saveSpy.signalArguments[0][1].startsWith("Cannot save to "), saveSpy.signalArguments[0][1])
    }
}
