// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmViewer

// Find in the text: matches are highlighted as one types, the bar counts them ("3 of 41"),
// Enter and F3 go to the next, Shift+Enter and Shift+F3 to the previous (wrapping), Esc closes.
// The search itself is the finder's, off the GUI thread.
Pane {
    id: root

    required property TextFinder finder
    readonly property alias query: field.text

    // Closed: focus goes back to the text.
    signal closed()

    function openFind() {
        root.visible = true
        root.finder.active = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function close() {
        if (!root.visible)
            return
        root.visible = false
        root.finder.active = false
        root.closed()
    }
    function findNext() {
        if (!root.visible)
            root.openFind()
        else
            root.finder.next()
    }
    function findPrevious() {
        if (!root.visible)
            root.openFind()
        else
            root.finder.previous()
    }

    visible: false
    padding: 4
    leftPadding: 8

    RowLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            id: findLabel

            text: qsTr("Find")
        }

        TextField {
            id: field

            objectName: "findField"
            // Screen readers name a field by its label, not by its placeholder.
            Accessible.name: findLabel.text
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            placeholderText: qsTr("Text to find")
            selectByMouse: true
            onTextChanged: root.finder.query = text
            Keys.onReturnPressed: (event) => {
                if (event.modifiers & Qt.ShiftModifier)
                    root.finder.previous()
                else
                    root.finder.next()
            }
            Keys.onEnterPressed: (event) => {
                if (event.modifiers & Qt.ShiftModifier)
                    root.finder.previous()
                else
                    root.finder.next()
            }
            Keys.onEscapePressed: root.close()
        }

        Label {
            objectName: "findSummary"
            Layout.minimumWidth: 110
            textFormat: Text.PlainText
            text: root.finder.summary
            color: root.finder.count === 0 && !root.finder.searching && field.text !== ""
                   ? root.palette.placeholderText : root.palette.windowText
        }

        ToolButton {
            objectName: "findPrevious"
            text: "\u2191"
            enabled: root.finder.count > 0
            onClicked: root.finder.previous()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Previous match (Shift+F3)")
        }
        ToolButton {
            objectName: "findNext"
            text: "\u2193"
            enabled: root.finder.count > 0
            onClicked: root.finder.next()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Next match (F3)")
        }
        ToolButton {
            objectName: "findCaseSensitive"
            text: qsTr("Aa")
            checkable: true
            checked: root.finder.caseSensitive
            onToggled: root.finder.caseSensitive = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Match case")
        }

        Item {
            Layout.fillWidth: true
        }

        ToolButton {
            text: "\u2715"
            onClicked: root.close()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Close (Esc)")
        }
    }
}
