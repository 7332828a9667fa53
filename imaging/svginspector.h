// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SVGINSPECTOR_H
#define SVGINSPECTOR_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads an SVG document before Qt's SVG engine sees it, and refuses what that engine would turn
// against us (docs/reliability.md, "Untrusted content: SVG"):
// - anything that names something outside the document: Qt opens an <image>'s file (even a FIFO
//   or /dev/tty, where the open blocks), a file named by <?xml-stylesheet?>, and an embedded
//   SVG's own references. Allowed are only same-document "#id" references (url(#id), href="#id"
//   on anything but <image>) and <image> data: URIs that hold a raster image (not an SVG), which
//   is decoded here first, so that Qt never falls back to opening the URI as a file name;
// - what makes it explode: gzip (inflated here, with a cap), nesting, element count, the
//   elements <use> and href chains expand to (1 KB of <use> can ask for 10^9 draws), reference
//   loops, embedded images' decoded size.
// QXmlStreamReader without namespace processing, as Qt SVG reads it; prefixes are ignored when
// names are compared, so a renamed xlink prefix hides nothing.
// A class of static functions, not a namespace, only for its translation context (tr()).
class SvgInspector
{
    Q_DECLARE_TR_FUNCTIONS(SvgInspector)
public:
    static constexpr qsizetype MaxDocumentBytes = 16 * 1024 * 1024; // after inflating
    static constexpr int MaxDepth = 128;
    static constexpr qint64 MaxElements = 100000;
    static constexpr qint64 MaxDrawnElements = 200000; // after <use> and href expansion
    static constexpr qint64 MaxEmbeddedImageMiB = 64; // all data: images, decoded

    struct Result
    {
        QByteArray document; // the plain (inflated) SVG, for Qt; empty when refused
        bool hasText = false; // <text> or <textArea>: Qt needs its font database (a GUI app)
        QString problem; // English: "too complex: …", "refers to …"; empty when accepted
        QString message; // the same in the user's language
    };

    static Result inspect(const QByteArray &bytes);
};

#endif // SVGINSPECTOR_H
