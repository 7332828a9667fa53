// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "viewerdefaults.h"

#include "shmconstants.h"

#include <QFontDatabase>

QString ViewerDefaults::key()
{
    return QString::fromLatin1(ShmConstants::DefaultKey);
}

double ViewerDefaults::segmentSize()
{
    return ShmConstants::DefaultSegmentSize;
}

int ViewerDefaults::pollInterval()
{
    return ShmConstants::DefaultPollIntervalMs;
}

QFont ViewerDefaults::fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}
