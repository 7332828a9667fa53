// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "programsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ProgramSetup {

void apply(const QString &program)
{
    QCoreApplication::setOrganizationName(QLatin1StringView(OrganizationName));
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHM_VERSION));

    // Loaded once, installed into every application object in turn. A language without a
    // catalogue (English, or one not translated) keeps the source strings.
    static QTranslator suite;
    static QTranslator qt;
    static const bool loaded = [] {
        const QLocale locale;
        const bool suiteFound = suite.load(locale, QStringLiteral("shm"), QStringLiteral("_"),
                                           QStringLiteral(":/i18n"));
        const bool qtFound = qt.load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return suiteFound || qtFound;
    }();
    if (!loaded)
        return;
    if (!qt.isEmpty())
        QCoreApplication::installTranslator(&qt);
    if (!suite.isEmpty())
        QCoreApplication::installTranslator(&suite);
}

} // namespace ProgramSetup
