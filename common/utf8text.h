// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef UTF8TEXT_H
#define UTF8TEXT_H

#include <QByteArrayView>
#include <QString>

// Byte-level UTF-8 helpers: the segment stores bytes, and a cut must never split a sequence.
namespace Utf8Text {

// The largest length <= maxBytes at which text can be cut without splitting a UTF-8 sequence.
qsizetype truncationPoint(QByteArrayView text, qsizetype maxBytes);

// True when text is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF):
// Qt's own check. The reader runs it on its copy, after unlocking (docs/performance.md has the
// figures that chose it over a vectorised one of our own).
bool isValid(QByteArrayView text);

// Cuts a string to at most maxBytes of UTF-8 without splitting a character.
QByteArray truncated(const QString &text, qsizetype maxBytes);

} // namespace Utf8Text

#endif // UTF8TEXT_H
