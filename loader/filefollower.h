// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef FILEFOLLOWER_H
#define FILEFOLLOWER_H

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

// Tells when a file changes: written, replaced (an editor that saves by writing a new file and
// renaming it over the old one), removed, or back again. Watches the file and its folder
// (QFileSystemWatcher), since a watch on a file ends with the file: its folder sees it come back.
// Changes are debounced: at most one changed() per DebounceMs, and one after the last change.
class FileFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 100;

    explicit FileFollower(QObject *parent = nullptr);

    // Follows the file at path (which need not exist yet); an empty path stops following.
    void follow(const QString &path);
    void stop() { follow(QString()); }
    QString path() const { return m_path; }
    bool isFollowing() const { return !m_path.isEmpty(); }

signals:
    void changed();

private:
    // What a change of the folder must change for it to concern the file.
    struct Signature
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        quint32 mode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        bool operator==(const Signature &other) const
        {
            return exists == other.exists && device == other.device && inode == other.inode
                    && mode == other.mode && size == other.size && modifiedNs == other.modifiedNs;
        }
    };
    static Signature signatureOf(const QString &path);

    void fileEvent();
    void folderEvent();
    void settle();
    void watch();

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_path;
    QString m_folder;
    Signature m_seen;
};

#endif // FILEFOLLOWER_H
