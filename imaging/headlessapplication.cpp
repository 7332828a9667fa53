// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "headlessapplication.h"

static QtMessageHandler s_previousHandler = nullptr;

// Qt looks into XDG_RUNTIME_DIR while it starts a platform and warns when it is not set (cron,
// ssh, CI): a program without a window has no use for it. This one warning is dropped, nothing
// else, and only while the application is made.
static void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context,
                                  const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1StringView("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

HeadlessApplication::HeadlessApplication(int argc, char **argv)
{
    // Only the program's name: the rest was parsed under the QCoreApplication before, and a user's
    // -platform must not win over the offscreen one.
    m_arguments = {QByteArray(argc > 0 ? argv[0] : "shm"), QByteArray("-platform"),
                   QByteArray("offscreen")};
    for (QByteArray &argument : m_arguments)
        m_argv.push_back(argument.data());
    m_argv.push_back(nullptr);
    m_argc = int(m_arguments.size());
    s_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    m_application = std::make_unique<QGuiApplication>(m_argc, m_argv.data());
    qInstallMessageHandler(s_previousHandler);
}

HeadlessApplication::~HeadlessApplication() = default;
