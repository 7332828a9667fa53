// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtTest
import ShmTheme

// Every text colour the programs draw keeps a contrast of at least 4.5:1 (WCAG AA) with the
// background it is drawn on, in the light and in the dark appearance.
TestCase {
    id: testCase

    name: "ThemeContrast"

    // WCAG 2 relative luminance and contrast ratio.
    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    // [what, foreground, background] for the appearance Theme.dark currently selects.
    function pairs() {
        const p = Theme.dark ? Theme.darkPalette : Theme.lightPalette
        return [
            ["text on base", p.text, p.base],
            ["window text on window", p.windowText, p.window],
            ["button text on button", p.buttonText, p.button],
            ["placeholder text on base", p.placeholderText, p.base],
            ["placeholder text on window", p.placeholderText, p.window],
            ["highlighted text on highlight", p.highlightedText, p.highlight],
            ["link on base", p.link, p.base],
            ["tool tip", p.toolTipText, p.toolTipBase],
            ["error on window", Theme.error, p.window],
            ["error on base", Theme.error, p.base],
            ["warning text on window", Theme.warningText, p.window],
            ["notice text on notice", Theme.noticeText, Theme.noticeBackground],
            ["error on notice", Theme.error, Theme.noticeBackground],
            ["badge on failure", Theme.onAccent, Theme.failure],
            ["badge on warning", Theme.onAccent, Theme.warning],
            ["badge on success", Theme.onAccent, Theme.success],
            ["badge on busy", Theme.onAccent, Theme.busy],
            ["text on a find match", p.text, Theme.findMatch],
            ["text on the current match", p.text, Theme.findCurrent],
        ]
    }

    function checkAll(appearance) {
        for (const [what, fg, bg] of pairs()) {
            const ratio = contrast(fg, bg)
            verify(ratio >= 4.5, `${appearance}: ${what}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`)
        }
    }

    function test_light() {
        Theme.dark = false
        checkAll("light")
    }

    function test_dark() {
        Theme.dark = true
        checkAll("dark")
        Theme.dark = false
    }

    // The check itself can fail: grey on grey does.
    function test_contrastFormula() {
        fuzzyCompare(contrast(Qt.color("black"), Qt.color("white")), 21, 0.01)
        verify(contrast(Qt.color("#777777"), Qt.color("#888888")) < 1.5)
    }
}
