// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "utf8text.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace Utf8Text {

static bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

static int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0; // a stray continuation byte or an invalid lead
}

qsizetype truncationPoint(QByteArrayView text, qsizetype maxBytes)
{
    if (maxBytes <= 0)
        return 0;
    if (text.size() <= maxBytes)
        return text.size();
    // Step back over at most three continuation bytes to the start of the sequence that would be
    // cut. Invalid input (a run of continuation bytes) is cut where it is: it is not UTF-8 anyway.
    qsizetype cut = maxBytes;
    for (int steps = 0; steps < 3 && cut > 0 && isContinuation(uchar(text[cut])); ++steps)
        --cut;
    if (!isContinuation(uchar(text[cut]))) {
        // Keep the whole sequence when it ends exactly at maxBytes.
        const int length = sequenceLength(uchar(text[cut]));
        if (length > 0 && cut + length <= maxBytes)
            cut += length;
        return cut;
    }
    return maxBytes;
}

// The reference: one code point at a time, with an ASCII fast path. Used where AVX2 is missing
// and for the tail the vector code leaves.
static bool isValidScalar(const uchar *p, const uchar *end)
{
    while (p < end) {
        // Fast path for ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int length = sequenceLength(c);
        if (length < 2 || end - p < length)
            return false;
        uint cp = c & (0xFF >> (length + 1));
        for (int i = 1; i < length; ++i) {
            if (!isContinuation(p[i]))
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr uint minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define UTF8TEXT_HAVE_AVX2 1

// Both the loader (encode) and the viewer (decode) check every byte of up to 16 MiB of text; the
// scalar loop runs at 1-3 GB/s on mixed text, far below the copy it sits next to. This is the
// "lookup" algorithm of Keiser and Lemire ("Validating UTF-8 in less than one instruction per
// byte", 2021): three table lookups on nibbles classify every pair of adjacent bytes, and a
// saturating subtraction marks the bytes that must be the 2nd or 3rd continuation. It accepts
// exactly what isValidScalar() accepts (no overlongs, surrogates or code points past U+10FFFF).
namespace Avx2 {

enum : uchar {
    TooShort = 1 << 0, // a lead not followed by a continuation
    TooLong = 1 << 1, // ASCII followed by a continuation
    Overlong3 = 1 << 2,
    TooLarge = 1 << 3,
    Surrogate = 1 << 4,
    Overlong2 = 1 << 5,
    TooLarge1000 = 1 << 6,
    Overlong4 = 1 << 6,
    TwoConts = 1 << 7, // two continuations in a row: fine only as the 2nd/3rd/4th byte
    Carry = TooShort | TooLong | TwoConts,
};

__attribute__((target("avx2"))) static inline __m256i
table(uchar t0, uchar t1, uchar t2, uchar t3, uchar t4, uchar t5, uchar t6, uchar t7, uchar t8,
      uchar t9, uchar t10, uchar t11, uchar t12, uchar t13, uchar t14, uchar t15)
{
    return _mm256_setr_epi8(char(t0), char(t1), char(t2), char(t3), char(t4), char(t5), char(t6),
                            char(t7), char(t8), char(t9), char(t10), char(t11), char(t12),
                            char(t13), char(t14), char(t15), char(t0), char(t1), char(t2), char(t3),
                            char(t4), char(t5), char(t6), char(t7), char(t8), char(t9), char(t10),
                            char(t11), char(t12), char(t13), char(t14), char(t15));
}

// The 32 bytes ending N bytes before the end of input, borrowing from previous.
template<int N>
__attribute__((target("avx2"))) static inline __m256i prev(__m256i input, __m256i previous)
{
    return _mm256_alignr_epi8(input, _mm256_permute2x128_si256(previous, input, 0x21), 16 - N);
}

__attribute__((target("avx2"))) static inline __m256i highNibbles(__m256i v)
{
    return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

struct State
{
    __m256i error;
    __m256i previous;
    __m256i previousIncomplete;
};

__attribute__((target("avx2"))) static inline void check(State &state, __m256i input)
{
    if (_mm256_movemask_epi8(input) == 0) {
        // All ASCII: only a sequence left open by the previous block can be wrong.
        state.error = _mm256_or_si256(state.error, state.previousIncomplete);
        state.previous = input;
        state.previousIncomplete = _mm256_setzero_si256();
        return;
    }
    const __m256i prev1 = prev<1>(input, state.previous);
    const __m256i byte1High = _mm256_shuffle_epi8(
            table(TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TwoConts,
                  TwoConts, TwoConts, TwoConts, TooShort | Overlong2, TooShort,
                  TooShort | Overlong3 | Surrogate, TooShort | TooLarge | TooLarge1000 | Overlong4),
            highNibbles(prev1));
    const __m256i byte1Low = _mm256_shuffle_epi8(
            table(Carry | Overlong3 | Overlong2 | Overlong4, Carry | Overlong2, Carry, Carry,
                  Carry | TooLarge, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000 | Surrogate,
                  Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000),
            _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)));
    const __m256i byte2High = _mm256_shuffle_epi8(
            table(TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
                  TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4,
                  TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge,
                  TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
                  TooLong | Overlong2 | TwoConts | Surrogate | TooLarge, TooShort, TooShort,
                  TooShort, TooShort),
            highNibbles(input));
    const __m256i special = _mm256_and_si256(_mm256_and_si256(byte1High, byte1Low), byte2High);

    // Bytes two after a 3- or 4-byte lead, or three after a 4-byte lead, must be continuations.
    const __m256i isThird
            = _mm256_subs_epu8(prev<2>(input, state.previous), _mm256_set1_epi8(char(0xE0 - 1)));
    const __m256i isFourth
            = _mm256_subs_epu8(prev<3>(input, state.previous), _mm256_set1_epi8(char(0xF0 - 1)));
    const __m256i must23
            = _mm256_cmpgt_epi8(_mm256_or_si256(isThird, isFourth), _mm256_setzero_si256());
    const __m256i must23As80 = _mm256_and_si256(must23, _mm256_set1_epi8(char(0x80)));
    state.error = _mm256_or_si256(state.error, _mm256_xor_si256(must23As80, special));

    // A lead in the last three bytes whose sequence does not fit: the next block must finish it.
    const __m256i maxLast = _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                             -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                             -1, char(0xF0 - 1), char(0xE0 - 1), char(0xC0 - 1));
    state.previousIncomplete = _mm256_subs_epu8(input, maxLast);
    state.previous = input;
}

__attribute__((target("avx2"))) static bool isValid(const uchar *p, const uchar *end)
{
    State state = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256()};
    for (; end - p >= 64; p += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
        if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) == 0) {
            // 64 bytes of ASCII, the common case in most texts.
            state.error = _mm256_or_si256(state.error, state.previousIncomplete);
            state.previous = b;
            state.previousIncomplete = _mm256_setzero_si256();
            continue;
        }
        check(state, a);
        check(state, b);
    }
    for (; end - p >= 32; p += 32)
        check(state, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p)));
    // The tail, padded with NULs (ASCII): a sequence cut by the end shows as TooShort.
    alignas(32) uchar tail[32] = {};
    memcpy(tail, p, size_t(end - p));
    check(state, _mm256_load_si256(reinterpret_cast<const __m256i *>(tail)));
    state.error = _mm256_or_si256(state.error, state.previousIncomplete);
    return _mm256_testz_si256(state.error, state.error);
}

} // namespace Avx2

static bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2");
    return supported;
}
#endif

bool isValid(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const auto *end = p + text.size();
#ifdef UTF8TEXT_HAVE_AVX2
    // Below a few blocks the set-up is not worth it.
    if (text.size() >= 64 && hasAvx2())
        return Avx2::isValid(p, end);
#endif
    return isValidScalar(p, end);
}

bool isValidReference(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    return isValidScalar(p, p + text.size());
}

QByteArray truncated(const QString &text, qsizetype maxBytes)
{
    const QByteArray utf8 = text.toUtf8();
    return utf8.left(truncationPoint(utf8, maxBytes));
}

} // namespace Utf8Text
