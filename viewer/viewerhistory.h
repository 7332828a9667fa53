// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VIEWERHISTORY_H
#define VIEWERHISTORY_H

#include "textsnapshot.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The last loads the viewer saw, oldest first, with the one on screen (current). Bounded twice:
// at most MaxEntries, and at most MaxBytes of payloads, line indexes and decoded images together;
// the oldest entries go first, the current one never. As a list model it feeds the History menu.
class ViewerHistory : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ViewerHistory is provided by ViewerBackend.history")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int current READ current NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY changed)
    // Loads that arrived after the one on screen while it was kept (follow latest off).
    Q_PROPERTY(int unseen READ unseen NOTIFY changed)
public:
    static constexpr int MaxEntries = 20;
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    enum Role {
        SourceNameRole = Qt::UserRole + 1,
        // The History menu's text: the name and the writer's local time, "notes.md (15:24:06)"; the
        // name alone for raw text. Made with one arg() call, so a name with %1 stays as it is.
        LabelRole,
        IsCurrentRole,
    };
    Q_ENUM(Role)

    explicit ViewerHistory(QObject *parent = nullptr);

    // Adds a load as the newest entry. With makeCurrent it becomes the one on screen; otherwise
    // it counts as unseen. Returns false (and keeps nothing) for a snapshot without content.
    bool append(const TextSnapshot &entry, bool makeCurrent);
    void clear();

    int count() const { return int(m_entries.size()); }
    int current() const { return m_current; }
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current >= 0 && m_current < count() - 1; }
    int unseen() const { return m_unseen; }
    qint64 memoryBytes() const { return m_bytes; }
    const TextSnapshot &entry(int index) const { return m_entries.at(index); }

    // Moves the current entry; false when there is none there. Reaching the newest entry marks
    // every load as seen.
    bool setCurrent(int index);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What an entry costs: its payload, line index and decoded image.
    static qint64 cost(const TextSnapshot &entry);

signals:
    void changed();

private:
    void trim();

    QList<TextSnapshot> m_entries;
    int m_current = -1;
    int m_unseen = 0;
    qint64 m_bytes = 0;
};

#endif // VIEWERHISTORY_H
