// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "assetlist.h"

AssetList::AssetList(QObject *parent)
    : QObject(parent)
{ }

void AssetList::setAssetsDir(const QString &dir)
{
    if (m_catalog.folder() == dir)
        return;
    m_catalog = AssetCatalog(dir);
    emit assetsDirChanged();
    emit listingChanged();
}
