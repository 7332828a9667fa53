// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import ShmTheme
import ShmViewer
import "Scrolling.js" as Scrolling

// The text, read-only, in one of three render modes. Plain: a ListView of rows (TextLinesModel),
// so only what is on screen is laid out even for a 16 MiB text; each row a TextRow, a plain Text
// that loads a TextEdit only where one is needed; selection lives in the model and spans rows;
// mouse positions are mapped to (row, column) with the row's positionAt().
// Markdown and HTML: a RichTextPane, built off the GUI thread; the rows stay on screen until it
// is ready. Find (a TextFinder), zoom, word wrap, line numbers and go to line work from here.
FocusScope {
    id: root

    property TextLinesModel lines
    property font textFont
    // Where the text came from: the render mode follows these whenever the text is replaced.
    property string sourceName
    property string contentType

    // The mode chosen (follows the source, and may be set). What shows is shownMode: a text over
    // TextRenderMode.richLimitBytes stays plain, and plainNote says why; so does one the rich
    // item refuses (past a bound of RichTextBudget: its rows stay on screen).
    property int renderMode: TextRenderMode.Plain
    readonly property int sourceMode: TextRenderMode.forSource(root.sourceName, root.contentType)
    readonly property bool richAvailable: root.lines !== null
                                          && root.lines.byteCount <= TextRenderMode.richLimitBytes
    readonly property int shownMode: root.richAvailable ? root.renderMode : TextRenderMode.Plain
    readonly property string plainNote: root.renderMode === TextRenderMode.Plain || !root.lines
                                        ? "" : root.richAvailable ? rich.item.plainNote
                                                                  : TextRenderMode.plainNote(root.lines.byteCount)
    // The rows are what shows for good: plain mode, or a text kept plain (plainNote says why).
    // Wrap, line numbers and go to line apply to them.
    readonly property bool rowsShown: root.shownMode === TextRenderMode.Plain || root.plainNote !== ""
    // Rich text is on screen (false while it is still being built: the rows show meanwhile).
    readonly property bool richShown: root.shownMode !== TextRenderMode.Plain && rich.ready
    // Plain mode: wrap long rows to the window (rows get their own heights); rich text always wraps.
    property bool wordWrap: false
    // Plain mode: a gutter of line numbers (lines, not rows: a long line's later rows have none).
    property bool lineNumbers: true
    // Text size factor, 0.5 to 4.
    property real zoom: 1.0
    readonly property real minimumZoom: 0.5
    readonly property real maximumZoom: 4.0
    readonly property alias finder: finder
    readonly property alias view: view
    readonly property alias rich: rich
    readonly property font zoomedFont: root.scaledFont(root.textFont)
    readonly property real lineHeight: Math.ceil(metrics.height)
    readonly property real charWidth: charMetrics.advanceWidth
    readonly property real textMargin: 6
    // The row the mouse last mapped a point to (positionAt()): it keeps its TextEdit, so that the
    // next points map without loading one again. -1: none.
    property int pointedRow: -1
    readonly property real gutterWidth: root.lineNumbers
                                        ? (String(root.lines ? root.lines.lineCount : 0).length + 1)
                                          * root.charWidth + root.textMargin
                                        : 0

    function zoomIn() {
        root.zoom = Math.min(root.maximumZoom, root.zoom * 1.25)
    }
    function zoomOut() {
        root.zoom = Math.max(root.minimumZoom, root.zoom / 1.25)
    }
    function resetZoom() {
        root.zoom = 1.0
    }

    function scaledFont(base: font): font {
        const f = Qt.font({ family: base.family, weight: base.weight, italic: base.italic })
        if (base.pointSize > 0)
            f.pointSize = base.pointSize * root.zoom
        else
            f.pixelSize = Math.max(1, Math.round(base.pixelSize * root.zoom))
        return f
    }

    // Plain mode: the first row of a 1-based line at the top; false when there is no such text.
    function goToLine(line: int): bool {
        if (!root.rowsShown || !root.lines || root.lines.lineCount === 0)
            return false
        const row = root.lines.rowOfLine(line)
        view.contentX = view.originX
        view.positionViewAtIndex(row, ListView.Beginning)
        return true
    }

    function selectAll() {
        if (root.richShown)
            rich.item.selectAll()
        else if (root.lines)
            root.lines.selectAll()
    }
    function copySelection(): bool {
        if (root.richShown)
            return rich.item.copySelection()
        return root.lines ? root.lines.copySelection() : false
    }

    function scrollToTop() {
        view.contentX = view.originX
        view.positionViewAtBeginning()
        rich.scrollToTop()
    }

    // The mode follows the source of each new text (a text may come before its name and type:
    // when they change too, the mode follows them again).
    onSourceModeChanged: root.renderMode = root.sourceMode
    Connections {
        target: root.lines
        function onTextReplaced() {
            root.renderMode = root.sourceMode
            root.pointedRow = -1
        }
    }

    // The view keeps the keyboard when it switches between rows and rich text.
    onRichShownChanged: {
        if (!root.activeFocus)
            return
        if (root.richShown)
            rich.forceActiveFocus()
        else
            view.forceActiveFocus()
    }

    TextFinder {
        id: finder

        lines: root.lines
        useRichText: root.richShown && rich.item.laidOut
        richText: rich.item.plainText
        onCurrentChanged: root.showCurrentMatch()
    }

    // Scrolls so that the current match is in view.
    function showCurrentMatch() {
        if (finder.current < 0)
            return
        if (finder.useRichText) {
            rich.showPosition(finder.currentOffset)
            return
        }
        if (finder.currentRow < 0)
            return
        view.positionViewAtIndex(finder.currentRow, ListView.Contain)
        if (root.wordWrap)
            return
        // Monospace columns: near enough to bring the match into view (tabs and wide characters
        // aside).
        const x = root.gutterWidth + root.textMargin + finder.currentColumn * root.charWidth
        const left = view.contentX + root.gutterWidth
        const right = view.contentX + view.width - verticalBar.width
        if (x < left || x > right)
            Scrolling.scrollBy(view, x - left - (right - left) / 3, 0)
    }

    // (row, column) of a point in the mouse area; points past the text clamp to its ends.
    function positionAt(x, y) {
        if (view.count === 0)
            return { row: 0, column: 0 }
        const p = selector.mapToItem(view.contentItem, x, y)
        const px = Math.max(0, Math.min(view.contentWidth - 1, p.x))
        const row = view.indexAt(px, p.y)
        if (row < 0) {
            if (p.y < view.originY + root.lineHeight)
                return { row: 0, column: 0 }
            return { row: view.count - 1, column: root.lines.endOfRow }
        }
        const item = view.itemAtIndex(row)
        if (!item)
            return { row: row, column: 0 }
        const q = item.mapFromItem(view.contentItem, p.x, p.y)
        return { row: row, column: item.positionAt(q.x, item.height / 2) }
    }

    FontMetrics {
        id: metrics
        font: root.zoomedFont
    }
    TextMetrics {
        id: charMetrics
        font: root.zoomedFont
        text: "M"
    }

    Rectangle {
        anchors.fill: parent
        color: root.palette.base
    }

    ListView {
        id: view

        objectName: "textRows"
        // For screen readers: Tab stops here, so the text area is a document with a name.
        Accessible.role: Accessible.Document
        Accessible.name: root.sourceName !== "" ? root.sourceName : qsTr("Text")
        anchors.fill: parent
        visible: !root.richShown
        model: root.lines
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: false
        reuseItems: true
        clip: true
        pixelAligned: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.HorizontalAndVerticalFlick
        contentWidth: root.wordWrap
                      ? width - verticalBar.width
                      : Math.max(width, (root.lines ? root.lines.maxColumns : 0) * root.charWidth
                                 + 2 * root.textMargin + root.gutterWidth + verticalBar.width)

        ScrollBar.vertical: ScrollBar {
            id: verticalBar
            policy: view.contentHeight > view.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        ScrollBar.horizontal: ScrollBar {
            id: horizontalBar
            policy: view.contentWidth > view.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        delegate: TextRow {
            id: row

            width: view.contentWidth
            matches: !finder.useRichText ? finder.rowMatches(row.index, finder.revision) : []
            pointed: row.index === root.pointedRow
            font: root.zoomedFont
            wordWrap: root.wordWrap
            lineNumbers: root.lineNumbers
            lineHeight: root.lineHeight
            charWidth: root.charWidth
            textMargin: root.textMargin
            gutterWidth: root.gutterWidth
            gutterX: view.contentX - view.originX
            onEditorWanted: root.pointedRow = row.index
        }

        Keys.onPressed: (event) => {
            const page = Math.max(root.lineHeight, view.height - root.lineHeight)
            switch (event.key) {
            case Qt.Key_Up:
                Scrolling.scrollBy(view, 0, -root.lineHeight)
                break
            case Qt.Key_Down:
                Scrolling.scrollBy(view, 0, root.lineHeight)
                break
            case Qt.Key_PageUp:
                Scrolling.scrollBy(view, 0, -page)
                break
            case Qt.Key_PageDown:
                Scrolling.scrollBy(view, 0, page)
                break
            case Qt.Key_Left:
                Scrolling.scrollBy(view, -4 * root.charWidth, 0)
                break
            case Qt.Key_Right:
                Scrolling.scrollBy(view, 4 * root.charWidth, 0)
                break
            case Qt.Key_Home:
                root.scrollToTop()
                break
            case Qt.Key_End:
                view.contentX = view.originX
                view.positionViewAtEnd()
                break
            default:
                return
            }
            event.accepted = true
        }
    }

    // Selection by mouse. Not on the scroll bars, which keep their own dragging; wheel events
    // are not handled here and reach the view.
    MouseArea {
        id: selector

        anchors.fill: view
        enabled: view.visible
        anchors.rightMargin: verticalBar.visible ? verticalBar.width : 0
        anchors.bottomMargin: horizontalBar.visible ? horizontalBar.height : 0
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        cursorShape: Qt.IBeamCursor
        preventStealing: true

        onPressed: (mouse) => {
            view.forceActiveFocus()
            if (mouse.button === Qt.RightButton) {
                contextMenu.popup()
                return
            }
            const p = root.positionAt(mouse.x, mouse.y)
            if (mouse.modifiers & Qt.ShiftModifier)
                root.lines.extendSelection(p.row, p.column)
            else
                root.lines.select(p.row, p.column, p.row, p.column)
        }
        onPositionChanged: (mouse) => {
            if (!(pressedButtons & Qt.LeftButton))
                return
            const p = root.positionAt(mouse.x, mouse.y)
            root.lines.extendSelection(p.row, p.column)
        }
    }

    // Dragging past an edge keeps scrolling and selecting; runs only while that happens.
    Timer {
        interval: 50
        repeat: true
        running: selector.pressed && (selector.pressedButtons & Qt.LeftButton)
                 && (selector.mouseY < 0 || selector.mouseY > selector.height
                     || selector.mouseX < 0 || selector.mouseX > selector.width)
        onTriggered: {
            const dy = selector.mouseY < 0 ? -root.lineHeight
                     : selector.mouseY > selector.height ? root.lineHeight : 0
            const dx = selector.mouseX < 0 ? -2 * root.charWidth
                     : selector.mouseX > selector.width ? 2 * root.charWidth : 0
            Scrolling.scrollBy(view, dx, dy)
            const p = root.positionAt(selector.mouseX, selector.mouseY)
            root.lines.extendSelection(p.row, p.column)
        }
    }

    RichTextPane {
        id: rich

        anchors.fill: parent
        visible: root.richShown
        lines: root.lines
        mode: root.shownMode
        textFont: root.scaledFont(SystemFonts.generalFont)
        finder: finder
        onContextMenuRequested: contextMenu.popup()
    }

    FittedMenu {
        id: contextMenu

        MenuItem {
            text: qsTr("Copy")
            enabled: root.richShown ? rich.item.hasSelection : root.lines !== null && root.lines.hasSelection
            onTriggered: root.copySelection()
        }
        MenuItem {
            text: qsTr("Select All")
            onTriggered: root.selectAll()
        }
    }
}
