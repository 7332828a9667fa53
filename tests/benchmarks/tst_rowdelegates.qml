// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// What a new text costs the viewer's GUI thread, by row delegate: the model is replaced and the
// ListView lays out its visible rows again, as after every update (the viewer's rows were
// TextEdit; since issue 17 a Text with a TextEdit loaded where needed: "TextLoader"). Not part
// of ctest; scripts/measure-performance.sh runs it with qmltestrunner and quotes the medians.
// Prints one line per delegate: "rowdelegate <kind> median <ms> p90 <ms>".

pragma ComponentBehavior: Bound

import QtQuick
import QtTest

Item {
    id: root

    width: 1000
    height: 800

    property int rowHeight: 18

    function makeLines(seed) {
        const lines = []
        for (let i = 0; i < 2000; ++i)
            lines.push("Line " + (i + seed) + " of the text: The quick brown fox jumps over the lazy "
                       + "dog; caf\u00e9 na\u00efve \u2014 lorem ipsum dolor sit amet")
        return lines
    }

    Component {
        id: textEditRow
        Item {
            required property string modelData
            width: ListView.view.width
            height: root.rowHeight
            TextEdit {
                anchors.fill: parent
                text: parent.modelData
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.NoWrap
                font.family: "monospace"
                readOnly: true
                selectByMouse: false
                activeFocusOnPress: false
                persistentSelection: true
            }
        }
    }
    Component {
        id: textInputRow
        Item {
            required property string modelData
            width: ListView.view.width
            height: root.rowHeight
            TextInput {
                anchors.fill: parent
                text: parent.modelData
                font.family: "monospace"
                readOnly: true
                selectByMouse: false
                activeFocusOnPress: false
                persistentSelection: true
            }
        }
    }
    Component {
        id: textRow
        Item {
            required property string modelData
            width: ListView.view.width
            height: root.rowHeight
            Text {
                anchors.fill: parent
                text: parent.modelData
                textFormat: Text.PlainText
                font.family: "monospace"
            }
        }
    }

    // The viewer's row since issue 17 (qml/viewer/TextRow.qml): a Text, and a TextEdit loaded only
    // into a row that holds the selection, a find match or the mouse's point (none here).
    Component {
        id: textLoaderRow
        Item {
            id: loaderRow
            required property string modelData
            width: ListView.view.width
            height: root.rowHeight
            Text {
                anchors.fill: parent
                visible: !editLoader.item
                text: loaderRow.modelData
                textFormat: Text.PlainText
                font.family: "monospace"
            }
            Loader {
                id: editLoader
                anchors.fill: parent
                active: false
                sourceComponent: TextEdit {
                    text: loaderRow.modelData
                    textFormat: TextEdit.PlainText
                    font.family: "monospace"
                    readOnly: true
                }
            }
        }
    }

    ListView {
        id: view
        anchors.fill: parent
        reuseItems: true
    }

    TestCase {
        name: "RowDelegates"
        when: windowShown

        // One round: a new text, the view laid out again; milliseconds on the GUI thread.
        function round(delegate, seed) {
            if (view.delegate !== delegate) {
                view.model = []
                view.delegate = delegate
            }
            const lines = root.makeLines(seed)
            const start = Date.now()
            view.model = lines
            view.forceLayout()
            const elapsed = Date.now() - start
            wait(5) // let the frame render, as between two updates
            return elapsed
        }

        function test_delegates() {
            const kinds = [["TextEdit", textEditRow], ["TextInput", textInputRow], ["Text", textRow],
                           ["TextLoader", textLoaderRow]]
            const times = kinds.map(() => [])
            // Interleaved, after a warm-up, so a busy moment of a shared machine hits all alike.
            for (let i = 0; i < kinds.length; ++i)
                round(kinds[i][1], 0)
            for (let n = 0; n < 60; ++n) {
                for (let i = 0; i < kinds.length; ++i)
                    times[i].push(round(kinds[i][1], n * 7 + 1))
            }
            for (let i = 0; i < kinds.length; ++i) {
                times[i].sort((a, b) => a - b)
                console.warn("rowdelegate", kinds[i][0], "median", times[i][30], "p90", times[i][54],
                             "rows", Math.ceil(view.height / root.rowHeight))
            }
        }
    }
}
