// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import ShmTheme
import ShmViewer

// The viewer's commands, each one Action that the menus, the tool bar and the text's bar share:
// its text, shortcut, enabled and checked state live here once. An Item, so that the shortcuts
// work wherever the window has the keyboard.
Item {
    id: root

    required property ThemedWindow window
    required property ViewerBackend backend
    required property TextView textView
    required property ImageView imageView
    required property FindBar findBar
    required property GoToLineBar goToLineBar
    required property FileDialog saveDialog

    readonly property Action saveAs: Action {
        text: qsTr("&Save As…")
        shortcut: "Ctrl+S"
        enabled: root.backend.canSave
        onTriggered: {
            root.saveDialog.selectedFile = root.backend.suggestedFileUrl
            root.saveDialog.open()
        }
    }
    readonly property Action quit: Action {
        text: qsTr("&Quit")
        shortcut: "Ctrl+Q"
        onTriggered: root.window.close()
    }

    // Ctrl+C and Ctrl+A (Cmd on macOS). Strings, not StandardKey: Qt 6.4's qmllint misreads that.
    readonly property Action copy: Action {
        text: qsTr("&Copy")
        shortcut: "Ctrl+C"
        enabled: root.backend.hasText
        onTriggered: root.textView.copySelection()
    }
    readonly property Action selectAll: Action {
        text: qsTr("Select &All")
        shortcut: "Ctrl+A"
        enabled: root.backend.hasText
        onTriggered: root.textView.selectAll()
    }
    readonly property Action find: Action {
        text: qsTr("&Find…")
        shortcut: "Ctrl+F"
        enabled: root.backend.hasText
        onTriggered: root.findBar.openFind()
    }
    readonly property Action findNext: Action {
        text: qsTr("Find &Next")
        shortcut: "F3"
        enabled: root.backend.hasText
        onTriggered: root.findBar.findNext()
    }
    readonly property Action findPrevious: Action {
        text: qsTr("Find &Previous")
        shortcut: "Shift+F3"
        enabled: root.backend.hasText
        onTriggered: root.findBar.findPrevious()
    }
    readonly property Action goToLine: Action {
        text: qsTr("&Go to Line…")
        shortcut: "Ctrl+G"
        enabled: root.backend.hasText && root.textView.rowsShown
        onTriggered: root.goToLineBar.openGoToLine()
    }

    readonly property Action back: Action {
        text: qsTr("&Back")
        shortcut: "Alt+Left"
        enabled: root.backend.history.canGoBack
        onTriggered: root.backend.goBack()
    }
    readonly property Action forward: Action {
        text: qsTr("&Forward")
        shortcut: "Alt+Right"
        enabled: root.backend.history.canGoForward
        onTriggered: root.backend.goForward()
    }
    readonly property Action latest: Action {
        text: qsTr("&Newest")
        shortcut: "Alt+End"
        enabled: root.backend.history.canGoForward
        onTriggered: root.backend.showLatest()
    }
    readonly property Action follow: Action {
        text: qsTr("F&ollow Latest")
        checkable: true
        checked: root.backend.followLatest
        onTriggered: root.backend.followLatest = checked
    }

    // Zoom, the text's or the image's: Ctrl++ and Ctrl+= in, Ctrl+- out, Ctrl+0 resets (fits an
    // image), Ctrl+1 shows an image at 100 %.
    readonly property Action zoomIn: Action {
        text: qsTr("Zoom &In")
        shortcut: "Ctrl++"
        enabled: root.backend.hasImage || root.backend.hasText
        onTriggered: root.backend.hasImage ? root.imageView.zoomIn() : root.textView.zoomIn()
    }
    readonly property Action zoomOut: Action {
        text: qsTr("Zoom &Out")
        shortcut: "Ctrl+-"
        enabled: root.backend.hasImage || root.backend.hasText
        onTriggered: root.backend.hasImage ? root.imageView.zoomOut() : root.textView.zoomOut()
    }
    readonly property Action zoomReset: Action {
        text: root.backend.hasImage ? qsTr("&Fit to Window") : qsTr("&Reset Zoom")
        shortcut: "Ctrl+0"
        enabled: root.backend.hasImage || root.backend.hasText
        onTriggered: root.backend.hasImage ? root.imageView.fit() : root.textView.resetZoom()
    }
    readonly property Action actualSize: Action {
        text: qsTr("&Actual Size")
        shortcut: "Ctrl+1"
        enabled: root.backend.hasImage
        onTriggered: root.imageView.actualSize()
    }
    Shortcut {
        sequence: "Ctrl+="
        enabled: root.zoomIn.enabled
        onActivated: root.zoomIn.trigger()
    }

    // The render mode: one of three.
    ActionGroup {
        id: renderModeGroup
    }
    readonly property Action plainMode: Action {
        text: qsTr("&Plain Text")
        checkable: true
        checked: root.textView.renderMode === TextRenderMode.Plain
        enabled: root.backend.hasText
        ActionGroup.group: renderModeGroup
        onTriggered: root.textView.renderMode = TextRenderMode.Plain
    }
    readonly property Action markdownMode: Action {
        text: qsTr("&Markdown")
        checkable: true
        checked: root.textView.renderMode === TextRenderMode.Markdown
        enabled: root.backend.hasText
        ActionGroup.group: renderModeGroup
        onTriggered: root.textView.renderMode = TextRenderMode.Markdown
    }
    readonly property Action htmlMode: Action {
        text: qsTr("&HTML")
        checkable: true
        checked: root.textView.renderMode === TextRenderMode.Html
        enabled: root.backend.hasText
        ActionGroup.group: renderModeGroup
        onTriggered: root.textView.renderMode = TextRenderMode.Html
    }

    // Wrap and line numbers follow their checked state, whoever changes it: the menu, the
    // check boxes on the text's bar (which toggle the action without triggering it) or a test.
    readonly property Action wrap: Action {
        id: wrapAction

        text: qsTr("&Wrap Lines")
        checkable: true
        checked: root.textView.wordWrap
        enabled: root.backend.hasText && root.textView.rowsShown
        onCheckedChanged: root.textView.wordWrap = wrapAction.checked
    }
    readonly property Action lineNumbers: Action {
        id: lineNumbersAction

        text: qsTr("Line &Numbers")
        checkable: true
        checked: root.textView.lineNumbers
        enabled: root.backend.hasText && root.textView.rowsShown
        onCheckedChanged: root.textView.lineNumbers = lineNumbersAction.checked
    }

    // The appearance: the system's, light or dark.
    ActionGroup {
        id: appearanceGroup
    }
    readonly property Action systemAppearance: Action {
        text: qsTr("&System")
        checkable: true
        checked: root.window.appearance === "system"
        ActionGroup.group: appearanceGroup
        onTriggered: root.window.appearance = "system"
    }
    readonly property Action lightAppearance: Action {
        text: qsTr("&Light")
        checkable: true
        checked: root.window.appearance === "light"
        ActionGroup.group: appearanceGroup
        onTriggered: root.window.appearance = "light"
    }
    readonly property Action darkAppearance: Action {
        text: qsTr("&Dark")
        checkable: true
        checked: root.window.appearance === "dark"
        ActionGroup.group: appearanceGroup
        onTriggered: root.window.appearance = "dark"
    }
}
