// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ShmLoader
import ShmTheme

// The loader's window: choose a text and it is loaded at once. All work happens in FileLoader
// (C++, off the GUI thread); this file is layout only.
ThemedWindow {
    id: window

    // What the command line chose (main.cpp), or a test: the key, and the folder of texts
    // (empty: the bundled ones).
    required property string key
    required property string assetsDir

    // Sized to what it holds: the width for a long file name, the height of its rows.
    width: 680
    height: Math.max(minimumHeight, content.implicitHeight + 2 * content.anchors.margins)
    minimumWidth: 480
    minimumHeight: content.implicitHeight + 2 * content.anchors.margins
    visible: true
    title: qsTr("Shared Memory Loader")

    readonly property string assetsHeader: assetList.bundled ? qsTr("Bundled files") : qsTr("Files in %1").arg(assetsDir)

    function loadCurrent() {
        if (sourceBox.currentIndex >= 0)
            fileLoader.load(sourceBox.currentValue);
    }

    // Qt's own dialog (where the desktop offers none) lives inside this window: room for it
    // while it is open, the window's size again afterwards.
    property size sizeBeforeDialog
    function openDialog() {
        if (fileDialog.visible)
            return;
        sizeBeforeDialog = Qt.size(width, height);
        width = Math.max(width, 720);
        height = Math.max(height, 520);
        fileDialog.open();
    }

    // The keyboard's place is always drawn: a style draws it only for focus that came from the
    // keyboard (visualFocus), not for focus given at start-up or when the window is activated.
    function focusDropdown() {
        sourceBox.forceActiveFocus(Qt.TabFocusReason);
        sourceBox.focusReason = Qt.TabFocusReason;
    }
    onActiveChanged: {
        if (active && (activeFocusItem === null || activeFocusItem === sourceBox))
            focusDropdown();
    }

    // A file chosen in the dialog: loaded, and first among the recent files.
    function openFile(url) {
        const path = recentFiles.add(url);
        if (path === "") {
            fileLoader.loadUrl(url); // says why it cannot be loaded
            return;
        }
        sourceBox.currentIndex = sourceBox.indexOfValue(path);
        fileLoader.load(path);
    }

    // Fills %1, %2 … of a translated pattern in one pass, as QString::arg(a, b) does: chained
    // .arg() calls would take a "%1" inside a file name for the next placeholder.
    function fill(pattern, ...values) {
        return pattern.replace(/%([1-9])/g, (match, n) => n <= values.length ? values[n - 1] : match);
    }

    // The dropdown's entries: the bundled files (or those of --assets), then the recent ones,
    // each section under its header (ListView sections: the keyboard never lands on a header;
    // an entry's section is its header's text).
    function rebuildSources() {
        const current = sourceBox.currentIndex >= 0 ? sourceBox.currentValue : undefined;
        sources.clear();
        for (const name of assetList.names)
            sources.append({ label: name, value: name, shown: name, section: assetsHeader });
        for (const path of recentFiles.paths) {
            const slash = path.lastIndexOf("/");
            const name = path.substring(slash + 1);
            const folder = path.substring(0, Math.max(1, slash));
            sources.append({ label: name, value: path, shown: fill(qsTr("%1 — %2"), name, folder), section: qsTr("Recent files") });
        }
        sourceBox.currentIndex = current === undefined ? -1 : sourceBox.indexOfValue(current);
    }

    FileLoader {
        id: fileLoader
        objectName: "fileLoader"
        key: window.key
        assetsDir: window.assetsDir
        followChanges: followSwitch.checked
    }

    AssetList {
        id: assetList
        assetsDir: window.assetsDir
        onNamesChanged: window.rebuildSources()
    }

    RecentFiles {
        id: recentFiles
        objectName: "recentFiles"
        onPathsChanged: window.rebuildSources()
    }

    ListModel {
        id: sources
    }

    Component.onCompleted: rebuildSources()

    FileDialog {
        id: fileDialog
        objectName: "fileDialog"
        title: qsTr("Open a text or an image")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("All files (*)"), qsTr("Texts (*.txt *.md *.markdown *.html *.htm *.log *.csv)"), qsTr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)")]
        onAccepted: window.openFile(selectedFile)
        onVisibleChanged: {
            if (!visible && window.sizeBeforeDialog.width > 0) {
                window.width = window.sizeBeforeDialog.width;
                window.height = window.sizeBeforeDialog.height;
                window.focusDropdown(); // the keyboard goes on where it was
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: window.close()
    }
    Shortcut {
        sequence: "Ctrl+O"
        onActivated: window.openDialog()
    }
    Shortcut {
        sequence: "F5"
        enabled: sourceBox.currentIndex >= 0
        onActivated: window.loadCurrent()
    }

    DropArea {
        anchors.fill: parent
        onDropped: drop => {
            if (drop.hasUrls)
                fileLoader.loadUrl(drop.urls[0]);
        }
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            id: chooseLabel
            text: qsTr("Text or image to load into shared memory")
            font.bold: true
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            ComboBox {
                id: sourceBox
                objectName: "assetBox"
                Layout.fillWidth: true
                Layout.minimumWidth: 160
                model: sources
                textRole: "label"
                valueRole: "value"
                currentIndex: -1
                focus: true
                enabled: count > 0
                displayText: currentIndex < 0 ? (count > 0 ? qsTr("Choose a text or an image…") : qsTr("Nothing to offer")) : currentText
                Accessible.name: chooseLabel.text
                Accessible.description: qsTr("Choosing an entry loads it at once: the bundled files, then the files opened recently")
                // Mouse, Down/Up on the closed box and Enter in the popup all activate.
                onActivated: window.loadCurrent()

                delegate: ItemDelegate {
                    id: entry

                    required property int index
                    // The name, and a recent file's folder after it.
                    required property string shown

                    width: ListView.view ? ListView.view.width : implicitWidth
                    highlighted: ListView.isCurrentItem
                    text: shown
                    Accessible.name: text
                    // File names: plain text, never rich text that would load what it names.
                    contentItem: Label {
                        text: entry.text
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        verticalAlignment: Text.AlignVCenter
                        color: entry.highlighted ? entry.palette.highlightedText : entry.palette.text
                    }
                }

                popup: Popup {
                    y: sourceBox.height
                    width: sourceBox.width
                    // Kept inside the window, scrolling when the entries do not fit.
                    topMargin: 6
                    bottomMargin: 6
                    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
                    height: Math.min(implicitHeight, window.height - topMargin - bottomMargin)
                    padding: 1

                    contentItem: ListView {
                        objectName: "sourceList"
                        clip: true
                        implicitHeight: contentHeight
                        model: sourceBox.popup.visible ? sourceBox.delegateModel : null
                        currentIndex: sourceBox.highlightedIndex
                        section.property: "section"
                        section.delegate: Label {
                            required property string section
                            width: ListView.view.width
                            text: section
                            font.bold: true
                            leftPadding: 8
                            topPadding: 6
                            bottomPadding: 4
                            opacity: 0.75
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        ScrollIndicator.vertical: ScrollIndicator {}
                    }
                }
            }

            Button {
                id: openButton
                objectName: "openButton"
                text: qsTr("Open…")
                Accessible.name: qsTr("Open a file")
                Accessible.description: qsTr("Chooses any file to load into shared memory (Ctrl+O)")
                onClicked: window.openDialog()
            }

            Button {
                objectName: "loadAgainButton"
                text: qsTr("Load again")
                enabled: sourceBox.currentIndex >= 0
                Accessible.name: text
                Accessible.description: qsTr("Loads the chosen file into shared memory once more (F5)")
                onClicked: window.loadCurrent()
            }
        }

        CheckBox {
            id: followSwitch
            objectName: "followSwitch"
            text: qsTr("Reload when the file changes")
            Accessible.name: text
            Accessible.description: qsTr("Loads the chosen file again whenever it is saved, replaced, or comes back after being removed; bundled files never change")
        }

        StatusBanner {
            objectName: "statusBanner"
            Layout.fillWidth: true
            text: fileLoader.statusKind === FileLoader.Idle && assetList.problem !== "" ? assetList.problem : fileLoader.status
            kind: fileLoader.statusKind === FileLoader.Idle && assetList.problem !== "" ? FileLoader.Error : fileLoader.statusKind
            Accessible.description: qsTr("What the last load did")
        }

        Label {
            objectName: "infoLine"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: window.fill(qsTr("Key: %1  ·  Source: %2  ·  Drop a file here to load it"), window.key, assetList.problem !== "" ? (assetList.bundled ? qsTr("bundled files") : window.assetsDir) : assetList.description)
            elide: Text.ElideMiddle
            font.pointSize: chooseLabel.font.pointSize - 1
            opacity: 0.7
            Accessible.name: text
            Accessible.description: qsTr("The shared memory key and where the offered files come from")
        }
    }
}
