// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Runs tst_loader.qml: the real Main.qml with the real backends, on segments of unique keys.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShmLoaderPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)
Q_IMPORT_QML_PLUGIN(ShmLoaderTestPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // The recent files go to QSettings: the test's own, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Shared Memory Loader"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_loaderqml"));
    }
    void cleanupTestCase()
    {
        const QString file = QSettings().fileName();
        QFile::remove(file);
        QDir().rmdir(QFileInfo(file).absolutePath());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Static modules live in the resources (Qt 6.5 adds this path by itself).
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_loaderqml, Setup)

#include "tst_loaderqml.moc"
