// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

pragma Singleton

import QtQuick

// The suite's colours, in one place for both programs, in a light and a dark set. Everything else
// follows the palette (window, text, base, highlight); these are the accents it has no role for.
// Each colour keeps a contrast of at least 4.5:1 against the background it is drawn on
// (tests/qml/tst_theme.qml checks this).
QtObject {
    // Set by each program's window from its palette: true when the window background is dark.
    property bool dark: false

    // Something failed: an unreadable segment, a load refused.
    readonly property color error: dark ? "#ff8a80" : "#b3261e"
    readonly property color failure: dark ? "#8c1d18" : "#c4271d"
    // Loaded, but not quite as the file is (truncated, not valid UTF-8); an odd segment size.
    readonly property color warningText: dark ? "#ffcc66" : "#8a5300"
    readonly property color warning: dark ? "#7a5200" : "#9a6700"
    // Loaded as is.
    readonly property color success: dark ? "#1d6b34" : "#1f7a3a"
    // Under way: waiting for the lock.
    readonly property color busy: dark ? "#2f5a99" : "#3d6fb6"
    // Text on an accent-coloured badge (failure, warning, success, busy).
    readonly property color onAccent: "white"
    // The notice bar (waiting for the lock, new loads): worth noticing, gone again by itself.
    readonly property color noticeBackground: dark ? "#4a3c10" : "#fff4ce"
    readonly property color noticeBorder: dark ? "#8a7020" : "#e0c060"
    readonly property color noticeText: dark ? "#fff0c0" : "#4d3800"
    // Find: every match, and the current one (drawn behind the palette's text colour).
    readonly property color findMatch: dark ? "#4d4400" : "#fff07a"
    readonly property color findCurrent: dark ? "#8f4a00" : "#ffa640"

    // A window's whole palette when its appearance is chosen, not the system's.
    readonly property ThemePalette lightPalette: ThemePalette {
        window: "#efefef"
        windowText: "#1a1a1a"
        base: "#ffffff"
        alternateBase: "#f5f5f5"
        text: "#1a1a1a"
        button: "#efefef"
        buttonText: "#1a1a1a"
        brightText: "#ffffff"
        highlight: "#2f6fb3"
        highlightedText: "#ffffff"
        placeholderText: "#5f6368"
        light: "#ffffff"
        midlight: "#e3e3e3"
        mid: "#b8b8b8"
        dark: "#9f9f9f"
        shadow: "#767676"
        link: "#0b57d0"
        linkVisited: "#6a1b9a"
        toolTipBase: "#ffffdc"
        toolTipText: "#1a1a1a"
        disabledText: "#8a8a8a"
    }
    readonly property ThemePalette darkPalette: ThemePalette {
        window: "#2b2d30"
        windowText: "#e8e8e8"
        base: "#1e1f22"
        alternateBase: "#26282b"
        text: "#e8e8e8"
        button: "#3a3d41"
        buttonText: "#e8e8e8"
        brightText: "#ffffff"
        highlight: "#2f65ca"
        highlightedText: "#ffffff"
        placeholderText: "#a0a4a8"
        light: "#54575c"
        midlight: "#4a4d52"
        mid: "#5c5f64"
        dark: "#18191b"
        shadow: "#000000"
        link: "#8ab4f8"
        linkVisited: "#c58af9"
        toolTipBase: "#3a3d41"
        toolTipText: "#e8e8e8"
        disabledText: "#7a7d82"
    }
}
