// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef PROGRAMSETUP_H
#define PROGRAMSETUP_H

#include <QString>

// What both programs do as soon as an application object exists, in one place: their names (the
// settings file ~/.config/SharedMemoryLoader/<program>.conf, --version) and the translations for
// the system's language (the suite's own, compiled in as :/i18n/shm_<language>.qm, and Qt's, for
// its dialogs and messages).
namespace ProgramSetup {

inline constexpr char OrganizationName[] = "SharedMemoryLoader";

// Call after each QCoreApplication/QGuiApplication is made: the programs parse their command line
// under a Qt Core application of its own first (not for the window, whose QGuiApplication must be
// the first: main.cpp says why), so that --help and its errors are translated too.
void apply(const QString &program);

} // namespace ProgramSetup

#endif // PROGRAMSETUP_H
