// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ShmTheme
import ShmViewer

ThemedWindow {
    id: window

    // What to watch: main.cpp sets these from the command line (a QML test its own), before
    // Component.onCompleted starts the backend.
    required property string key
    required property double segmentSize
    required property int pollInterval
    // The backend, for tests.
    readonly property alias backend: backend
    // A passing message (a file saved, or why not); empty when there is none.
    property string transientMessage
    property bool transientIsError

    function showMessage(message, isError) {
        transientMessage = message
        transientIsError = isError
        messageTimer.restart()
    }

    width: 900
    height: 640
    minimumWidth: 520
    minimumHeight: 300
    visible: true
    title: backend.hasText || backend.hasImage
           ? qsTr("%1 — Shared Memory Viewer").arg(backend.sourceName)
           : qsTr("Shared Memory Viewer")

    // A tool bar button whose tip, shown on hover, is also its description for screen readers.
    component ToolBarButton: ToolButton {
        id: button

        ToolTip.visible: button.hovered
        ToolTip.delay: 600
        Accessible.description: ToolTip.text
    }

    // A pane below the text for something worth noticing: the loads not shown, a file saved,
    // the lock waited for.
    component NoticePane: Pane {
        Layout.fillWidth: true
        padding: 6
        leftPadding: 10
        background: Rectangle {
            color: Theme.noticeBackground
            border.color: Theme.noticeBorder
        }
    }

    ViewerBackend {
        id: backend

        key: window.key
        segmentSize: window.segmentSize
        pollInterval: window.pollInterval
        onTextReplaced: textView.scrollToTop()
        onSaveFinished: (ok, message) => window.showMessage(message, !ok)
    }

    // Window geometry and view choices, remembered between runs (not the key: that is the
    // command line's). Following the latest load is not remembered: a new viewer always does.
    RememberedSettings {
        category: "window"
        property alias x: window.x
        property alias y: window.y
        property alias width: window.width
        property alias height: window.height
        property alias appearance: window.appearance
    }
    RememberedSettings {
        category: "view"
        property alias wordWrap: textView.wordWrap
        property alias lineNumbers: textView.lineNumbers
        property alias textZoom: textView.zoom
    }

    Timer {
        id: messageTimer
        interval: 6000
        onTriggered: window.transientMessage = ""
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save As")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        onAccepted: backend.saveAs(selectedFile)
    }

    ViewerActions {
        id: actions

        window: window
        backend: backend
        textView: textView
        imageView: imageView
        findBar: findBar
        goToLineBar: goToLineBar
        saveDialog: saveDialog
    }

    menuBar: MenuBar {
        // For screen readers, the entry's name without its mnemonic mark: Qt Quick 6.4 gives
        // "&File". (Its role stays Qt's own, a menu bar: QQuickMenuBarItem reports that over
        // any Accessible.role.)
        delegate: MenuBarItem {
            Accessible.name: text.replace(/&(.)/g, "$1")
        }

        FittedMenu {
            title: qsTr("&File")
            ShortcutMenuItem { action: actions.saveAs }
            MenuSeparator {}
            ShortcutMenuItem { action: actions.quit }
        }
        FittedMenu {
            title: qsTr("&Edit")
            ShortcutMenuItem { action: actions.copy }
            ShortcutMenuItem { action: actions.selectAll }
            MenuSeparator {}
            ShortcutMenuItem { action: actions.find }
            ShortcutMenuItem { action: actions.findNext }
            ShortcutMenuItem { action: actions.findPrevious }
            MenuSeparator {}
            ShortcutMenuItem { action: actions.goToLine }
        }
        FittedMenu {
            title: qsTr("&View")
            // The Appearance submenu's item too, for its accessible name.
            delegate: ShortcutMenuItem {}
            ShortcutMenuItem { action: actions.plainMode }
            ShortcutMenuItem { action: actions.markdownMode }
            ShortcutMenuItem { action: actions.htmlMode }
            MenuSeparator {}
            ShortcutMenuItem { action: actions.wrap }
            ShortcutMenuItem { action: actions.lineNumbers }
            MenuSeparator {}
            ShortcutMenuItem { action: actions.zoomIn }
            ShortcutMenuItem { action: actions.zoomOut }
            ShortcutMenuItem { action: actions.zoomReset }
            ShortcutMenuItem { action: actions.actualSize }
            MenuSeparator {}
            FittedMenu {
                title: qsTr("&Appearance")
                ShortcutMenuItem { action: actions.systemAppearance }
                ShortcutMenuItem { action: actions.lightAppearance }
                ShortcutMenuItem { action: actions.darkAppearance }
            }
        }
        FittedMenu {
            id: historyMenu

            // Items before the list of loads.
            readonly property int fixedItems: 5

            title: qsTr("&History")
            ShortcutMenuItem { action: actions.back }
            ShortcutMenuItem { action: actions.forward }
            ShortcutMenuItem { action: actions.latest }
            ShortcutMenuItem { action: actions.follow }
            MenuSeparator {}

            // Made while the menu is open only: a load then costs the window no menu item.
            Instantiator {
                active: historyMenu.visible
                model: backend.history
                delegate: MenuItem {
                    id: entryItem

                    required property int index
                    required property string label
                    required property bool isCurrent

                    objectName: "historyEntry" + index
                    // Made in C++ with one arg() call: a name with %1 in it is shown as it is.
                    text: label
                    checkable: true
                    checked: isCurrent
                    onTriggered: window.backend.showEntry(index)
                    // The name comes from the segment: plain text, never rich text that would
                    // load what it names.
                    contentItem: Label {
                        leftPadding: entryItem.indicator ? entryItem.indicator.width + entryItem.spacing : 0
                        text: entryItem.text
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        verticalAlignment: Text.AlignVCenter
                        color: entryItem.highlighted ? entryItem.palette.highlightedText : entryItem.palette.text
                    }
                }
                onObjectAdded: (index, object) => historyMenu.insertItem(historyMenu.fixedItems + index, object)
                onObjectRemoved: (index, object) => historyMenu.removeItem(object)
            }
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 2

            ToolBarButton {
                objectName: "backButton"
                action: actions.back
                text: qsTr("◀ Back")
                ToolTip.text: qsTr("Show the previous load (Alt+Left)")
            }
            ToolBarButton {
                objectName: "forwardButton"
                action: actions.forward
                text: qsTr("Forward ▶")
                ToolTip.text: qsTr("Show the next load (Alt+Right)")
            }
            ToolBarButton {
                objectName: "followButton"
                action: actions.follow
                text: qsTr("Follow latest")
                ToolTip.text: qsTr("Show each new load as it arrives; when off, keep what you are reading")
            }
            ToolSeparator {}
            ToolBarButton {
                objectName: "saveButton"
                action: actions.saveAs
                text: qsTr("Save As…")
                ToolTip.text: qsTr("Write exactly the bytes shown to a file (Ctrl+S)")
            }
            ToolBarButton {
                objectName: "findButton"
                action: actions.find
                text: qsTr("Find…")
                ToolTip.text: qsTr("Find in the text (Ctrl+F; next F3, previous Shift+F3)")
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "historyPosition"
                visible: backend.history.count > 1
                text: qsTr("%1 of %2").arg(backend.history.current + 1).arg(backend.history.count)
                color: palette.placeholderText
                rightPadding: 8
                Accessible.name: qsTr("Position in the history")
            }
        }
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The text's own bar (render mode, wrap, line numbers, a note), then the find and
        // go-to-line bars. Their keys are the ViewerActions.
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
                    objectName: "wrapBox"
                    action: actions.wrap
                    text: qsTr("Wrap")
                }
                CheckBox {
                    action: actions.lineNumbers
                    text: qsTr("Line numbers")
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
                       ? Theme.error : placeholder.palette.placeholderText
                background: Rectangle {
                    color: placeholder.palette.window
                }
            }
        }

        // Loads that arrived while follow latest was off: one click shows the newest.
        NoticePane {
            objectName: "unseenNotice"
            visible: backend.history.unseen > 0
            padding: 4

            RowLayout {
                anchors.fill: parent

                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: backend.history.unseen === 1 ? qsTr("1 new load — not shown while follow latest is off")
                                                        : qsTr("%1 new loads — not shown while follow latest is off").arg(backend.history.unseen)
                    color: Theme.noticeText
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "showNewestButton"
                    text: qsTr("Show")
                    flat: true
                    Accessible.description: qsTr("Show the newest load")
                    onClicked: backend.showLatest()
                }
            }
        }

        // A file saved, or why not.
        NoticePane {
            visible: window.transientMessage !== ""

            Label {
                objectName: "transientMessage"
                anchors.fill: parent
                // It names a file the segment suggested: plain text, never rich text.
                textFormat: Text.PlainText
                text: window.transientMessage
                color: window.transientIsError ? Theme.error : Theme.noticeText
                elide: Text.ElideMiddle
            }
        }

        // Lock waiting and polling errors: worth noticing, gone again by themselves.
        NoticePane {
            visible: backend.noticeText !== ""

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
