// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls

// A program's main window with a light or dark appearance: the system's, unless the user chose
// one. Sets the whole palette when the choice differs from the system, and Theme.dark, so the
// accent colours match the background. Both programs' Main.qml derive from it.
ApplicationWindow {
    id: window

    // "system", "light" or "dark".
    property string appearance: "system"

    readonly property bool systemDark: systemColors.window.hslLightness < 0.5
    readonly property bool dark: appearance === "dark" || (appearance !== "light" && systemDark)
    // The system's palette does not give this appearance: Theme's palette replaces it.
    readonly property bool themed: dark !== systemDark
    readonly property ThemePalette surface: dark ? Theme.darkPalette : Theme.lightPalette

    SystemPalette {
        id: systemColors
    }
    SystemPalette {
        id: systemDisabled
        colorGroup: SystemPalette.Disabled
    }
    Binding {
        target: Theme
        property: "dark"
        value: window.dark
    }

    palette.window: themed ? surface.window : systemColors.window
    palette.active.windowText: themed ? surface.windowText : systemColors.windowText
    palette.inactive.windowText: themed ? surface.windowText : systemColors.windowText
    palette.base: themed ? surface.base : systemColors.base
    palette.alternateBase: themed ? surface.alternateBase : systemColors.alternateBase
    palette.active.text: themed ? surface.text : systemColors.text
    palette.inactive.text: themed ? surface.text : systemColors.text
    palette.button: themed ? surface.button : systemColors.button
    palette.active.buttonText: themed ? surface.buttonText : systemColors.buttonText
    palette.inactive.buttonText: themed ? surface.buttonText : systemColors.buttonText
    palette.highlight: themed ? surface.highlight : systemColors.highlight
    palette.highlightedText: themed ? surface.highlightedText : systemColors.highlightedText
    palette.placeholderText: themed ? surface.placeholderText : systemColors.placeholderText
    palette.light: themed ? surface.light : systemColors.light
    palette.midlight: themed ? surface.midlight : systemColors.midlight
    palette.mid: themed ? surface.mid : systemColors.mid
    palette.dark: themed ? surface.dark : systemColors.dark
    palette.shadow: themed ? surface.shadow : systemColors.shadow
    palette.toolTipBase: themed ? surface.toolTipBase : Theme.lightPalette.toolTipBase
    palette.toolTipText: themed ? surface.toolTipText : Theme.lightPalette.toolTipText
    palette.brightText: surface.brightText
    palette.link: surface.link
    palette.linkVisited: surface.linkVisited
    // The roles that differ when disabled are set per colour group: setting the role for all
    // groups would override the disabled colour.
    palette.disabled.windowText: themed ? surface.disabledText : systemDisabled.windowText
    palette.disabled.text: themed ? surface.disabledText : systemDisabled.text
    palette.disabled.buttonText: themed ? surface.disabledText : systemDisabled.buttonText
}
