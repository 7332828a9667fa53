// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADTASK_H
#define LOADTASK_H

#include "assetcatalog.h"
#include "segmentwriter.h"

#include <QCoreApplication>

// One load of one source into the segment of one key. run() may block for as long as another
// process holds the segment's lock: call it on a worker thread only.
class LoadTask
{
    Q_DECLARE_TR_FUNCTIONS(LoadTask)
public:
    LoadTask(const QString &key, const AssetCatalog::Source &source);

    // Text or image, by what the content is (ContentSniffer); anything else is refused.
    SegmentWriter::Result run() const;

    // Enough of the start of a file to tell what it holds.
    static constexpr qsizetype HeadBytes = 4096;

    QString key() const { return m_key; }
    AssetCatalog::Source source() const { return m_source; }

private:
    QString m_key;
    AssetCatalog::Source m_source;
};

#endif // LOADTASK_H
