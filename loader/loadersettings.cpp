// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loadersettings.h"

#include "shmconstants.h"

LoaderSettings::LoaderSettings(QObject *parent)
    : QObject(parent)
    , m_key(QLatin1StringView(ShmConstants::DefaultKey))
{ }

void LoaderSettings::setKey(const QString &key)
{
    if (m_key == key)
        return;
    m_key = key;
    emit keyChanged();
}

void LoaderSettings::setAssetsDir(const QString &dir)
{
    if (m_assetsDir == dir)
        return;
    m_assetsDir = dir;
    emit assetsDirChanged();
}
