// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TESTKEY_H
#define TESTKEY_H

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

// While it lives, this process's key files (and those of the programs it starts) are made in a
// directory of their own on a tmpfs (/dev/shm), through TMPDIR. For tests that delete key files
// under live segments: ext4 gives a freed inode to the next file made on /tmp, so another test's
// new key file would get the same ftok() key and attach this test's segment (ctest -j).
class PrivateKeyDir
{
public:
    PrivateKeyDir();
    ~PrivateKeyDir();
    PrivateKeyDir(const PrivateKeyDir &) = delete;
    PrivateKeyDir &operator=(const PrivateKeyDir &) = delete;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
};

} // namespace TestKey

#endif // TESTKEY_H
