// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma Singleton

import QtQuick

// The suite's colours, in one place for both programs. Everything else follows the system
// palette (window, text, base, highlight); these are the accents the palette has no role for.
QtObject {
    // Something failed: an unreadable segment, a load refused.
    readonly property color error: "#b3261e"
    readonly property color failure: "#c4271d"
    // Loaded, but not quite as the file is (truncated, not valid UTF-8); an odd segment size.
    readonly property color warningText: "#8a5300"
    readonly property color warning: "#9a6700"
    // Loaded as is.
    readonly property color success: "#1f7a3a"
    // Under way: waiting for the lock.
    readonly property color busy: "#3d6fb6"
    // Text on an accent-coloured badge.
    readonly property color onAccent: "white"
    // The notice bar (waiting for the lock): worth noticing, gone again by itself.
    readonly property color noticeBackground: "#fff4ce"
    readonly property color noticeBorder: "#e0c060"
    readonly property color noticeText: "#4d3800"
}
