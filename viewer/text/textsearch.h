// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TEXTSEARCH_H
#define TEXTSEARCH_H

#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <functional>

// Finding every occurrence of a string, for TextFinder's worker: plain functions on a text that
// does not change while they run. stopped (a NewestJob ticket's staleCheck(), as
// RichTextDocument::parse takes) is asked between pieces: true ends the search early. Matches do
// not overlap and are kept as start offsets only (4 bytes each); their length is the needle's in
// UTF-16 units.
namespace TextSearch {

// At most this many matches are kept: 4 MB, and more than anyone steps through.
inline constexpr int DefaultMaxMatches = 1'000'000;

struct Result
{
    QList<quint32> offsets; // ascending
    bool capped = false; // there are more than the offsets kept
    bool stopped = false; // stopped early: the offsets are incomplete
};

// Byte offsets in UTF-8 text. The text is decoded a mebibyte at a time, so case-insensitive
// search folds case as QString does, and a match may span the pieces.
Result findUtf8(QByteArrayView text, QStringView needle, Qt::CaseSensitivity cs,
                const std::function<bool()> &stopped = {}, int maxMatches = DefaultMaxMatches);
// UTF-16 positions in text (a QTextDocument's positions, for rich text).
Result findUtf16(QStringView text, QStringView needle, Qt::CaseSensitivity cs,
                 const std::function<bool()> &stopped = {}, int maxMatches = DefaultMaxMatches);

// The byte offset units UTF-16 units after offset in UTF-8 text, at most its end. Counts as
// QString::fromUtf8 decodes (a malformed byte is one unit).
qsizetype advanceUtf8(QByteArrayView text, qsizetype offset, qsizetype units);

} // namespace TextSearch

#endif // TEXTSEARCH_H
