// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef PATTERNFRAME_H
#define PATTERNFRAME_H

#include <QCryptographicHash>
#include <QImage>
#include <QString>

#include <cstring>

// Frames of a stream for the frame tests and measurements: frame k is one of 16 RGBA patterns
// in which every byte depends on its place and on k % 16, with k itself in its first 8 bytes. A
// frame made of two writes (or of a write and what was there before) hashes to no frame's hash,
// and a producer at 200 frames/s of 1920 × 1080 only writes 8 bytes of each.
class PatternFrames
{
public:
    PatternFrames(int width, int height)
    {
        for (int base = 0; base < Bases; ++base) {
            QImage image(width, height, QImage::Format_RGBA8888);
            for (int y = 0; y < height; ++y) {
                uchar *row = image.scanLine(y);
                for (int x = 0; x < width * 4; ++x)
                    row[x] = uchar(x + 3 * y + 101 * base);
            }
            m_bases[base] = image;
        }
    }

    // Frame k: its pattern, stamped in place. Drop it before asking for the next one, or the
    // stamp copies the whole pattern (QImage detaches a shared image).
    QImage frame(quint64 k)
    {
        QImage &image = m_bases[k % Bases];
        const quint64 stamp = k;
        memcpy(image.bits(), &stamp, sizeof stamp);
        return image;
    }

    static QString sha256(const QImage &image)
    {
        const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                               image.sizeInBytes());
        return QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

private:
    static constexpr int Bases = 16;
    QImage m_bases[Bases];
};

#endif // PATTERNFRAME_H
