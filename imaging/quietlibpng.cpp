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
// them through its logging). libpng's own functions are found in the global scope, or else in a
// libpng loaded privately (by an image plugin, RTLD_LOCAL) under its soname; when png_longjmp
// cannot be found the given functions pass through unchanged.

#include <dlfcn.h>

#include <initializer_list>

extern "C" {

struct png_struct_def;
using PngMessageFunction = void (*)(png_struct_def *, const char *);
using PngSetErrorFunction
        = void (*)(png_struct_def *, void *, PngMessageFunction, PngMessageFunction);
using PngLongjmp = void (*)(const png_struct_def *, int);

// libpng's own definition of name: the next in the global scope, or in a libpng loaded
// privately (RTLD_LOCAL by a plugin), which the global scope does not show but whose own calls
// come here all the same.
static void *libpngSymbol(const char *name)
{
    if (void *found = dlsym(RTLD_NEXT, name))
        return found;
    for (const char *soname : {"libpng16.so.16", "libpng.so"}) {
        if (void *library = dlopen(soname, RTLD_NOW | RTLD_NOLOAD)) {
            void *found = dlsym(library, name);
            dlclose(library); // NOLOAD took a reference of its own
            if (found)
                return found;
        }
    }
    return nullptr;
}

static PngLongjmp pngLongjmp()
{
    static const auto function = reinterpret_cast<PngLongjmp>(libpngSymbol("png_longjmp"));
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
            = reinterpret_cast<PngSetErrorFunction>(libpngSymbol("png_set_error_fn"));
    if (!real)
        return; // no libpng in this process: nobody can have called this for one
    if (!errorFunction && pngLongjmp())
        errorFunction = quietPngError;
    real(png, errorPointer, errorFunction, warningFunction);
}

} // extern "C"
