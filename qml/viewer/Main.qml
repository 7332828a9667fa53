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
        onActivated: textView.copySelection()
    }
    Shortcut {
        sequence: "Ctrl+A"
        onActivated: textView.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // ---- Text view features (issue 9). The text view's interface: textView.{renderMode,
        // richAvailable, shownMode, plainNote, wordWrap, lineNumbers, zoom, zoomIn(), zoomOut(),
        // resetZoom(), goToLine(), selectAll(), copySelection(), finder}; findBar.{openFind(),
        // findNext(), findPrevious(), close()}; goToLineBar.openGoToLine(). Here: the keys, how
        // the text is shown (until the toolbar has it), the find and go-to-line bars.
        Shortcut {
            sequences: ["Ctrl++", "Ctrl+="]
            enabled: backend.hasText
            onActivated: textView.zoomIn()
        }
        Shortcut {
            sequence: "Ctrl+-"
            enabled: backend.hasText
            onActivated: textView.zoomOut()
        }
        Shortcut {
            sequence: "Ctrl+0"
            enabled: backend.hasText
            onActivated: textView.resetZoom()
        }
        Shortcut {
            sequence: "Ctrl+F"
            enabled: backend.hasText
            onActivated: findBar.openFind()
        }
        Shortcut {
            sequence: "F3"
            enabled: backend.hasText
            onActivated: findBar.findNext()
        }
        Shortcut {
            sequence: "Shift+F3"
            enabled: backend.hasText
            onActivated: findBar.findPrevious()
        }
        Shortcut {
            sequence: "Ctrl+G"
            enabled: backend.hasText && textView.shownMode === TextRenderMode.Plain
            onActivated: goToLineBar.openGoToLine()
        }
        Shortcut {
            sequence: "Esc"
            enabled: findBar.visible || goToLineBar.visible
            onActivated: {
                findBar.close()
                goToLineBar.close()
            }
        }

        Pane {
            Layout.fillWidth: true
            visible: backend.hasText
            padding: 2
            leftPadding: 8
            rightPadding: 8
            // An image, or no text: the bars go with the text.
            onVisibleChanged: {
                if (!visible) {
                    findBar.close()
                    goToLineBar.close()
                }
            }

            RowLayout {
                anchors.fill: parent
                spacing: 8

                ComboBox {
                    objectName: "renderModeBox"
                    model: [qsTr("Plain"), qsTr("Markdown"), qsTr("HTML")]
                    currentIndex: textView.renderMode
                    onActivated: (index) => textView.renderMode = index
                }
                CheckBox {
                    text: qsTr("Wrap")
                    enabled: textView.shownMode === TextRenderMode.Plain
                    checked: textView.wordWrap
                    onToggled: textView.wordWrap = checked
                }
                CheckBox {
                    text: qsTr("Line numbers")
                    enabled: textView.shownMode === TextRenderMode.Plain
                    checked: textView.lineNumbers
                    onToggled: textView.lineNumbers = checked
                }
                Label {
                    objectName: "renderNote"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: textView.plainNote !== "" ? textView.plainNote
                          : textView.shownMode !== TextRenderMode.Plain && !textView.rich.item.laidOut
                            ? qsTr("Rendering…") : ""
                    color: Theme.warningText
                    elide: Text.ElideRight
                }
            }
        }

        FindBar {
            id: findBar

            objectName: "findBar"
            Layout.fillWidth: true
            finder: textView.finder
            onClosed: textView.forceActiveFocus()
        }

        GoToLineBar {
            id: goToLineBar

            objectName: "goToLineBar"
            Layout.fillWidth: true
            lineCount: backend.lines.lineCount
            onLineChosen: (line) => textView.goToLine(line)
            onClosed: textView.forceActiveFocus()
        }
        // ---- end of the text view features

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Always there, so it has the keyboard focus from the start.
            TextView {
                id: textView

                objectName: "textView"
                anchors.fill: parent
                visible: !backend.hasImage
                lines: backend.lines
                sourceName: backend.sourceName
                contentType: backend.contentType
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
                textFormat: Text.PlainText
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
                textFormat: Text.PlainText
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
