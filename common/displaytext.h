// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef DISPLAYTEXT_H
#define DISPLAYTEXT_H

#include <QString>
#include <QStringView>

// Text from the segment or from a user's file names, made safe to show: a name must not be able
// to drive the terminal (ESC ]52 sets its clipboard, ESC [2J clears it) nor reorder or hide what
// is around it (U+202E, U+200B). The one rule for every human-readable line; JSON escapes on its
// own.
namespace DisplayText {

// True for what is escaped: controls (C0, DEL, C1: category Cc), format characters (Cf: bidi
// embeddings, overrides and isolates, zero-width characters, tags), line and paragraph
// separators (Zl, Zp) and unpaired surrogates (Cs).
bool isHidden(char32_t codePoint);

// text with each hidden character written as an escape: \xHH below U+0100 (\x1b, \x7f, \x9b),
// \uHHHH in the BMP (\u202e), \UHHHHHHHH above it (\U000e0041). Everything else, a backslash
// included, stays as it is, so an ordinary name reads the same.
QString escaped(QStringView text);

// text without its hidden characters: for a file name one saves under.
QString withoutHidden(QStringView text);

} // namespace DisplayText

#endif // DISPLAYTEXT_H
