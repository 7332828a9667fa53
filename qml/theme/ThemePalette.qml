// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick

// The palette roles a window sets when its appearance is chosen rather than the system's
// (View ▸ Appearance ▸ Light or Dark). Theme holds a light and a dark instance.
QtObject {
    required property color window
    required property color windowText
    required property color base
    required property color alternateBase
    required property color text
    required property color button
    required property color buttonText
    required property color brightText
    required property color highlight
    required property color highlightedText
    required property color placeholderText
    required property color light
    required property color midlight
    required property color mid
    required property color dark
    required property color shadow
    required property color link
    required property color linkVisited
    required property color toolTipBase
    required property color toolTipText
    required property color disabledText
}
