// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef ASSETLIST_H
#define ASSETLIST_H

#include "assetcatalog.h"

#include <QObject>
#include <QQmlEngine>

// The names the dropdown offers: the bundled assets, or the files of assetsDir. Names only, so
// building it costs a directory listing and no file reads. A plain string list is all a
// ComboBox needs as its model.
class AssetList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString assetsDir READ assetsDir WRITE setAssetsDir NOTIFY assetsDirChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY listingChanged)
    Q_PROPERTY(int count READ count NOTIFY listingChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY listingChanged)
    Q_PROPERTY(QString description READ description NOTIFY listingChanged)
    Q_PROPERTY(bool bundled READ bundled NOTIFY listingChanged)

public:
    explicit AssetList(QObject *parent = nullptr);

    QString assetsDir() const { return m_catalog.folder(); }
    void setAssetsDir(const QString &dir);
    QStringList names() const { return m_catalog.names(); }
    int count() const { return int(m_catalog.names().size()); }
    // Why there is nothing to offer (missing or empty folder), or empty.
    QString problem() const { return m_catalog.problem(); }
    // "7 bundled texts", "3 files in /home/me/texts", or the problem.
    QString description() const { return m_catalog.description(); }
    bool bundled() const { return m_catalog.isBundled(); }

signals:
    void assetsDirChanged();
    void listingChanged();

private:
    AssetCatalog m_catalog;
};

#endif // ASSETLIST_H
