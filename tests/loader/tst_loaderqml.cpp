// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Runs tst_loader.qml: the real Main.qml with the real backends, on segments of unique keys.

#include "programsetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShmLoaderPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)
Q_IMPORT_QML_PLUGIN(ShmLoaderTestPlugin)

class Setup : public QObject
{
    Q_OBJECT
public:
    // The recent files go to QSettings: into a folder of this run's own, never the user's, and
    // gone with it.
    Setup() { qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path())); }

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QCoreApplication::setOrganizationName(QLatin1StringView(ProgramSetup::OrganizationName));
        QCoreApplication::setApplicationName(QStringLiteral("tst_loaderqml"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Static modules live in the resources (Qt 6.5 adds this path by itself).
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir m_config;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_loaderqml, Setup)

#include "tst_loaderqml.moc"
