// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

// One message per refused image: Qt's PNG handler (qpnghandler.cpp) gives libpng no error
// function of its own (png_set_error_fn(png, 0, 0, warning)), so libpng's default prints
// "libpng error: <reason>" straight to stderr with fprintf before Qt reports the failure, a
// stray line beside the program's own message that no Qt message handler or logging rule can
// hold back. This definition, linked into the programs only (shm-viewer, shm-loader: never a
// library, whose users' libpng it would change), comes before libpng's in the symbol lookup and
// puts a silent error function where none was given: it returns to the reader's setjmp exactly
// as libpng's default does after printing (png_longjmp). Warnings are left as given (Qt routes
// them through its logging). When either libpng function cannot be found, nothing changes.

#include <dlfcn.h>

extern "C" {

struct png_struct_def;
using PngMessageFunction = void (*)(png_struct_def *, const char *);
using PngSetErrorFunction
        = void (*)(png_struct_def *, void *, PngMessageFunction, PngMessageFunction);
using PngLongjmp = void (*)(const png_struct_def *, int);

static PngLongjmp pngLongjmp()
{
    static const auto function = reinterpret_cast<PngLongjmp>(dlsym(RTLD_DEFAULT, "png_longjmp"));
    return function;
}

static void quietPngError(png_struct_def *png, const char *)
{
    pngLongjmp()(png, 1); // never returns: libpng's default error function ends the same way
}

__attribute__((visibility("default"))) void png_set_error_fn(png_struct_def *png,
                                                             void *errorPointer,
                                                             PngMessageFunction errorFunction,
                                                             PngMessageFunction warningFunction)
{
    static const auto real
            = reinterpret_cast<PngSetErrorFunction>(dlsym(RTLD_NEXT, "png_set_error_fn"));
    if (!real)
        return;
    if (!errorFunction && pngLongjmp())
        errorFunction = quietPngError;
    real(png, errorPointer, errorFunction, warningFunction);
}

} // extern "C"
