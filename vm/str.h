/* str.h — the str object: immutable UTF-8 with a cached hash, its length in
 * code points and an ASCII flag (ASCII strings index by byte), plus per-VM
 * interning of identifiers.  Methods live in str_methods.c. */
#ifndef COIL_STR_H
#define COIL_STR_H

#include <stdarg.h>

#include "vm/buf.h"
#include "vm/numfmt.h"
#include "vm/state.h"

struct CoilString {
    CoilObject obj;
    int64_t hash;      /* -1 until computed */
    size_t len;        /* bytes, without the terminating NUL */
    size_t cplen;      /* code points */
    uint8_t ascii;     /* every byte < 0x80: code point i is byte i */
    uint8_t interned : 1;
    /* An accumulator of `s += t` (str_accumulate): the allocation holds
     * spare room after the NUL, its total data size stored right after the
     * NUL (so the collector can size the object); `growable` while the only
     * reference is the local register that IADDACC writes (the compiler
     * emits SEAL before any other read of that register). */
    uint8_t spare : 1;
    uint8_t growable : 1;
    uint8_t kind;      /* 1, 2 or 4: bytes per code point CPython would use (hashing) */
    char data[];       /* UTF-8, NUL-terminated */
};

static inline bool value_is_str(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type == vm->t_str ||
                                  (value_as_object(v)->type->flags & TYPE_STR_SUBCLASS));
}

static inline CoilString *value_as_str(CoilValue v) { return (CoilString *)value_as_object(v); }

void str_init_types(CoilVM *vm);
bool str_init_names(CoilVM *vm);

/* New strings from valid UTF-8 (the caller guarantees validity). */
CoilValue str_new(CoilVM *vm, const char *s, size_t len);
CoilValue str_from_cstr(CoilVM *vm, const char *s);
/* An uninitialised string of len bytes for builders: fill data, then call
 * str_finish to compute the flags. */
CoilString *str_alloc(CoilVM *vm, size_t len);
CoilValue str_finish(CoilVM *vm, CoilString *s);
/* The string a CoilBuf holds (frees the buffer either way). */
CoilValue str_from_buf(CoilVM *vm, CoilBuf *b);
/* printf-style; %R / %S / %T are not supported here (see exc.c's vm_raise). */
CoilValue str_format(CoilVM *vm, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
CoilValue str_vformat(CoilVM *vm, const char *fmt, va_list ap);
/* A one-code-point string (cached for ASCII). */
CoilValue str_from_cp(CoilVM *vm, uint32_t cp);

/* Interned strings: the same text gives the same object. */
CoilString *str_intern(CoilVM *vm, const char *s, size_t len);
CoilString *str_intern_cstr(CoilVM *vm, const char *s);
CoilString *str_intern_obj(CoilVM *vm, CoilString *s);

int64_t str_hash(CoilVM *vm, CoilString *s);
/* CPython's bytes hash (SipHash-1-3; 0 for empty). */
int64_t str_hash_bytes(CoilVM *vm, const void *p, size_t n);
static inline bool str_eq(const CoilString *a, const CoilString *b)
{
    return a == b || (a->len == b->len && (a->hash == -1 || b->hash == -1 || a->hash == b->hash) &&
                      memcmp(a->data, b->data, a->len) == 0);
}
static inline bool str_eq_cstr(const CoilString *a, const char *s)
{
    size_t n = strlen(s);
    return a->len == n && memcmp(a->data, s, n) == 0;
}
/* <0, 0, >0 by code point (UTF-8 byte order is code-point order). */
int str_compare(const CoilString *a, const CoilString *b);

CoilValue str_concat(CoilVM *vm, CoilString *a, CoilString *b);
/* a + b for `a += b` on a local (IADDACC): appends in place when a is a
 * growable accumulator with room, else a new growable string with spare
 * room (doubling), so a loop of appends costs amortized O(total length). */
CoilValue str_accumulate(CoilVM *vm, CoilString *a, CoilString *b);
/* The value is about to be seen elsewhere: never grow it in place again. */
static inline void str_seal(CoilString *s) { s->growable = 0; }
/* Python repr() (or ascii()) of the UTF-8 text data[0..len), with CPython's
 * quote choice and escapes, appended to b; false, b unchanged, on allocation
 * failure. */
bool str_repr_utf8(CoilBuf *b, const char *data, size_t len, bool ascii_only);
CoilValue str_repr(CoilVM *vm, CoilString *s);

/* Code-point access: byte offset of code point i (0 <= i <= cplen). */
size_t str_cp_offset(const CoilString *s, size_t i);
uint32_t str_decode_cp(const char *p, size_t *adv);
/* s[start:stop:step] on code points, indices already clamped. */
CoilValue str_slice(CoilVM *vm, CoilString *s, int64_t start, int64_t stop, int64_t step,
                    int64_t n);
CoilValue str_getitem_index(CoilVM *vm, CoilString *s, int64_t i);

/* First occurrence of needle in hay (bytes), or NULL. */
const char *str_find_bytes(const char *hay, size_t hn, const char *needle, size_t nn);

/* Unicode predicates the runtime needs (repr, isspace, isidentifier). */

/* fmt % args (str_percent.c). */
CoilValue str_percent_format(CoilVM *vm, CoilString *fmt, CoilValue args);
/* One numeric %-conversion (d i u o x X e E f F g G) of v into out, with
 * CPython's type errors; shared by bytes % args. */
CoilFmtStatus str_percent_number(CoilVM *vm, CoilBuf *out, const CoilPctSpec *spec, CoilValue v, CoilFmtError *err);

/* The arguments of `fmt % args`, for str and bytes alike: a tuple's items or
 * the one operand, a mapping for %(key) conversions, and the value a %(key)
 * selected for the next conversion. */
typedef struct CoilPctArgs {
    CoilVM *vm;
    CoilValue single;     /* the operand when it is not a tuple */
    const CoilValue *items;
    size_t nitems, next;
    bool is_tuple;
    CoilValue mapping;    /* VAL_EMPTY unless the operand is a mapping */
    CoilValue selected;   /* the value a %(key) picked, or VAL_EMPTY */
} CoilPctArgs;
/* `is_mapping` says whether a non-tuple operand serves %(key) conversions. */
void pct_args_init(CoilPctArgs *a, CoilVM *vm, CoilValue args, bool is_mapping);
/* The next argument; TypeError "not enough arguments for format string". */
CoilValue pct_next_arg(CoilPctArgs *a);
/* The '*' width/precision hook of numfmt_percent; ud is a CoilPctArgs. */
bool pct_hook_star(void *ud, bool is_precision, int64_t *value);
/* After numfmt_percent: the exception a failed status means (VAL_ERROR), or
 * the "not all arguments converted during <what> formatting" check; VAL_NONE
 * when the result stands. */
CoilValue pct_check_done(CoilPctArgs *a, CoilFmtStatus r, const CoilFmtError *err, const char *what);
/* The exception numfmt's status r means (format.c); always VAL_ERROR. */
CoilValue format_raise(CoilVM *vm, CoilFmtStatus r, const CoilFmtError *err);

/* The method table (str_methods.c) installed into str's dict at start-up. */
extern const CoilMethodDef str_methods[];
extern const CoilMethodDef str_format_methods[]; /* str_format.c: format, format_map */
extern const CoilMethodDef str_unicode_methods[]; /* str_unicode.c: case mapping, predicates */
extern const CoilMethodDef str_translate_methods[]; /* str_translate.c: maketrans, translate */

#endif
