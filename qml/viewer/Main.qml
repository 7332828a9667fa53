// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmTheme
import ShmViewer

ApplicationWindow {
    id: window

    // What to watch: main.cpp sets these from the command line (a QML test its own), before
    // Component.onCompleted starts the backend.
    required property string key
    required property double segmentSize
    required property int pollInterval
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
        onTextReplaced: textView.scrollToTop()
    }

    // Starts polling once the configuration bindings above hold their values.
    Component.onCompleted: backend.start()
    onClosing: backend.stop()

    // Whichever view shows the content has the keyboard, from the moment it takes over.
    readonly property bool showsImage: backend.hasImage
    onShowsImageChanged: {
        if (showsImage)
            imageView.forceActiveFocus();
        else
            textView.forceActiveFocus();
    }

    // Image zoom: Ctrl++ and Ctrl+= in, Ctrl+- out, Ctrl+0 fits, Ctrl+1 shows 100 %.
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        enabled: backend.hasImage
        onActivated: imageView.zoomIn()
    }
    Shortcut {
        sequence: "Ctrl+-"
        enabled: backend.hasImage
        onActivated: imageView.zoomOut()
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: backend.hasImage
        onActivated: imageView.fit()
    }
    Shortcut {
        sequence: "Ctrl+1"
        enabled: backend.hasImage
        onActivated: imageView.actualSize()
    }

    // Ctrl+C and Ctrl+A (Cmd on macOS). Strings, not StandardKey: Qt 6.4's qmllint misreads that.
    Shortcut {
        sequence: "Ctrl+C"
        onActivated: backend.lines.copySelection()
    }
    Shortcut {
        sequence: "Ctrl+A"
        onActivated: backend.lines.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Always there, so it has the keyboard focus from the start.
            TextView {
                id: textView

                anchors.fill: parent
                visible: !backend.hasImage
                lines: backend.lines
                textFont: SystemFonts.fixedFont
                focus: true
            }

            ImageView {
                id: imageView

                objectName: "imageView"
                anchors.fill: parent
                visible: backend.hasImage
                backend: backend
                activeFocusOnTab: true
                // Arrow keys pan a zoomed image; the text view has them otherwise.
                Keys.onLeftPressed: imageView.pan(-40, 0)
                Keys.onRightPressed: imageView.pan(40, 0)
                Keys.onUpPressed: imageView.pan(0, -40)
                Keys.onDownPressed: imageView.pan(0, 40)
            }

            Label {
                id: placeholder

                objectName: "placeholder"
                anchors.fill: parent
                visible: !backend.hasText && !backend.hasImage
                text: backend.placeholderText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                padding: 24
                font.pixelSize: 16
                color: backend.state === ViewerBackend.Failed
                       || backend.state === ViewerBackend.Unreadable
                       ? Theme.error : window.palette.placeholderText
                background: Rectangle {
                    color: window.palette.window
                }
            }
        }

        // Lock waiting and polling errors: worth noticing, gone again by themselves.
        Pane {
            Layout.fillWidth: true
            visible: backend.noticeText !== ""
            padding: 6
            leftPadding: 10
            background: Rectangle {
                color: Theme.noticeBackground
                border.color: Theme.noticeBorder
            }

            Label {
                objectName: "notice"
                anchors.fill: parent
                text: backend.noticeText
                color: Theme.noticeText
                elide: Text.ElideRight
            }
        }

        StatusBar {
            Layout.fillWidth: true
            statusText: backend.statusText
            statusWarning: backend.statusWarning
            segmentText: backend.segmentText
            segmentWarning: backend.segmentSizeDiffers
        }
    }
}
