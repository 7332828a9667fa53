// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmViewer

ApplicationWindow {
    id: window

    // What to watch. main.cpp sets these from the command line (and a QML test sets its own key)
    // as initial properties, before Component.onCompleted starts polling.
    property string key: ViewerDefaults.key
    property double segmentSize: ViewerDefaults.segmentSize
    property int pollInterval: ViewerDefaults.pollInterval
    // The backend, for tests.
    readonly property alias backend: backend

    width: 900
    height: 640
    minimumWidth: 360
    minimumHeight: 240
    visible: true
    title: qsTr("Shared Memory Viewer")

    ViewerBackend {
        id: backend

        key: window.key
        segmentSize: window.segmentSize
        pollInterval: window.pollInterval
        window: window
        onTextReplaced: textView.scrollToTop()
    }

    // Starts polling once the configuration bindings above hold their values.
    Component.onCompleted: backend.start()
    onClosing: backend.stop()

    Shortcut {
        sequences: [StandardKey.Copy]
        onActivated: backend.lines.copySelection()
    }
    Shortcut {
        sequences: [StandardKey.SelectAll]
        onActivated: backend.lines.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextView {
            id: textView

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: backend.hasText
            lines: backend.lines
            textFont: ViewerDefaults.fixedFont
            focus: true
        }

        Label {
            id: placeholder

            objectName: "placeholder"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !backend.hasText
            text: backend.placeholderText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            padding: 24
            font.pixelSize: 16
            color: backend.state === ViewerBackend.Failed || backend.state === ViewerBackend.Unreadable
                   ? "#b3261e" : window.palette.placeholderText
        }

        // Lock waiting and polling errors: worth noticing, gone again by themselves.
        Pane {
            Layout.fillWidth: true
            visible: backend.noticeText !== ""
            padding: 6
            leftPadding: 10
            background: Rectangle {
                color: "#fff4ce"
                border.color: "#e0c060"
            }

            Label {
                objectName: "notice"
                anchors.fill: parent
                text: backend.noticeText
                color: "#4d3800"
                elide: Text.ElideRight
            }
        }

        StatusBar {
            Layout.fillWidth: true
            statusText: backend.statusText
            segmentText: backend.segmentText
            segmentWarning: backend.segmentSizeDiffers
        }
    }
}
