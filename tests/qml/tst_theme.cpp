// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShmThemePlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
#else
        Q_UNUSED(engine);
#endif
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_theme, Setup)

#include "tst_theme.moc"
