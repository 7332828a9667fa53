// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "assetcatalog.h"

#include <QDir>
#include <QFileInfo>

AssetCatalog::AssetCatalog(const QString &folder)
    : m_folder(folder)
{
    const QDir dir(isBundled() ? bundledFolder() : m_folder);
    if (!isBundled()) {
        const QFileInfo info(m_folder);
        if (!info.exists()) {
            m_folderMissing = true;
            //: %1 is the folder given with --assets
            m_problem = tr("No folder %1").arg(QDir::toNativeSeparators(m_folder));
            return;
        }
        if (!info.isDir()) {
            m_folderMissing = true;
            //: %1 is the path given with --assets
            m_problem = tr("%1 is not a folder").arg(QDir::toNativeSeparators(m_folder));
            return;
        }
        if (!info.isReadable()) {
            m_folderMissing = true;
            //: %1 is the folder given with --assets
            m_problem = tr("Cannot read the folder %1: permission denied")
                                .arg(QDir::toNativeSeparators(m_folder));
            return;
        }
    }
    // Files only (symbolic links to files count, hidden files do not); no sizes, no reading.
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort);
    for (const QFileInfo &entry : entries)
        m_names.append(entry.fileName());
    m_names.sort();
    if (m_names.isEmpty() && isBundled()) {
        m_problem = tr("No bundled texts: the program was built without them");
    } else if (m_names.isEmpty()) {
        //: %1 is the folder given with --assets
        m_problem = tr("%1 holds no files to load").arg(QDir::toNativeSeparators(m_folder));
    }
}

QString AssetCatalog::bundledFolder()
{
    return QStringLiteral(":/assets");
}

QString AssetCatalog::description() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    const qsizetype count = m_names.size();
    // One string for one file, one for more (no %n forms: English has no catalogue).
    if (isBundled()) {
        if (count == 1)
            return tr("1 bundled file");
        //: %1 is a number of files, two or more
        return tr("%1 bundled files").arg(count);
    }
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (count == 1) {
        //: %1 is a folder
        return tr("1 file in %1").arg(folder);
    }
    //: %1 is a number of files (two or more), %2 the folder
    return tr("%1 files in %2").arg(count).arg(folder);
}

AssetCatalog::Source AssetCatalog::resolve(const QString &nameOrPath) const
{
    Source source;
    if (m_names.contains(nameOrPath)) {
        source.path = (isBundled() ? bundledFolder() : m_folder) + u'/' + nameOrPath;
        source.sourceName = nameOrPath;
        source.inResources = isBundled();
        return source;
    }
    source.path = nameOrPath;
    const QString fileName = QFileInfo(nameOrPath).fileName();
    source.sourceName = fileName.isEmpty() ? nameOrPath : fileName;
    return source;
}
