// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls

// A menu item that shows its action's shortcut at the right, as desktop menus do (Qt Quick
// Controls 6.4's MenuItem does not). The style's own look is kept: only room is added.
MenuItem {
    id: item

    // As the system's language writes it ("Strg+F" in German), from Qt's own catalogue.
    readonly property string shortcutText: keys.nativeText

    rightPadding: padding + (shortcutText !== "" ? shortcutLabel.implicitWidth + 32 : 0)
    // Qt Quick 6.4 gives screen readers the text with its mnemonic mark ("&Copy"): read "Copy".
    Accessible.name: text.replace(/&(.)/g, "$1")

    // Only for its nativeText: disabled, it never takes the key from the action.
    Shortcut {
        id: keys

        enabled: false
        sequence: item.action && item.action.shortcut ? item.action.shortcut : ""
    }

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
