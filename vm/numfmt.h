/* numfmt.h — number formatting and parsing, independent of the object model:
 * float repr/str (shortest round-trip), float() parsing, round(), the format-spec
 * mini-language for int/float/str, and printf-style % helpers.  All byte for
 * byte as CPython 3.11; text is UTF-8 and output goes into a caller's CoilBuf. */
#ifndef COIL_NUMFMT_H
#define COIL_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/buf.h"

/* ------------------------------------------------------------------------
 * Status and errors.  A failing call leaves the output buffer as it was (it may
 * have grown capacity) and, for the *_ERROR codes, the exception text in
 * CoilFmtError.msg; the caller raises the matching Python exception.
 */
typedef enum CoilFmtStatus {
    NUMFMT_OK = 0,
    NUMFMT_NOMEM,          /* the buffer could not grow: MemoryError */
    NUMFMT_VALUE_ERROR,    /* ValueError(msg) */
    NUMFMT_OVERFLOW_ERROR, /* OverflowError(msg) */
    NUMFMT_TYPE_ERROR,     /* TypeError(msg) */
    NUMFMT_HOOK_ERROR      /* a CoilPctHooks callback failed; its exception is pending */
} CoilFmtStatus;

/* The message is msg, except that "Invalid format specifier '<spec>' ..."
 * quotes the whole spec, which has no length limit: then arg points at the
 * caller's spec text, to be spliced in at byte arg_at of msg.  Render with
 * numfmt_error_render before the spec text goes away.  (CPython caps the type
 * names it quotes at 200 bytes, so msg itself is bounded.) */
#define NUMFMT_ERROR_MAX 320
typedef struct CoilFmtError {
    char msg[NUMFMT_ERROR_MAX];
    const char *arg;
    size_t arg_len;
    size_t arg_at;
} CoilFmtError;

/* Appends the full message text to out. */
bool numfmt_error_render(const CoilFmtError *err, CoilBuf *out);

/* ------------------------------------------------------------------------
 * Float to text.
 */

/* repr(x) == str(x) for a float: shortest round-trip digits, exponent form when
 * the decimal exponent is < -4 or >= 16, ".0" on integral values, inf/-inf/nan.
 * Writes at most NUMFMT_REPR_MAX-1 bytes plus a NUL; returns the length. */
#define NUMFMT_REPR_MAX 32
size_t numfmt_float_repr(double x, char out[NUMFMT_REPR_MAX]);
bool numfmt_float_repr_buf(CoilBuf *out, double x);

/* Shortest round-trip decimal digits of |x| (finite, nonzero): writes 1..17
 * ASCII digits (no NUL) and returns their count; *decpt is the decimal exponent
 * such that |x| == 0.DIGITS * 10^decpt. */
int numfmt_shortest_digits(double x, char digits[17], int *decpt);

/* PyOS_double_to_string: format_code is one of 'e' 'E' 'f' 'F' 'g' 'G' 'r'
 * ('r' = repr, precision must be 0), flags as below.  Appends to out. */
enum {
    NUMFMT_DTSF_SIGN = 1,       /* always add a sign */
    NUMFMT_DTSF_ADD_DOT_0 = 2,  /* integral values get ".0" (and 'g' keeps one digit after the point) */
    NUMFMT_DTSF_ALT = 4,        /* '#': keep the point and trailing zeros */
    NUMFMT_DTSF_NO_NEG_0 = 8    /* 'z': a value that rounds to zero loses its minus sign */
};
bool numfmt_double_to_string(CoilBuf *out, double x, char format_code, int precision, unsigned flags);

/* ------------------------------------------------------------------------
 * Text to float.
 */

/* float(s) for a str: s[0..n) is UTF-8.  Accepts surrounding whitespace
 * (Unicode too), non-ASCII decimal digits, PEP 515 underscores between digits,
 * and inf/infinity/nan in any case with a sign.  Overflow gives +-inf.
 * Returns NUMFMT_VALUE_ERROR when s is not a float (the caller raises
 * ValueError with numfmt_float_parse_error's text) and NUMFMT_NOMEM if a long
 * non-ASCII input could not get its scratch copy from alloc. */
CoilFmtStatus numfmt_parse_float(const CoilAllocator *alloc, const char *s, size_t n, double *out);

/* "could not convert string to float: " + repr(s), appended to out. */
bool numfmt_float_parse_error(CoilBuf *out, const char *s, size_t n);


/* The correctly rounded strtod core on ASCII, for float literals and the
 * like: parses the longest prefix of s[0..n) of the form
 * [sign] (digits [. digits] | . digits) [(e|E) [sign] digits]  — no
 * whitespace, underscores, inf or nan — and returns its length (0: no number).
 * Overflow gives +-inf, underflow +-0; never reads past s + n. */
size_t numfmt_strtod(const char *s, size_t n, double *out);

/* An integer given as decimal digits (no sign, no underscores; leading zeros
 * are fine) to the nearest double, ties to even, as int.__float__ does.  Returns false if the result
 * overflows (OverflowError "int too large to convert to float"). */
bool numfmt_decimal_to_double(bool neg, const char *digits, size_t n, double *out);

/* ------------------------------------------------------------------------
 * round().
 */

/* round(x, ndigits): correctly rounded, ties to even on the exact binary value.
 * Fails with NUMFMT_OVERFLOW_ERROR "rounded value too large to represent". */
CoilFmtStatus numfmt_round(double x, int64_t ndigits, double *out, CoilFmtError *err);

/* round(x) without ndigits, before the int conversion: the nearest integral
 * double, ties to even. */
double numfmt_round_half_even(double x);

/* ------------------------------------------------------------------------
 * The format-spec mini-language:
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
typedef struct CoilFormatSpec {
    uint32_t fill;      /* fill code point (' ' by default) */
    char align;         /* '<' '>' '^' '=' */
    char sign;          /* 0, '+', '-' or ' ' */
    bool no_neg_0;      /* 'z' */
    bool alternate;     /* '#' */
    char grouping;      /* 0, ',' or '_' */
    int64_t width;      /* -1 when absent */
    int64_t precision;  /* -1 when absent */
    uint32_t type;      /* presentation type code point; 0 when absent */
    bool empty;         /* the spec was "": format() means str(x) */
} CoilFormatSpec;

/* Parses spec[0..n) (UTF-8).  default_type/default_align are the object's:
 * int 'd' '>', float 0 '>', str 's' '<'.  type_name is used in the
 * "Invalid format specifier" message.  Errors are ValueErrors. */
CoilFmtStatus numfmt_spec_parse(const char *spec, size_t n, uint32_t default_type, char default_align,
                                const char *type_name, CoilFormatSpec *out, CoilFmtError *err);

/* int.__format__.  The caller supplies the magnitude as digits in the base
 * numfmt_int_base(spec) asks for (lowercase hex, no leading zeros), e.g. "ff"
 * for 255 with 'x'; "0" (with neg false) for zero.  Types b c d o x X n (C locale) and none, plus e E f F g G %
 * which go through float (numfmt_decimal_to_double of the decimal digits).
 * type_name (e.g. "int", "bool") is for the "Unknown format code" message.
 * An empty spec means str(x) and must be handled by the caller for int
 * subclasses (format(True, "") is "True"); here it formats like 'd'. */
int numfmt_int_base(const CoilFormatSpec *spec);
CoilFmtStatus numfmt_format_int(CoilBuf *out, const CoilFormatSpec *spec, bool neg,
                                const char *digits, size_t ndigits, const char *type_name,
                                CoilFmtError *err);
/* The same for a machine integer (the digits are produced here). */
CoilFmtStatus numfmt_format_i64(CoilBuf *out, const CoilFormatSpec *spec, int64_t v,
                                const char *type_name, CoilFmtError *err);

/* float.__format__: types e E f F g G n % and none (repr-like, but a precision
 * makes it 'g' that keeps one digit after the point).  'n' uses the C locale
 * ('.' and no grouping), as CPython does until locale.setlocale is called. */
CoilFmtStatus numfmt_format_float(CoilBuf *out, const CoilFormatSpec *spec, double x,
                                  const char *type_name, CoilFmtError *err);

/* str.__format__ on UTF-8 text: type s or none; width and precision count
 * code points. */
CoilFmtStatus numfmt_format_str(CoilBuf *out, const CoilFormatSpec *spec, const char *s, size_t n,
                                const char *type_name, CoilFmtError *err);

/* ------------------------------------------------------------------------
 * printf-style formatting: "fmt % args".
 *
 * numfmt_percent walks the format string, copies literal text and "%%", parses
 * each conversion and calls back into the VM, which owns the arguments:
 *   select_key  for "%(key)" (only when the right operand is a mapping);
 *   star        for a '*' width or precision (the next argument as an int);
 *   convert     to fetch the next argument and append it, using the
 *               numfmt_pct_* helpers below (or numfmt_pct_unsupported).
 * After select_key, the next star/convert takes the selected value.  star must
 * raise what CPython raises: "* wants int", and OverflowError for a width
 * beyond Py_ssize_t or a precision beyond a C int.  convert does the VM's
 * conversions and type errors (%d of a str, %c of a long str, "%c arg not in
 * range(0x110000)") before calling a helper.  Hooks return false / a non-OK
 * status when they raised; NUMFMT_HOOK_ERROR (or their status) is then
 * returned as is and out is left as it was.  The caller checks afterwards for
 * "not all arguments converted during string formatting".
 */
enum {
    NUMFMT_PCT_LJUST = 1,  /* '-' */
    NUMFMT_PCT_SIGN = 2,   /* '+' */
    NUMFMT_PCT_BLANK = 4,  /* ' ' */
    NUMFMT_PCT_ALT = 8,    /* '#' */
    NUMFMT_PCT_ZERO = 16   /* '0' */
};

typedef struct CoilPctSpec {
    unsigned flags;
    int64_t width;         /* -1 when absent */
    int prec;              /* -1 when absent */
    uint32_t conv;         /* conversion code point */
    size_t conv_index;     /* its index in code points, for error messages */
} CoilPctSpec;

typedef struct CoilPctHooks {
    void *ud;
    bool (*select_key)(void *ud, const char *key, size_t len);
    bool (*star)(void *ud, bool is_precision, int64_t *value);
    CoilFmtStatus (*convert)(void *ud, CoilBuf *out, const CoilPctSpec *spec, CoilFmtError *err);
} CoilPctHooks;

CoilFmtStatus numfmt_percent(CoilBuf *out, const char *fmt, size_t n, bool have_mapping,
                             const CoilPctHooks *hooks, CoilFmtError *err);

/* %d %i %u %o %x %X: magnitude digits in base numfmt_pct_int_base(conv)
 * (lowercase hex). */
int numfmt_pct_int_base(uint32_t conv);
CoilFmtStatus numfmt_pct_int(CoilBuf *out, const CoilPctSpec *spec, bool neg, const char *digits,
                             size_t ndigits, CoilFmtError *err);
CoilFmtStatus numfmt_pct_i64(CoilBuf *out, const CoilPctSpec *spec, int64_t v, CoilFmtError *err);
/* %e %E %f %F %g %G. */
CoilFmtStatus numfmt_pct_float(CoilBuf *out, const CoilPctSpec *spec, double x, CoilFmtError *err);
/* %s %r %a (s is the already converted text) and %c (s is the one character). */
CoilFmtStatus numfmt_pct_str(CoilBuf *out, const CoilPctSpec *spec, const char *s, size_t n,
                             CoilFmtError *err);
/* ValueError "unsupported format character 'z' (0x7a) at index 3". */
CoilFmtStatus numfmt_pct_unsupported(const CoilPctSpec *spec, CoilFmtError *err);

#endif
