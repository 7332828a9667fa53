// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import ShmTheme
import ShmViewer
import "Scrolling.js" as Scrolling

// Markdown or HTML rendered: a Flickable over the document, whose RichTextItem stays the size of
// the viewport and draws only what is in it. Links open in the browser when clicked.
FocusScope {
    id: root

    property TextLinesModel lines
    property int mode: TextRenderMode.Plain
    property font textFont
    property TextFinder finder
    readonly property alias item: richItem
    readonly property alias flickable: flickable
    // A document of the current text and mode is shown.
    readonly property bool ready: richItem.ready

    signal contextMenuRequested()

    function scrollToTop() {
        flickable.contentX = 0
        flickable.contentY = 0
    }

    // Scrolls a document position into view, a third from the top when it has to move.
    function showPosition(position: real) {
        const r = richItem.positionRectangle(position)
        if (r.height <= 0)
            return
        if (r.y < flickable.contentY || r.y + r.height > flickable.contentY + flickable.height)
            Scrolling.scrollBy(flickable, 0, r.y - flickable.height / 3 - flickable.contentY)
        if (r.x < flickable.contentX || r.x > flickable.contentX + flickable.width - verticalBar.width)
            Scrolling.scrollBy(flickable, r.x - flickable.width / 3 - flickable.contentX, 0)
    }

    Flickable {
        id: flickable

        objectName: "richText"
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: Math.max(width, richItem.documentWidth)
        contentHeight: richItem.documentHeight
        focus: true
        activeFocusOnTab: true

        ScrollBar.vertical: ScrollBar {
            id: verticalBar
            policy: flickable.contentHeight > flickable.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        ScrollBar.horizontal: ScrollBar {
            policy: flickable.contentWidth > flickable.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        // Always at the viewport: it paints the part of the document under it.
        RichTextItem {
            id: richItem

            objectName: "richTextItem"
            x: flickable.contentX
            y: flickable.contentY
            width: flickable.width - (verticalBar.visible ? verticalBar.width : 0)
            height: flickable.height
            contentX: flickable.contentX
            contentY: flickable.contentY
            layoutWidth: flickable.width - verticalBar.width
            lines: root.lines
            mode: root.mode
            font: root.textFont
            finder: root.finder
            textColor: root.palette.text
            linkColor: root.palette.link
            selectionColor: root.palette.highlight
            selectedTextColor: root.palette.highlightedText
            matchColor: Theme.findMatch
            currentMatchColor: Theme.findCurrent
            onLinkActivated: (url) => Qt.openUrlExternally(url)
            onAutoScrollRequested: (dy) => Scrolling.scrollBy(flickable, 0, dy)
            onContextMenuRequested: root.contextMenuRequested()
        }

        Keys.onPressed: (event) => {
            const step = 3 * Math.ceil(root.textFont.pixelSize > 0 ? root.textFont.pixelSize
                                                                  : root.textFont.pointSize * 4 / 3)
            const page = Math.max(step, flickable.height - step)
            switch (event.key) {
            case Qt.Key_Up:
                Scrolling.scrollBy(flickable, 0, -step)
                break
            case Qt.Key_Down:
                Scrolling.scrollBy(flickable, 0, step)
                break
            case Qt.Key_PageUp:
                Scrolling.scrollBy(flickable, 0, -page)
                break
            case Qt.Key_PageDown:
                Scrolling.scrollBy(flickable, 0, page)
                break
            case Qt.Key_Left:
                Scrolling.scrollBy(flickable, -step, 0)
                break
            case Qt.Key_Right:
                Scrolling.scrollBy(flickable, step, 0)
                break
            case Qt.Key_Home:
                root.scrollToTop()
                break
            case Qt.Key_End:
                Scrolling.scrollBy(flickable, 0, flickable.contentHeight)
                break
            default:
                return
            }
            event.accepted = true
        }
    }
}
