// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import ShmViewer

// The text, read-only: a ListView of rows (TextLinesModel), so only what is on screen is laid out
// even for a 16 MiB text. Selection lives in the model and spans rows; mouse positions are mapped
// to (row, column) with the row delegate's positionAt().
FocusScope {
    id: root

    property TextLinesModel lines
    property font textFont
    readonly property alias view: view
    readonly property real lineHeight: Math.ceil(metrics.height)
    readonly property real charWidth: charMetrics.advanceWidth
    readonly property real textMargin: 6

    function scrollToTop() {
        view.contentX = view.originX
        view.positionViewAtBeginning()
    }

    function scrollBy(dx, dy) {
        const maxX = view.originX + Math.max(0, view.contentWidth - view.width)
        const maxY = view.originY + Math.max(0, view.contentHeight - view.height)
        view.contentX = Math.max(view.originX, Math.min(maxX, view.contentX + dx))
        view.contentY = Math.max(view.originY, Math.min(maxY, view.contentY + dy))
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
        font: root.textFont
    }
    TextMetrics {
        id: charMetrics
        font: root.textFont
        text: "M"
    }

    Rectangle {
        anchors.fill: parent
        color: root.palette.base
    }

    ListView {
        id: view

        objectName: "textRows"
        anchors.fill: parent
        model: root.lines
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: false
        reuseItems: true
        clip: true
        pixelAligned: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.HorizontalAndVerticalFlick
        contentWidth: Math.max(width, (root.lines ? root.lines.maxColumns : 0) * root.charWidth
                                      + 2 * root.textMargin + verticalBar.width)

        ScrollBar.vertical: ScrollBar {
            id: verticalBar
            policy: view.contentHeight > view.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        ScrollBar.horizontal: ScrollBar {
            id: horizontalBar
            policy: view.contentWidth > view.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        delegate: Item {
            id: row

            required property string lineText
            required property int selectedFrom
            required property int selectedTo
            readonly property alias text: edit.text
            readonly property alias selectedText: edit.selectedText

            function positionAt(x, y) {
                return edit.positionAt(x - edit.x, y - edit.y)
            }
            function positionToRectangle(position) {
                const r = edit.positionToRectangle(position)
                return Qt.rect(r.x + edit.x, r.y + edit.y, r.width, r.height)
            }
            function showSelection() {
                if (selectedFrom < 0)
                    edit.deselect()
                else
                    edit.select(Math.min(selectedFrom, edit.length), Math.min(selectedTo, edit.length))
            }

            width: view.contentWidth
            height: root.lineHeight

            onLineTextChanged: showSelection()
            onSelectedFromChanged: showSelection()
            onSelectedToChanged: showSelection()
            Component.onCompleted: showSelection()

            TextEdit {
                id: edit

                width: parent.width
                height: parent.height
                leftPadding: root.textMargin
                text: row.lineText
                textFormat: TextEdit.PlainText
                // Rows of right-to-left text too start at the left edge, like every other row.
                horizontalAlignment: TextEdit.AlignLeft
                wrapMode: TextEdit.NoWrap
                font: root.textFont
                tabStopDistance: 8 * root.charWidth
                color: root.palette.text
                selectionColor: root.palette.highlight
                selectedTextColor: root.palette.highlightedText
                readOnly: true
                selectByMouse: false
                activeFocusOnPress: false
                persistentSelection: true
            }

            // The selection runs on past this row's end: a narrow block stands for the line break,
            // so selected empty lines show too.
            Rectangle {
                visible: row.selectedFrom >= 0 && row.selectedTo > edit.length
                x: edit.leftPadding + edit.contentWidth
                width: Math.max(2, root.charWidth / 2)
                height: row.height
                color: edit.selectionColor
            }
        }

        Keys.onPressed: (event) => {
            const page = Math.max(root.lineHeight, view.height - root.lineHeight)
            switch (event.key) {
            case Qt.Key_Up:
                root.scrollBy(0, -root.lineHeight)
                break
            case Qt.Key_Down:
                root.scrollBy(0, root.lineHeight)
                break
            case Qt.Key_PageUp:
                root.scrollBy(0, -page)
                break
            case Qt.Key_PageDown:
                root.scrollBy(0, page)
                break
            case Qt.Key_Left:
                root.scrollBy(-4 * root.charWidth, 0)
                break
            case Qt.Key_Right:
                root.scrollBy(4 * root.charWidth, 0)
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
            root.scrollBy(dx, dy)
            const p = root.positionAt(selector.mouseX, selector.mouseY)
            root.lines.extendSelection(p.row, p.column)
        }
    }

    Menu {
        id: contextMenu

        MenuItem {
            text: qsTr("Copy")
            enabled: root.lines && root.lines.hasSelection
            onTriggered: root.lines.copySelection()
        }
        MenuItem {
            text: qsTr("Select All")
            onTriggered: root.lines.selectAll()
        }
    }
}
