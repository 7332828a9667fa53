// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// shm-reaper: the clean-up process a viewer leaves behind when it quits while other processes
// are still attached to its segment (SegmentReaper::startIfInUse()). Plain C++ and libc, no Qt:
// it holds a few hundred KiB whatever the viewer held. Not meant to be run by hand.

#include "segmentreapercore.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace {

bool toInt(const char *text, long long *value)
{
    char *end = nullptr;
    errno = 0;
    *value = std::strtoll(text, &end, 10);
    return errno == 0 && end != text && *end == '\0' && *value >= -1 && *value <= 0x7fffffff;
}

int usage()
{
    std::fputs("usage: shm-reaper --key KEY --segment SHMID --semaphore SEMID --segment-key K\n"
               "                  --semaphore-key K --segment-file PATH --semaphore-file PATH\n"
               "Started by shm-viewer: removes the segment SHMID (with its lock SEMID and key\n"
               "files) once no process is attached, then ends.\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    SegmentReaperCore::Target target;
    const char *key = nullptr;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *name = argv[i];
        const char *value = argv[i + 1];
        long long number = -1;
        if (!std::strcmp(name, "--key"))
            key = value; // for ps and the logs only: the ids are what counts
        else if (!std::strcmp(name, "--segment-file"))
            target.segmentFile = value;
        else if (!std::strcmp(name, "--semaphore-file"))
            target.semaphoreFile = value;
        else if (!toInt(value, &number))
            return usage();
        else if (!std::strcmp(name, "--segment"))
            target.segment = int(number);
        else if (!std::strcmp(name, "--semaphore"))
            target.semaphore = int(number);
        else if (!std::strcmp(name, "--segment-key"))
            target.segmentKey = key_t(number);
        else if (!std::strcmp(name, "--semaphore-key"))
            target.semaphoreKey = key_t(number);
        else
            return usage();
    }
    if (argc % 2 == 0 || !key || target.segment < 0 || !target.segmentFile || !target.semaphoreFile)
        return usage();

    // Nobody's child: the viewer waits for this process, and the reaper goes on without it.
    const pid_t child = ::fork();
    if (child == -1) {
        std::perror("shm-reaper: fork");
        return 1;
    }
    if (child > 0)
        return 0;
    SegmentReaperCore::reap(target);
}
