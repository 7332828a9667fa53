// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef IMAGEFITTER_H
#define IMAGEFITTER_H

#include <QByteArray>
#include <QImage>
#include <QString>

// An image too large for the segment is never cut: it is scaled down, keeping its aspect ratio,
// and encoded again, as large as still fits. PNG when it has transparency or came from a
// lossless format (PNG, GIF, BMP, SVG), JPEG otherwise (JPEG, WebP).
//
// "As large as fits" means: its longer side is at least 98 % of the longest side whose encode
// fits (tests/imaging checks it against a search to the pixel). The size is predicted from
// encodes of small downscaled trials, then at most MaxEncodes encodes of candidates at the
// full scale decide, so the time stays bounded whatever the image.
namespace ImageFitter {

inline constexpr int JpegQuality = 90;

// Encodes of candidates (scaled from the image itself, not trials): usually one to three.
inline constexpr int MaxEncodes = 6;

struct Result
{
    QByteArray bytes; // empty when no size fits
    QString contentType; // "image/png" or "image/jpeg"
    QImage image; // what bytes decode to (its size goes into the header)
    int encodes = 0; // encodes of candidates it took, at most MaxEncodes (trials not counted)
};

// The bytes of image in format ("png", "jpeg" at JpegQuality); empty when it cannot be written.
QByteArray encode(const QImage &image, const char *format);

// image scaled (smoothly) so that its longer side is side, keeping the aspect ratio (the shorter
// side at least 1).
QImage scaledToLongerSide(const QImage &image, int side);

// image: decoded; sourceType: the media type it came in; maxBytes: the segment's room.
Result fit(QImage image, const QString &sourceType, qsizetype maxBytes);

} // namespace ImageFitter

#endif // IMAGEFITTER_H
