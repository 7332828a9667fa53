// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef ASSETCATALOG_H
#define ASSETCATALOG_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The texts the loader offers: the bundled assets compiled into the program (":/assets"), or the
// regular files of a folder given with --assets. Lists names only; nothing is read here.
class AssetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AssetCatalog)
public:
    // An empty folder means the bundled assets.
    explicit AssetCatalog(const QString &folder = {});

    static QString bundledFolder();

    bool isBundled() const { return m_folder.isEmpty(); }
    QString folder() const { return m_folder; }

    // Sorted file names; empty when the folder is missing or has no files (see problem()).
    QStringList names() const { return m_names; }
    // Why there is nothing to offer ("No folder /x", "/x holds no files"), or empty.
    QString problem() const { return m_problem; }
    // True when the folder itself is unusable (missing, not a folder, unreadable).
    bool folderMissing() const { return m_folderMissing; }
    // "7 bundled texts" or "5 files in /home/me/texts", for the window's info line.
    QString description() const;

    struct Source
    {
        QString path; // a resource path (":/assets/…") or a file system path
        QString sourceName; // what the viewer shows: the asset's name or the file's name
        bool inResources = false; // read with QFile: POSIX open() cannot see resources
    };
    // A listed name is the asset of that name; anything else is taken as a path.
    Source resolve(const QString &nameOrPath) const;

private:
    QString m_folder;
    QStringList m_names;
    QString m_problem;
    bool m_folderMissing = false;
};

#endif // ASSETCATALOG_H
