// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "textsearch.h"

#include "utf8text.h"

#include <QString>
#include <QStringMatcher>

#include <limits>

namespace {

// The length in bytes and in UTF-16 units of the UTF-8 sequence at data[0]; a malformed byte is
// one byte and one unit, as the decoder replaces it with one U+FFFD.
struct Sequence
{
    int bytes;
    int units;
};

Sequence sequenceAt(const uchar *data, qsizetype available)
{
    const uchar lead = data[0];
    int bytes = 1;
    int units = 1;
    if (lead >= 0xF0 && lead <= 0xF4) {
        bytes = 4;
        units = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        bytes = 3;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        bytes = 2;
    }
    if (bytes > available)
        return {1, 1};
    for (int i = 1; i < bytes; ++i) {
        if ((data[i] & 0xC0) != 0x80)
            return {1, 1};
    }
    return {bytes, units};
}

// Walks UTF-8 bytes and UTF-16 units in step, forwards only.
class Walker
{
public:
    Walker(QByteArrayView text, qsizetype offset)
        : m_data(reinterpret_cast<const uchar *>(text.data()))
        , m_size(text.size())
        , m_offset(offset)
    { }
    // Moves to the first sequence at or after the given number of units from the start.
    qsizetype byteOffsetAt(qsizetype unit)
    {
        while (m_unit < unit && m_offset < m_size) {
            const Sequence s = sequenceAt(m_data + m_offset, m_size - m_offset);
            m_offset += s.bytes;
            m_unit += s.units;
        }
        return m_offset;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_offset;
    qsizetype m_unit = 0;
};

bool isStopped(const std::function<bool()> &stopped)
{
    return stopped && stopped();
}

constexpr qsizetype PieceBytes = 1 << 20;
constexpr qsizetype PieceUnits = 1 << 20;

} // namespace

namespace TextSearch {

qsizetype advanceUtf8(QByteArrayView text, qsizetype offset, qsizetype units)
{
    offset = qBound(qsizetype(0), offset, text.size());
    return Walker(text, offset).byteOffsetAt(units);
}

Result findUtf8(QByteArrayView text, QStringView needle, Qt::CaseSensitivity cs,
                const std::function<bool()> &stopped, int maxMatches)
{
    Result result;
    if (needle.isEmpty() || text.isEmpty())
        return result;
    const qsizetype size = qMin(text.size(), qsizetype(std::numeric_limits<quint32>::max()));
    const QStringMatcher matcher(needle.toString(), cs);
    const qsizetype units = needle.size();
    // A piece holds several needles (a unit takes at most 3 bytes), so each step moves on.
    const qsizetype pieceBytes = qMax(PieceBytes, 8 * units);
    qsizetype pos = 0;
    while (pos < size) {
        if (isStopped(stopped)) {
            result.stopped = true;
            return result;
        }
        qsizetype end = size;
        if (size - pos > pieceBytes) {
            end = pos + Utf8Text::truncationPoint(text.sliced(pos, size - pos), pieceBytes);
            if (end <= pos)
                end = pos + pieceBytes;
        }
        const QByteArrayView piece = text.sliced(pos, end - pos);
        const QString decoded = QString::fromUtf8(piece);
        Walker walker(piece, 0);
        qsizetype from = 0;
        qsizetype found;
        while ((found = matcher.indexIn(decoded, from)) >= 0) {
            if (result.offsets.size() == maxMatches) {
                result.capped = true;
                return result;
            }
            result.offsets.append(quint32(pos + walker.byteOffsetAt(found)));
            from = found + units;
        }
        if (end == size)
            break;
        // A match may start in this piece and end in the next: go on from where one could start.
        const qsizetype restart = qMax(from, decoded.size() - units + 1);
        pos += qMax(qsizetype(1), walker.byteOffsetAt(restart));
    }
    return result;
}

Result findUtf16(QStringView text, QStringView needle, Qt::CaseSensitivity cs,
                 const std::function<bool()> &stopped, int maxMatches)
{
    Result result;
    if (needle.isEmpty() || text.isEmpty())
        return result;
    const qsizetype size = qMin(text.size(), qsizetype(std::numeric_limits<quint32>::max()));
    const QStringMatcher matcher(needle.toString(), cs);
    const qsizetype units = needle.size();
    qsizetype from = 0;
    // Searched a window at a time, so a stop takes effect within one window.
    for (qsizetype limit = 0; limit < size;) {
        if (isStopped(stopped)) {
            result.stopped = true;
            return result;
        }
        limit = qMin(size, limit + qMax(PieceUnits, 8 * units));
        const QStringView window = text.first(limit);
        qsizetype found;
        while ((found = matcher.indexIn(window, from)) >= 0) {
            if (result.offsets.size() == maxMatches) {
                result.capped = true;
                return result;
            }
            result.offsets.append(quint32(found));
            from = found + units;
        }
        from = qMax(from, limit - units + 1);
    }
    return result;
}

} // namespace TextSearch
