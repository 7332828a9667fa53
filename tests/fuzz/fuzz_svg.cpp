// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// libFuzzer target: any bytes as an SVG, through the whole path both programs take
// (ImageDecoder::decode: SvgInspector, then Qt SVG under the deadline), under a QGuiApplication
// on the offscreen platform as the headless modes run, so <text> is drawn too. A crash, a decode
// that outgrows the allocation limit, or a refusal without a reason is a finding; an input that
// names a file is a finding when Qt opens it (the seeds name /etc/passwd and /dev/tty: strace a
// run to see; the unit and e2e tests check it).

#include "imagedecoder.h"
#include "shmconstants.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Fontconfig keeps what it looked up for each new font request (family, size, …) in caches of its
// own that the per-input leak check would report; fontconfig is not ours, and not built with the
// sanitizer. Our code's leaks are still findings.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 3;
    static char program[] = "fuzz_svg", option[] = "-platform", platform[] = "offscreen";
    static char *argv[] = {program, option, platform, nullptr};
    static QGuiApplication application(argc, argv);
    // Fontconfig and Qt's font database fill their caches on the first text and keep them: done
    // here, once, so that the leak check after each input does not take them for leaks.
    ImageDecoder::decode("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">"
                         "<text x=\"2\" y=\"30\" font-family=\"sans-serif\">Hi</text></svg>",
                         QStringLiteral("image/svg+xml"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray svg(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImageDecoder::Result result = ImageDecoder::decode(svg, QStringLiteral("image/svg+xml"));
    if (!result.image.isNull()) {
        const qint64 bytes = qint64(result.image.sizeInBytes());
        if (bytes > qint64(ShmConstants::ImageAllocationLimitMiB) * 1024 * 1024) {
            fprintf(stderr, "fuzz_svg: a decoded image outgrew the limit\n");
            abort();
        }
    } else if (result.problem.isEmpty()) {
        fprintf(stderr, "fuzz_svg: a failed decode without a reason\n");
        abort();
    }
    return 0;
}
