// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "loaderlogging.h"

Q_LOGGING_CATEGORY(lcLoader, "shm.loader", QtInfoMsg)
