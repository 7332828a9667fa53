// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef RECENTFILES_H
#define RECENTFILES_H

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

// The files last opened in the window (Open…), newest first, at most MaxCount, kept in the
// user's settings (QSettings of the application: ~/.config/SharedMemoryLoader/shm-loader.conf)
// so the dropdown offers them again after a restart.
class RecentFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)

public:
    static constexpr int MaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }

    // Puts a local file first (once), drops the oldest beyond MaxCount, saves. Returns its path,
    // or an empty string for a URL that is not a local file (nothing is kept).
    Q_INVOKABLE QString add(const QUrl &url);
    Q_INVOKABLE void clear();

signals:
    void pathsChanged();

private:
    void save();

    QStringList m_paths;
};

#endif // RECENTFILES_H
