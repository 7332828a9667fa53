// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import ShmTheme

// One row of TextView's plain text. A plain Text shows it: an update lays out every visible row
// again, and a Text is cheap to lay out. Only a row that needs positions, a selection or find
// marks (it holds part of the selection, a find match, or the point the mouse last mapped)
// gets a TextEdit in its place, with a QTextDocument of its own.
Item {
    id: row

    // The row, from TextLinesModel.
    required property int index
    required property string lineText
    required property int selectedFrom
    required property int selectedTo
    required property int lineNumber
    // This row's share of the find matches: [{column, length, current}].
    required property var matches
    // The mouse last mapped a point to this row (see positionAt()).
    required property bool pointed
    // The view's layout.
    required property font font
    required property bool wordWrap
    required property bool lineNumbers
    required property real lineHeight
    required property real charWidth
    required property real textMargin
    required property real gutterWidth
    // Where the gutter goes: it stays at the view's left edge when the rows scroll sideways.
    required property real gutterX

    readonly property string text: row.lineText
    readonly property string selectedText: row.editor ? row.editor.selectedText : ""
    readonly property bool needsEditor: row.selectedFrom >= 0 || row.matches.length > 0 || row.pointed
    // The row's TextEdit while it needs one, else null.
    property TextEdit editor: null

    // positionAt() or positionToRectangle() wants this row's TextEdit: the view points at it.
    signal editorWanted()

    // The column nearest a point of the row (row coordinates).
    function positionAt(x: real, y: real): int {
        row.editorWanted()
        if (!row.editor)
            return 0
        return row.editor.positionAt(x - row.editor.x, y - row.editor.y)
    }
    function positionToRectangle(position: int): rect {
        row.editorWanted()
        if (!row.editor)
            return Qt.rect(0, 0, 0, 0)
        const r = row.editor.positionToRectangle(position)
        return Qt.rect(r.x + row.editor.x, r.y + row.editor.y, r.width, r.height)
    }
    // The layout is an argument, so the marks follow a change of font or width.
    function rectangleAt(position: int, layoutWidth: real, layoutHeight: real): rect {
        const r = row.editor.positionToRectangle(position)
        return Qt.rect(r.x + row.editor.x, r.y + row.editor.y, r.width, r.height)
    }
    // Creates or drops the TextEdit. Not a Loader: Qt 6.4's Loader gives its item a context of
    // its own, where a bound component may not be created; createObject() uses the component's.
    function updateEditor() {
        if (row.needsEditor && !row.editor) {
            row.editor = editorComponent.createObject(row) as TextEdit
            row.showSelection()
        } else if (!row.needsEditor && row.editor) {
            const old = row.editor
            row.editor = null
            old.visible = false
            old.destroy()
        }
    }
    function showSelection() {
        const edit = row.editor
        if (!edit)
            return
        if (row.selectedFrom < 0)
            edit.deselect()
        else
            edit.select(Math.min(row.selectedFrom, edit.length), Math.min(row.selectedTo, edit.length))
    }
    // Text has no tab stops of its own; the TextEdit's are 8 columns apart. In the monospace font
    // the same tabs as spaces up to the next multiple of 8 columns look the same.
    function expandTabs(text: string): string {
        if (text.indexOf("\t") < 0)
            return text
        let out = ""
        let column = 0
        for (const c of text) {
            if (c === "\t") {
                const spaces = 8 - column % 8
                out += " ".repeat(spaces)
                column += spaces
            } else {
                out += c
                ++column
            }
        }
        return out
    }

    height: row.wordWrap ? Math.max(row.lineHeight, row.editor ? row.editor.contentHeight : label.contentHeight)
                         : row.lineHeight

    onNeedsEditorChanged: row.updateEditor()
    Component.onCompleted: row.updateEditor()
    onLineTextChanged: row.showSelection()
    onSelectedFromChanged: row.showSelection()
    onSelectedToChanged: row.showSelection()

    // Find matches behind the text: the current one stands out.
    Repeater {
        model: row.editor ? row.matches : []

        delegate: Item {
            id: mark

            required property var modelData
            readonly property TextEdit edit: row.editor
            readonly property rect from: row.rectangleAt(mark.modelData.column, mark.edit.contentWidth,
                                                         mark.edit.contentHeight)
            readonly property rect to: row.rectangleAt(mark.modelData.column + mark.modelData.length,
                                                       mark.edit.contentWidth, mark.edit.contentHeight)
            readonly property color color: mark.modelData.current ? Theme.findCurrent : Theme.findMatch

            Rectangle {
                x: mark.from.x
                y: mark.from.y
                width: mark.from.y === mark.to.y ? Math.max(2, mark.to.x - mark.from.x)
                                                 : mark.edit.x + mark.edit.width - mark.from.x
                height: mark.from.height
                color: mark.color
            }
            // Wrapped onto the next line.
            Rectangle {
                visible: mark.from.y !== mark.to.y
                x: mark.edit.x + mark.edit.leftPadding
                y: mark.to.y
                width: mark.to.x - x
                height: mark.to.height
                color: mark.color
            }
        }
    }

    Text {
        id: label

        x: row.gutterWidth
        width: row.width - row.gutterWidth
        height: row.height
        visible: !row.editor
        leftPadding: row.textMargin
        text: row.expandTabs(row.lineText)
        textFormat: Text.PlainText
        // Rows of right-to-left text too start at the left edge, like every other row.
        horizontalAlignment: Text.AlignLeft
        wrapMode: row.wordWrap ? Text.Wrap : Text.NoWrap
        font: row.font
        color: row.palette.text
    }

    Component {
        id: editorComponent

        TextEdit {
            x: row.gutterWidth
            width: row.width - row.gutterWidth
            height: row.height
            text: row.lineText
            leftPadding: row.textMargin
            textFormat: TextEdit.PlainText
            horizontalAlignment: TextEdit.AlignLeft
            wrapMode: row.wordWrap ? TextEdit.Wrap : TextEdit.NoWrap
            font: row.font
            tabStopDistance: 8 * row.charWidth
            color: row.palette.text
            selectionColor: row.palette.highlight
            selectedTextColor: row.palette.highlightedText
            readOnly: true
            selectByMouse: false
            activeFocusOnPress: false
            persistentSelection: true
        }
    }

    // The selection runs on past this row's end: a narrow block stands for the line break,
    // so selected empty lines show too.
    Rectangle {
        visible: row.editor !== null && row.selectedFrom >= 0 && row.selectedTo > row.editor.length
        x: row.editor ? row.editor.x + row.editor.leftPadding + row.editor.contentWidth : 0
        width: Math.max(2, row.charWidth / 2)
        height: row.height
        color: row.palette.highlight
    }

    // Line numbers stay at the left edge when the rows scroll sideways, over the text (and over
    // the TextEdit, created last).
    Rectangle {
        z: 1
        visible: row.lineNumbers
        x: row.gutterX
        width: row.gutterWidth
        height: row.height
        color: row.palette.alternateBase

        Text {
            anchors.right: parent.right
            anchors.rightMargin: row.textMargin / 2
            height: row.lineHeight
            verticalAlignment: Text.AlignVCenter
            text: row.lineNumber > 0 ? row.lineNumber : ""
            font: row.font
            color: row.palette.placeholderText
        }
    }
}
