// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerhistory.h"

#include <QLocale>

ViewerHistory::ViewerHistory(QObject *parent)
    : QAbstractListModel(parent)
{ }

qint64 ViewerHistory::cost(const TextSnapshot &entry)
{
    return entry.snapshot.payload.size() + entry.lines.count() * qint64(sizeof(quint32))
            + entry.image.sizeInBytes();
}

bool ViewerHistory::append(const TextSnapshot &entry, bool makeCurrent)
{
    if (!entry.snapshot.hasText() && !entry.snapshot.hasImage())
        return false;
    const int row = count();
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    m_bytes += cost(entry);
    endInsertRows();
    if (makeCurrent || m_current < 0) {
        m_current = row;
        m_unseen = 0;
    } else {
        ++m_unseen;
    }
    trim();
    emit dataChanged(index(0), index(count() - 1), {IsCurrentRole});
    emit changed();
    return true;
}

void ViewerHistory::clear()
{
    beginResetModel();
    m_entries.clear();
    m_current = -1;
    m_unseen = 0;
    m_bytes = 0;
    endResetModel();
    emit changed();
}

// Drops the oldest entries until both bounds hold, but never the current one (on screen, so its
// memory is in use anyway) nor the newest (a load not seen yet must not vanish): those two alone
// may exceed MaxBytes with a large segment.
void ViewerHistory::trim()
{
    int row = 0;
    while (row < count() && (count() > MaxEntries || m_bytes > MaxBytes)) {
        if (row == m_current || row == count() - 1) {
            ++row;
            continue;
        }
        beginRemoveRows(QModelIndex(), row, row);
        m_bytes -= cost(m_entries.at(row));
        m_entries.removeAt(row);
        if (m_current > row)
            --m_current;
        endRemoveRows();
    }
    m_unseen = qMin(m_unseen, count() - 1 - m_current);
}

bool ViewerHistory::setCurrent(int index)
{
    if (index < 0 || index >= count())
        return false;
    const int previous = m_current;
    m_current = index;
    if (m_current == count() - 1)
        m_unseen = 0;
    else
        m_unseen = qMin(m_unseen, count() - 1 - m_current);
    if (previous >= 0 && previous < count())
        emit dataChanged(this->index(previous), this->index(previous), {IsCurrentRole});
    emit dataChanged(this->index(index), this->index(index), {IsCurrentRole});
    emit changed();
    return true;
}

int ViewerHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ViewerHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentSnapshot &snapshot = m_entries.at(index.row()).snapshot;
    const QString name = snapshot.sourceName.isEmpty() ? tr("(no name)") : snapshot.sourceName;
    switch (role) {
    case Qt::DisplayRole:
    case SourceNameRole:
        return name;
    case LabelRole:
        if (!snapshot.loadedAt.isValid())
            return name;
        //: a load in the History menu: %1 is its name, %2 the time it was loaded (15:24:06)
        return tr("%1 (%2)").arg(name,
                                 QLocale().toString(snapshot.loadedAt.toLocalTime().time(),
                                                    QStringLiteral("HH:mm:ss")));
    case IsCurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewerHistory::roleNames() const
{
    return {{SourceNameRole, "sourceName"}, {LabelRole, "label"}, {IsCurrentRole, "isCurrent"}};
}
