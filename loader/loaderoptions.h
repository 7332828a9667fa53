// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADEROPTIONS_H
#define LOADEROPTIONS_H

#include <QCommandLineParser>
#include <QString>

// shm-loader's command line. Parsed before any application object exists, so the headless modes
// can run without a display: only the window needs a QGuiApplication.
class LoaderOptions
{
    Q_DISABLE_COPY_MOVE(LoaderOptions)
public:
    enum class Mode { Window, List, Load, Help, Version, Error };

    LoaderOptions();

    // arguments as in argv, the program first.
    void parse(const QStringList &arguments);

    Mode mode() const { return m_mode; }
    QString errorText() const { return m_errorText; }
    QString key() const { return m_key; }
    QString assetsDir() const { return m_assetsDir; }
    QString loadTarget() const { return m_loadTarget; }
    int timeoutMs() const { return m_timeoutMs; } // -1: wait forever

    // Needs a QCoreApplication (Qt reads the program name from it).
    QString helpText() const { return m_parser.helpText(); }

private:
    Mode fail(const QString &text);
    Mode interpret();

    QCommandLineParser m_parser;
    Mode m_mode = Mode::Window;
    QString m_errorText;
    QString m_key;
    QString m_assetsDir;
    QString m_loadTarget;
    int m_timeoutMs = -1;
};

#endif // LOADEROPTIONS_H
