// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef LOADERLOGGING_H
#define LOADERLOGGING_H

#include <QLoggingCategory>

// Diagnostics of shm-loader: warnings and info by default; QT_LOGGING_RULES="shm.loader.debug=true"
// shows every load.
Q_DECLARE_LOGGING_CATEGORY(lcLoader)

#endif // LOADERLOGGING_H
