// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef SAVENAME_H
#define SAVENAME_H

#include <QString>
#include <QStringList>

// The file name Save As suggests. Name and type both come from the segment, so the name must not
// lie: no folder, no leading dot (never a hidden file such as .bashrc), no control or invisible
// character (a\u202Etxt.sh shows as "ahs.txt"), and the extension is the content type's, never
// the name's.
namespace SaveName {

// The extensions that fit a content type, the usual one first: "text/html; charset=utf-8" →
// html, htm. Any other text/ type is txt; a type the viewer does not show, bin.
QStringList extensionsFor(const QString &contentType);

// "notes.md" as text/markdown stays "notes.md"; "a\u202Etxt.sh" as text/plain becomes
// "atxt.txt", "photo.jpg" as image/png "photo.png", "README" as text/plain "README.txt".
QString suggested(const QString &sourceName, const QString &contentType);

} // namespace SaveName

#endif // SAVENAME_H
