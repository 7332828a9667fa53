// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "headlessapplication.h"

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
    m_application = std::make_unique<QGuiApplication>(m_argc, m_argv.data());
}

HeadlessApplication::~HeadlessApplication() = default;
