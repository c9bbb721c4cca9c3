/* bytes.h — the byte-string types: bytes (immutable, body inline) and
 * bytearray (mutable, body in a separate growable block).  Their methods are
 * shared (bytes_methods.c) and read either through a BytesView; the codecs
 * str.encode/bytes.decode use live in codecs.c. */
#ifndef COIL_BYTES_H
#define COIL_BYTES_H

#include "vm/state.h"

typedef struct CoilBytes {
    CoilObject obj;
    size_t len;
    int64_t hash;
    unsigned char data[];
} CoilBytes;

typedef struct CoilByteArray {
    CoilObject obj;
    size_t len, cap;
    unsigned char *data;   /* vm_mem_alloc'ed block of cap bytes, or NULL */
} CoilByteArray;

/* The built-in type whose layout an object has (skipping user classes). */
static inline CoilType *bytes_layout_type(CoilType *t)
{
    while (t->flags & TYPE_HEAPTYPE) t = t->base;
    return t;
}
/* bytes or a subclass of it. */
static inline bool value_is_bytes(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && bytes_layout_type(value_as_object(v)->type) == vm->t_bytes;
}
static inline bool value_is_bytearray(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && bytes_layout_type(value_as_object(v)->type) == vm->t_bytearray;
}
static inline CoilBytes *value_as_bytes(CoilValue v) { return (CoilBytes *)value_as_object(v); }
static inline CoilByteArray *value_as_bytearray(CoilValue v) { return (CoilByteArray *)value_as_object(v); }

/* A read-only look at the bytes of a bytes or bytearray.  The pointer stays
 * valid while the object is alive and (for a bytearray) not resized. */
typedef struct BytesView {
    const unsigned char *p;
    size_t n;
} BytesView;

/* True (and fills *out) if v is bytes-like (bytes, bytearray, their
 * subclasses, memoryview). */
bool bytes_view(CoilVM *vm, CoilValue v, BytesView *out);

CoilValue bytes_new(CoilVM *vm, const void *data, size_t len);
CoilValue bytearray_new(CoilVM *vm, const void *data, size_t len);
/* A new bytes if like is bytes-ish, else a bytearray: the result type of the
 * shared methods (subclasses give the exact base type, as CPython does). */
CoilValue bytes_like_new(CoilVM *vm, CoilValue like, const void *data, size_t len);
/* Resizes a bytearray's body (new bytes are zero); false + MemoryError. */
bool bytearray_resize(CoilVM *vm, CoilByteArray *ba, size_t len);
/* The bytes as a str of the same code points (latin-1), for int()/float(). */
CoilValue bytes_as_str(CoilVM *vm, CoilValue b);
/* The repr text of a byte string: b'...' with CPython's quote choice,
 * between prefix and suffix; a non-empty prefix (bytearray's "name(") also
 * escapes every ', as CPython's bytearray repr does. */
CoilValue bytes_repr_of(CoilVM *vm, const unsigned char *p, size_t n, const char *prefix, const char *suffix);
/* An int in range(256) from v ("what" names the error context); -1 on error. */
int bytes_byte_from_value(CoilVM *vm, CoilValue v);
/* The bytes of an iterable of ints, a bytes-like or an int count, as
 * bytes(x)/bytearray(x) take them, into a fresh bytes value. */
CoilValue bytes_from_object(CoilVM *vm, CoilValue src, CoilValue encoding, CoilValue errors, const char *who);
/* b % args (bytes_percent.c); like decides bytes or bytearray result. */
CoilValue bytes_percent_format(CoilVM *vm, CoilValue like, CoilValue args);

/* Codecs (codecs.c): str -> bytes and bytes -> str for utf-8, ascii and
 * latin-1 with the strict/ignore/replace/backslashreplace handlers. */
CoilValue codec_encode(CoilVM *vm, CoilValue str, CoilValue encoding, CoilValue errors);
CoilValue codec_decode(CoilVM *vm, const unsigned char *p, size_t n, CoilValue encoding, CoilValue errors);
/* Raises UnicodeDecodeError (decode) or UnicodeEncodeError with CPython's
 * five args (unicode_error.c); object is the bytes or the str. */
CoilValue unicode_error_raise(CoilVM *vm, bool decode, const char *encoding, CoilValue object, size_t start,
                              size_t end, const char *reason);
void unicode_error_init_types(CoilVM *vm);

/* memoryview.c: the window a memoryview shows (false once released). */
bool memoryview_view(CoilVM *vm, CoilValue mv, BytesView *out);

void bytes_init_type(CoilVM *vm);
/* Gives t the read-only slots bytes and bytearray share (len, compare,
 * getitem, contains, +, *, %, iter); bytearray.c adds its own. */
void bytes_share_slots(CoilType *t);
void bytearray_init_type(CoilVM *vm);
void memoryview_init_type(CoilVM *vm);
extern const CoilMethodDef bytes_shared_methods[]; /* bytes_methods.c */
extern const CoilMethodDef bytes_hex_methods[];    /* bytes_methods.c: hex alone, for memoryview */

#endif
