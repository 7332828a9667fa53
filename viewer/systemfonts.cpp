// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "systemfonts.h"

#include <QFontDatabase>

QFont SystemFonts::fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont SystemFonts::generalFont()
{
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont);
}
