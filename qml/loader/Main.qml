// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmLoader

// The loader's window: choose a text and it is loaded at once. All work happens in FileLoader
// (C++, off the GUI thread); this file is layout only.
ApplicationWindow {
    id: window

    // What the command line chose (main.cpp), or a test: the key, and the folder of texts
    // (empty: the bundled ones).
    required property string key
    required property string assetsDir

    width: 640
    height: 200
    minimumWidth: 460
    minimumHeight: 190
    visible: true
    title: qsTr("Shared Memory Loader")

    function loadCurrent() {
        if (assetBox.currentIndex >= 0)
            fileLoader.load(assetBox.currentText);
    }

    FileLoader {
        id: fileLoader
        objectName: "fileLoader"
        key: window.key
        assetsDir: window.assetsDir
    }

    AssetList {
        id: assetList
        assetsDir: window.assetsDir
    }

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: window.close()
    }
    Shortcut {
        sequence: "F5"
        enabled: assetBox.currentIndex >= 0
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
                id: assetBox
                objectName: "assetBox"
                Layout.fillWidth: true
                model: assetList.names
                currentIndex: -1
                focus: true
                enabled: assetList.count > 0
                displayText: currentIndex < 0 ? (assetList.count > 0 ? qsTr("Choose a text or an image…") : qsTr("Nothing to offer")) : currentText
                Accessible.name: chooseLabel.text
                // A new list (another --assets folder) starts unchosen too, not at its first entry.
                onModelChanged: currentIndex = -1
                // Mouse, Down/Up on the closed box and Enter in the popup all activate.
                onActivated: window.loadCurrent()
            }

            Button {
                objectName: "loadAgainButton"
                text: qsTr("Load again")
                enabled: assetBox.currentIndex >= 0
                onClicked: window.loadCurrent()
            }
        }

        StatusBanner {
            objectName: "statusBanner"
            Layout.fillWidth: true
            text: fileLoader.statusKind === FileLoader.Idle && assetList.problem !== "" ? assetList.problem : fileLoader.status
            kind: fileLoader.statusKind === FileLoader.Idle && assetList.problem !== "" ? FileLoader.Error : fileLoader.statusKind
        }

        Item {
            Layout.fillHeight: true
        }

        Label {
            objectName: "infoLine"
            Layout.fillWidth: true
            text: qsTr("Key: %1  ·  Source: %2  ·  Drop a file here to load it").arg(window.key).arg(assetList.problem !== "" ? (assetList.bundled ? qsTr("bundled files") : window.assetsDir) : assetList.description)
            elide: Text.ElideMiddle
            font.pointSize: chooseLabel.font.pointSize - 1
            opacity: 0.7
        }
    }
}
