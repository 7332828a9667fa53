// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// libFuzzer target: the viewer's image decoding path (ImageDecoder::decode, with the suite's
// allocation limit) on any bytes under any of the image types a hostile header may declare. The
// first input byte picks the declared type, the rest is the payload. A crash, a read past the
// payload or a decode that outgrows the limit is a finding.

#include "contentsniffer.h"
#include "imagedecoder.h"
#include "shmconstants.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QStringList &types = ContentSniffer::imageTypes();
    const QString type = types.at(data[0] % types.size());
    const QByteArray payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ImageDecoder::Result result = ImageDecoder::decode(payload, type);
    if (!result.image.isNull()) {
        const qint64 bytes = qint64(result.image.sizeInBytes());
        if (bytes > qint64(ShmConstants::ImageAllocationLimitMiB) * 1024 * 1024) {
            fprintf(stderr, "fuzz_imagedecoder: a decoded image outgrew the limit\n");
            abort();
        }
    } else if (result.problem.isEmpty()) {
        fprintf(stderr, "fuzz_imagedecoder: a failed decode without a reason\n");
        abort();
    }
    return 0;
}
