// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// Runs tst_viewer.qml against the real Main.qml and backends of the ShmViewer module.

#include "programsetup.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShmViewerPlugin)
Q_IMPORT_QML_PLUGIN(ShmThemePlugin)
Q_IMPORT_QML_PLUGIN(ShmViewerTestPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    // As main.cpp does: the window's settings need an organisation (XDG_CONFIG_HOME is the test's).
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QLatin1StringView(ProgramSetup::OrganizationName));
        QCoreApplication::setApplicationName(QStringLiteral("shm-viewer"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
#else
        Q_UNUSED(engine);
#endif
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_viewerqml, Setup)

#include "tst_viewerqml.moc"
