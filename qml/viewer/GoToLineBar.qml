// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Go to a line of the plain text: a number, Enter goes there and closes, Esc closes.
Pane {
    id: root

    // How many lines there are (the field takes 1 to this).
    property int lineCount: 0

    // A line was chosen; the bar has closed.
    signal lineChosen(int line)
    signal closed()

    function openGoToLine() {
        root.visible = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function close() {
        if (!root.visible)
            return
        root.visible = false
        root.closed()
    }
    function accept() {
        const line = parseInt(field.text, 10)
        if (isNaN(line))
            return
        root.visible = false
        root.lineChosen(Math.max(1, Math.min(root.lineCount, line)))
        root.closed()
    }

    visible: false
    padding: 4
    leftPadding: 8

    RowLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            id: goToLabel

            text: qsTr("Go to line")
        }
        TextField {
            id: field

            objectName: "goToLineField"
            // Screen readers name a field by its label.
            Accessible.name: goToLabel.text
            Layout.preferredWidth: 120
            validator: IntValidator {
                bottom: 1
                top: Math.max(1, root.lineCount)
            }
            selectByMouse: true
            Keys.onReturnPressed: root.accept()
            Keys.onEnterPressed: root.accept()
            Keys.onEscapePressed: root.close()
        }
        Label {
            text: qsTr("of %1").arg(Number(root.lineCount).toLocaleString(Qt.locale("en_US"), "f", 0))
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
