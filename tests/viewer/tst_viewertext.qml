// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtTest
import ShmViewer
import ShmViewerTest

// The text view's features on the real window: render modes following the source and switched
// by hand, find with its count and navigation, zoom, word wrap, line numbers and go to line.
TestCase {
    id: testCase

    name: "ViewerText"
    when: windowShown

    TestSegmentWriter {
        id: segment
    }

    Component {
        id: mainComponent

        Main {}
    }

    property var mainWindow: null

    function openWindow() {
        mainWindow = mainComponent.createObject(null, { key: segment.key, segmentSize: 65536, pollInterval: 20 })
        verify(mainWindow, "Main.qml did not load")
        tryCompare(mainWindow.backend, "state", ViewerBackend.Empty, 10000)
        mainWindow.requestActivate()
        tryVerify(() => mainWindow.active)
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

    function load(text, name) {
        const generation = mainWindow.backend.generation
        verify(segment.write(text, name))
        tryVerify(() => mainWindow.backend.generation !== generation && mainWindow.backend.hasText, 10000)
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_renderModeFollowsSourceAndSwitches() {
        const window = testCase.openWindow()
        const textView = findChild(window.contentItem, "textView")
        const rows = findChild(window.contentItem, "textRows")
        const rich = findChild(window.contentItem, "richText")
        verify(textView && rows && rich)

        load("# Title\n\nSome *markdown* with [a link](https://example.org/).\n", "notes.md")
        compare(textView.renderMode, TextRenderMode.Markdown)
        tryVerify(() => textView.richShown, 10000)
        verify(rich.visible)
        verify(!rows.visible)
        const item = findChild(window.contentItem, "richTextItem")
        tryVerify(() => item.laidOut, 10000)
        compare(item.plainText, "Title\nSome markdown with a link.")

        load("<h1>Report</h1><p>An <b>HTML</b> page</p>", "report.html")
        compare(textView.renderMode, TextRenderMode.Html)
        tryVerify(() => item.laidOut && item.plainText === "Report\nAn HTML page", 10000)

        load("# not a heading here\n", "plain.txt")
        compare(textView.renderMode, TextRenderMode.Plain)
        verify(!textView.richShown)
        verify(rows.visible)

        // By hand: the mode box and the property.
        const box = findChild(window.contentItem, "renderModeBox")
        verify(box)
        textView.renderMode = TextRenderMode.Markdown
        tryVerify(() => textView.richShown, 10000)
        compare(box.currentIndex, TextRenderMode.Markdown)
        tryVerify(() => item.laidOut && item.plainText === "not a heading here", 10000)
        textView.renderMode = TextRenderMode.Plain
        verify(rows.visible)
        compare(findChild(window.contentItem, "renderNote").text, "")
        verify(textView.richAvailable)
    }

    // A rich-text bomb (issue 16: 852 bytes of 25 nested tables) stays in rows, and the bar says
    // why; the next page renders again.
    function test_richTextBombShowsPlainWithNote() {
        const window = testCase.openWindow()
        const textView = findChild(window.contentItem, "textView")
        const rows = findChild(window.contentItem, "textRows")
        const note = findChild(window.contentItem, "renderNote")
        verify(textView && rows && note)
        load("<html><body>" + "<table><tr><td>".repeat(25) + "x" + "</td></tr></table>".repeat(25)
             + "</body></html>", "bomb.html")
        compare(textView.renderMode, TextRenderMode.Html)
        tryCompare(note, "text", "Shown as plain text: tables nested more than 8 deep", 10000)
        verify(!textView.richShown)
        verify(rows.visible)
        // The rows are what shows: wrap and line numbers apply to them.
        const wrap = findChild(window.contentItem, "wrapBox")
        verify(wrap)
        tryVerify(() => wrap.enabled, 5000)
        // As a click does (Qt 6.4's AbstractButton has no click()): toggle, then toggled().
        wrap.toggle()
        wrap.toggled()
        tryVerify(() => textView.wordWrap, 5000)
        wrap.toggle()
        wrap.toggled()
        tryVerify(() => !textView.wordWrap, 5000)
        load("<p>an ordinary page</p>", "page.html")
        tryVerify(() => textView.richShown, 10000)
        compare(textView.plainNote, "")
        tryVerify(() => !wrap.enabled, 5000)
    }

    function test_findCountsAndNavigates() {
        const window = testCase.openWindow()
        const textView = findChild(window.contentItem, "textView")
        const rows = findChild(window.contentItem, "textRows")
        let text = ""
        for (let i = 1; i <= 400; ++i)
            text += (i % 10 === 0 || i === 1 ? "line " + i + " has a Needle\n" : "line " + i + "\n")
        load(text, "find.txt")
        tryCompare(rows, "count", 400, 10000)

        keyClick(Qt.Key_F, Qt.ControlModifier)
        const bar = findChild(window.contentItem, "findBar")
        const field = findChild(window.contentItem, "findField")
        const summary = findChild(window.contentItem, "findSummary")
        verify(bar.visible)
        tryVerify(() => field.activeFocus)
        typeText("needle")
        tryCompare(summary, "text", "1 of 41", 10000)
        // Highlighted: the first row shows its match as the current one.
        tryVerify(() => rows.itemAtIndex(0) && rows.itemAtIndex(0).matches.length === 1)
        verify(rows.itemAtIndex(0).matches[0].current)
        compare(rows.itemAtIndex(0).matches[0].column, 13)

        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        compare(summary.text, "3 of 41")
        keyClick(Qt.Key_Return, Qt.ShiftModifier)
        compare(summary.text, "2 of 41")
        keyClick(Qt.Key_F3)
        compare(summary.text, "3 of 41")
        keyClick(Qt.Key_F3, Qt.ShiftModifier)
        keyClick(Qt.Key_F3, Qt.ShiftModifier)
        keyClick(Qt.Key_F3, Qt.ShiftModifier)
        compare(summary.text, "41 of 41") // wrapped
        // The view went to the last match, line 400.
        tryVerify(() => rows.contentY > 5000)
        keyClick(Qt.Key_F3)
        compare(summary.text, "1 of 41")
        tryVerify(() => rows.contentY < 100)

        // Case: "Needle" only.
        const caseButton = findChild(window.contentItem, "findCaseSensitive")
        caseButton.toggle()
        caseButton.toggled()
        tryCompare(summary, "text", "No matches", 10000)
        caseButton.toggle()
        caseButton.toggled()
        tryCompare(summary, "text", "1 of 41", 10000)

        // In rich text too: the same text as Markdown.
        textView.renderMode = TextRenderMode.Markdown
        tryVerify(() => textView.finder.useRichText, 10000)
        tryCompare(summary, "text", "1 of 41", 10000)
        keyClick(Qt.Key_F3)
        compare(summary.text, "2 of 41")
        textView.renderMode = TextRenderMode.Plain

        keyClick(Qt.Key_Escape)
        verify(!bar.visible)
        compare(textView.finder.count, 0)
    }

    // A row is a plain Text; only rows that hold part of the selection, a find match or the
    // mouse's point have a TextEdit (issue 17), and they show the same text in the same place.
    function test_rowsHaveTextEditOnlyWhereNeeded() {
        const window = testCase.openWindow()
        const rows = findChild(window.contentItem, "textRows")
        const lines = window.backend.lines
        load("alpha\tbeta\ngamma\ndelta needle\nepsilon\n", "rows.txt")
        tryCompare(rows, "count", 4, 10000)
        tryVerify(() => rows.itemAtIndex(3) !== null)
        for (let i = 0; i < 4; ++i)
            compare(rows.itemAtIndex(i).editor, null, "row " + i + " has a TextEdit")

        // Selected rows get one, with the selection in it; the others stay plain.
        lines.select(1, 2, 2, 3)
        tryVerify(() => rows.itemAtIndex(1).editor !== null && rows.itemAtIndex(2).editor !== null)
        compare(rows.itemAtIndex(1).selectedText, "mma")
        compare(rows.itemAtIndex(2).selectedText, "del")
        compare(rows.itemAtIndex(0).editor, null)
        compare(rows.itemAtIndex(3).editor, null)
        lines.clearSelection()
        tryVerify(() => rows.itemAtIndex(1).editor === null && rows.itemAtIndex(2).editor === null)

        // The row the mouse maps a point on gets one; its tab stops where the Text's did.
        const first = rows.itemAtIndex(0)
        let label = null
        for (let i = 0; i < first.children.length; ++i) {
            if (first.children[i].text === "alpha   beta")
                label = first.children[i]
        }
        verify(label, "no Text with the tab as spaces")
        const plainWidth = label.contentWidth
        verify(first.positionToRectangle(6).x > first.positionToRectangle(5).x)
        verify(first.editor !== null)
        fuzzyCompare(first.editor.contentWidth, plainWidth, 1)
        verify(!label.visible)

        // A find match: its row gets one.
        keyClick(Qt.Key_F, Qt.ControlModifier)
        typeText("needle")
        tryVerify(() => rows.itemAtIndex(2).matches.length === 1 && rows.itemAtIndex(2).editor !== null,
                  10000)
        compare(rows.itemAtIndex(1).editor, null)
        compare(rows.itemAtIndex(3).editor, null)
        keyClick(Qt.Key_Escape)
        tryVerify(() => rows.itemAtIndex(2).editor === null, 10000)
    }

    function test_zoomWrapAndLineNumbers() {
        const window = testCase.openWindow()
        const textView = findChild(window.contentItem, "textView")
        const rows = findChild(window.contentItem, "textRows")
        let longLine = ""
        for (let i = 0; i < 150; ++i)
            longLine += "word" + i + " "
        load("short\n" + longLine + "\nlast\n", "wrap.txt")
        tryCompare(rows, "count", 4, 10000) // the long line is two rows of at most 1 KiB
        tryVerify(() => rows.itemAtIndex(3) !== null)
        compare(rows.itemAtIndex(0).lineNumber, 1)
        compare(rows.itemAtIndex(1).lineNumber, 2)
        compare(rows.itemAtIndex(2).lineNumber, 0) // continues line 2
        compare(rows.itemAtIndex(3).lineNumber, 3)
        verify(textView.gutterWidth > 0)
        textView.lineNumbers = false
        compare(textView.gutterWidth, 0)
        textView.lineNumbers = true

        const height = textView.lineHeight
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        fuzzyCompare(textView.zoom, 1.25, 0.001)
        verify(textView.lineHeight > height)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        fuzzyCompare(textView.zoom, 0.8, 0.001)
        verify(textView.lineHeight < height)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(textView.zoom, 1.0)
        compare(textView.lineHeight, height)

        verify(rows.contentWidth > rows.width)
        compare(rows.itemAtIndex(1).height, textView.lineHeight)
        textView.wordWrap = true
        tryVerify(() => rows.itemAtIndex(1) && rows.itemAtIndex(1).height > 2 * textView.lineHeight)
        verify(rows.contentWidth <= rows.width)
        textView.wordWrap = false
        tryCompare(rows.itemAtIndex(1), "height", textView.lineHeight)
    }

    // A source name from the segment that looks like HTML stays text: a rich status line would
    // load the image.
    function test_sourceNameIsNeverRichText() {
        const window = testCase.openWindow()
        load("text", "<img src=\"http://127.0.0.1:9/x.png\">.txt")
        const status = findChild(window.contentItem, "status")
        verify(status.text.startsWith("<img src="), status.text)
        compare(status.textFormat, Text.PlainText)
        compare(findChild(window.contentItem, "placeholder").textFormat, Text.PlainText)
        compare(findChild(window.contentItem, "notice").textFormat, Text.PlainText)
    }

    // A new text changes the rows the view keeps in place (TextLinesModel::setText), the rows
    // it had put aside for reuse (reuseItems) among them: every row shown afterwards holds the new
    // text. History's Back replaces the text at once, while the rows just scrolled out of view are
    // still in the view's pool.
    function test_replacedTextReachesEveryRow() {
        const window = testCase.openWindow()
        const rows = findChild(window.contentItem, "textRows")
        const text = (prefix) => Array.from({ length: 300 }, (_, i) => prefix + " " + i).join("\n")
        load(text("first"), "first.txt")
        load(text("second"), "second.txt")
        tryCompare(rows, "count", 300, 10000)
        tryVerify(() => rows.itemAtIndex(0) !== null && rows.itemAtIndex(0).text === "second 0")
        for (const target of [60, 61, 62]) {
            rows.positionViewAtIndex(target, ListView.Beginning)
            waitForRendering(rows)
        }
        compare(rows.itemAtIndex(0), null, "the first rows left the view")
        window.backend.goBack()
        compare(window.backend.sourceName, "first.txt")
        tryVerify(() => rows.itemAtIndex(0) !== null, 10000)
        waitForRendering(rows)
        for (let i = 0; i < 300; ++i) {
            const row = rows.itemAtIndex(i)
            if (row)
                compare(row.text, "first " + i, "row " + i)
        }
    }

    // Wrapped rows of different heights replaced in place: the new text starts at the top, with
    // nothing above its first row to scroll to, and its rows follow each other.
    function test_replacedWrappedTextStartsAtTheTop() {
        const window = testCase.openWindow()
        const textView = findChild(window.contentItem, "textView")
        const rows = findChild(window.contentItem, "textRows")
        textView.wordWrap = true
        const longText = Array.from({ length: 120 }, (_, i) => ("long " + i + " ").repeat(25)).join("\n")
        const shortText = Array.from({ length: 200 }, (_, i) => "short " + i).join("\n")
        load(longText, "long.txt")
        tryCompare(rows, "count", 120, 10000)
        rows.positionViewAtIndex(90, ListView.Beginning)
        waitForRendering(rows)
        load(shortText, "short.txt")
        tryVerify(() => rows.itemAtIndex(0) !== null && rows.itemAtIndex(0).text === "short 0", 10000)
        waitForRendering(rows)
        const first = rows.itemAtIndex(0)
        compare(first.height, textView.lineHeight)
        compare(first.y, rows.contentY, "the first row is at the top")
        compare(rows.originY, first.y, "nothing above the first row")
        for (let i = 1; i < 10; ++i)
            compare(rows.itemAtIndex(i).y, rows.itemAtIndex(i - 1).y + rows.itemAtIndex(i - 1).height)
        // Up from the top: nowhere further.
        rows.contentY -= 100
        waitForRendering(rows)
        rows.returnToBounds()
        tryCompare(rows, "contentY", first.y)
        textView.wordWrap = false
    }

    function test_goToLine() {
        const window = testCase.openWindow()
        const rows = findChild(window.contentItem, "textRows")
        verify(segment.writeLines(500, "lines.txt"))
        tryCompare(rows, "count", 500, 10000)
        keyClick(Qt.Key_G, Qt.ControlModifier)
        const bar = findChild(window.contentItem, "goToLineBar")
        const field = findChild(window.contentItem, "goToLineField")
        verify(bar.visible)
        tryVerify(() => field.activeFocus)
        typeText("250")
        keyClick(Qt.Key_Return)
        verify(!bar.visible)
        const top = rows.indexAt(10, rows.contentY + 1)
        compare(top, 249)
        compare(rows.itemAtIndex(249).text, "line 250")
        tryVerify(() => rows.activeFocus)

        // Past the end: the last line.
        keyClick(Qt.Key_G, Qt.ControlModifier)
        typeText("9999")
        keyClick(Qt.Key_Return)
        tryVerify(() => rows.itemAtIndex(499) !== null)
    }
}
