// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmTheme

// What was loaded (left) and which segment it came from (right).
Pane {
    id: bar

    property string statusText
    property bool statusWarning
    property string segmentText
    property bool segmentWarning

    padding: 6
    leftPadding: 10
    rightPadding: 10
    background: Rectangle {
        color: bar.palette.window
        Rectangle {
            width: parent.width
            height: 1
            color: bar.palette.mid
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        Label {
            objectName: "status"
            Layout.fillWidth: true
            // The source's name comes from the segment: never rich text, which would load images.
            textFormat: Text.PlainText
            text: (bar.statusWarning ? "⚠ " : "") + bar.statusText
            color: bar.statusWarning ? Theme.warningText : bar.palette.windowText
            elide: Text.ElideRight
        }
        Label {
            objectName: "segment"
            textFormat: Text.PlainText
            text: bar.segmentText
            color: bar.segmentWarning ? Theme.warningText : bar.palette.placeholderText
            elide: Text.ElideLeft
            Layout.maximumWidth: bar.width / 2
        }
    }
}
