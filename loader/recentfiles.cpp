// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

static const char SettingsKey[] = "recentFiles";

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    // What another version or a hand edit left: paths only, no duplicates, within the bound.
    const QStringList stored = QSettings().value(QLatin1StringView(SettingsKey)).toStringList();
    for (const QString &path : stored) {
        if (!path.isEmpty() && !m_paths.contains(path) && m_paths.size() < MaxCount)
            m_paths.append(path);
    }
}

QString RecentFiles::add(const QUrl &url)
{
    if (!url.isLocalFile())
        return QString();
    const QString path = QFileInfo(url.toLocalFile()).absoluteFilePath();
    m_paths.removeAll(path);
    m_paths.prepend(path);
    while (m_paths.size() > MaxCount)
        m_paths.removeLast();
    save();
    emit pathsChanged();
    return path;
}

void RecentFiles::clear()
{
    if (m_paths.isEmpty())
        return;
    m_paths.clear();
    save();
    emit pathsChanged();
}

void RecentFiles::save()
{
    QSettings settings;
    settings.setValue(QLatin1StringView(SettingsKey), m_paths);
}
