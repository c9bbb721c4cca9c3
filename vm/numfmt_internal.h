/* numfmt_internal.h — what the numfmt_*.c files share and nobody else needs:
 * the digit generator behind every float-to-text path, UTF-8 helpers and the
 * error-message writer. */
#ifndef COIL_NUMFMT_INTERNAL_H
#define COIL_NUMFMT_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/numfmt.h"

/* The exact decimal expansion of a double has at most 767 significant digits
 * (and no trailing zeros once stripped), so this always suffices. */
#define NUMFMT_DIGITS_MAX 800

/* David Gay's dtoa modes, which CPython's formatting is written against:
 *   0: shortest digits that round-trip (ndigits unused);
 *   2: max(1, ndigits) significant digits, correctly rounded;
 *   3: ndigits digits after the decimal point (may be negative).
 * |x| must be finite.  Writes digits without trailing zeros and returns their
 * count; |x| == 0.DIGITS * 10^decpt.  Zero gives "0" with decpt 1; a nonzero
 * value that mode 3 rounds away gives no digits and decpt = -ndigits.
 * Rounding is half-even on the exact binary value. */
int numfmt_dtoa(double x, int mode, int ndigits, char digits[NUMFMT_DIGITS_MAX], int *decpt);

/* digits[0..n) (ASCII digits, leading zeros allowed) * 10^exp10, correctly
 * rounded, with the sign neg; overflow gives inf, underflow 0. */
double numfmt_digits_to_double(bool neg, const char *digits, size_t n, int64_t exp10);

/* Number of code points in UTF-8 text (continuation bytes are not counted). */
size_t numfmt_utf8_len(const char *s, size_t n);

/* Byte offset just past the first k code points of s[0..n). */
size_t numfmt_utf8_skip(const char *s, size_t n, size_t k);

/* Decodes one code point at s[*i] (i < n), advancing *i.  Input is trusted
 * UTF-8 (Coil strings are valid); a stray byte is returned as is. */
uint32_t numfmt_utf8_next(const char *s, size_t n, size_t *i);

/* printf into err->msg (truncated to fit).  Returns status for chaining. */
CoilFmtStatus numfmt_error(CoilFmtError *err, CoilFmtStatus status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Appends "%.200s" of a type name the way CPython 3.11's PyUnicode_FromFormat
 * does: at most 200 bytes, a cut UTF-8 sequence becoming U+FFFD. */
void numfmt_type_name200(char *dst, size_t cap, const char *name);

#endif
