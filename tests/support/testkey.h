// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TESTKEY_H
#define TESTKEY_H

#include <QString>

// Keys and clean-up checks shared by the tests.
namespace TestKey {

// A key no other test (nor a viewer on the default key) uses: ctest -j safe.
QString unique(const QString &testName);

// True when nothing of key remains: attach() gives NotFound and no qipc_ key file exists.
bool isGone(const QString &key);

// Removes whatever a failed test left for key (segment, semaphore, key files).
void removeLeftovers(const QString &key);

// A test's clean-up: whether nothing of key remained (isGone()); whatever did is removed.
bool cleanUp(const QString &key);

} // namespace TestKey

#endif // TESTKEY_H
