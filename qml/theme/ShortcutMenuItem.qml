// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls

// A menu item that shows its action's shortcut at the right, as desktop menus do (Qt Quick
// Controls 6.4's MenuItem does not). The style's own look is kept: only room is added.
MenuItem {
    id: item

    readonly property string shortcutText: action && action.shortcut ? String(action.shortcut) : ""

    rightPadding: padding + (shortcutText !== "" ? shortcutLabel.implicitWidth + 32 : 0)
    // Qt Quick 6.4 gives screen readers the text with its mnemonic mark ("&Copy"): read "Copy".
    Accessible.name: text.replace(/&(.)/g, "$1")

    Label {
        id: shortcutLabel

        x: item.width - width - item.padding
        y: item.topPadding + (item.availableHeight - height) / 2
        visible: item.shortcutText !== ""
        text: item.shortcutText
        color: item.highlighted ? item.palette.highlightedText : item.palette.text
        opacity: item.enabled ? 0.75 : 0.5
    }
}
