// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShmTheme
import ShmLoader

// The status line: one sentence, tinted and marked by what it reports, so an error never looks
// like a success.
Rectangle {
    id: banner

    property string text
    property int kind: FileLoader.Idle

    readonly property color accent: {
        switch (kind) {
        case FileLoader.Loaded:
            return Theme.success;
        case FileLoader.Waiting:
        case FileLoader.Warning:
            return Theme.warning;
        case FileLoader.Error:
            return Theme.failure;
        default:
            return Theme.busy;
        }
    }

    implicitHeight: Math.max(44, row.implicitHeight + 16)
    radius: 6
    color: Qt.tint(palette.base, Qt.rgba(accent.r, accent.g, accent.b, 0.12))
    border.color: Qt.tint(palette.base, Qt.rgba(accent.r, accent.g, accent.b, 0.45))

    Accessible.role: Accessible.StatusBar
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 10

        Item {
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22

            BusyIndicator {
                anchors.fill: parent
                padding: 0
                running: banner.kind === FileLoader.Waiting
                visible: running
            }
            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: banner.accent
                visible: banner.kind !== FileLoader.Waiting

                Text {
                    anchors.centerIn: parent
                    color: Theme.onAccent
                    font.bold: true
                    font.pixelSize: 14
                    text: {
                        switch (banner.kind) {
                        case FileLoader.Loaded:
                            return "\u2713";
                        case FileLoader.Warning:
                        case FileLoader.Error:
                            return "!";
                        default:
                            return "i";
                        }
                    }
                }
            }
        }

        Label {
            objectName: "statusText"
            Layout.fillWidth: true
            // It names files: plain text, never rich text.
            text: banner.text
            textFormat: Text.PlainText
            color: Qt.darker(banner.accent, 1.35)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
