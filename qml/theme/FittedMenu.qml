// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item. Qt Quick Controls 6.4's Menu is as wide as its style's
// background (200 px in Fusion) whatever its items hold, so a longer label (a translation, most
// often) was cut short. Each item's implicit width already holds its label, check mark, submenu
// arrow and shortcut. The popup still keeps inside the window: Qt narrows a menu wider than the
// window, and a history entry's item elides its name then.
Menu {
    id: menu

    readonly property real widestItem: {
        let widest = 0
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (item)
                widest = Math.max(widest, item.implicitWidth)
        }
        return widest
    }

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            widestItem + leftPadding + rightPadding)
}
