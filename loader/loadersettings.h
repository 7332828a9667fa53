// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADERSETTINGS_H
#define LOADERSETTINGS_H

#include <QObject>
#include <QQmlEngine>

// What the command line chose for the window: the key and the folder of texts (empty: the
// bundled ones). main() fills it before the window is created; tests set it from QML.
class LoaderSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QString assetsDir READ assetsDir WRITE setAssetsDir NOTIFY assetsDirChanged)

public:
    explicit LoaderSettings(QObject *parent = nullptr);

    QString key() const { return m_key; }
    void setKey(const QString &key);
    QString assetsDir() const { return m_assetsDir; }
    void setAssetsDir(const QString &dir);

signals:
    void keyChanged();
    void assetsDirChanged();

private:
    QString m_key;
    QString m_assetsDir;
};

#endif // LOADERSETTINGS_H
