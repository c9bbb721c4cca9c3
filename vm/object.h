/* object.h — the heap object header shared by every object, and the type
 * object that describes a kind of object.  Built-in and user classes share
 * one mechanism: a type caches its behaviour in C-level slots (repr, hash,
 * add, iter, call, getattr, …), so the VM tests a slot instead of looking up
 * a dunder name in a dict.  A user class fills its slots with functions that
 * call the class's dunder methods; assigning a dunder on a class re-fills the
 * slot (type_update_slot). */
#ifndef COIL_OBJECT_H
#define COIL_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct CoilVM CoilVM;
typedef struct CoilType CoilType;
typedef struct CoilString CoilString;

/* Every heap object starts with this header: just its type.  The collector
 * keeps mark bits beside the objects, in their page's header (gc.c). */
typedef struct CoilObject {
    CoilType *type;
} CoilObject;

/* Failure from a native function: the VM's pending exception is set.  A
 * distinct special value, never stored anywhere, so a slot's result needs one
 * comparison to tell success from failure. */
#define VAL_ERROR (VAL_TAG_SPECIAL | 0x10)

static inline bool value_is_error(CoilValue v) { return v == VAL_ERROR; }

/* Comparison operators, in CPython's Py_LT.. order. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CoilCompareOp;

/* Binary operators, in the order of bytecode.h's ADD..BITXOR. */
typedef enum {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_TRUEDIV, BIN_FLOORDIV, BIN_MOD, BIN_POW, BIN_MATMUL,
    BIN_LSHIFT, BIN_RSHIFT, BIN_AND, BIN_OR, BIN_XOR, BIN__COUNT
} CoilBinaryOp;

/* Slot signatures.  Functions returning CoilValue return VAL_ERROR on failure;
 * functions returning int return -1 on failure. */
typedef CoilValue (*CoilUnaryFn)(CoilVM *vm, CoilValue self);
typedef CoilValue (*CoilBinaryFn)(CoilVM *vm, CoilValue a, CoilValue b);
typedef CoilValue (*CoilCompareFn)(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op);
/* Vector call: args[0..nargs-1] positional, then len(kwnames) keyword values;
 * kwnames is a tuple of str or VAL_EMPTY. */
typedef CoilValue (*CoilCallFn)(CoilVM *vm, CoilValue callee, const CoilValue *args,
                                size_t nargs, CoilValue kwnames);
typedef CoilValue (*CoilGetAttrFn)(CoilVM *vm, CoilValue self, CoilString *name);
/* value == VAL_EMPTY means delete. Returns 0 or -1. */
typedef int (*CoilSetAttrFn)(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value);
typedef int (*CoilSetItemFn)(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value);
/* Returns 0/1, or -1 on failure. */
typedef int (*CoilInquiryFn)(CoilVM *vm, CoilValue self);
typedef int (*CoilContainsFn)(CoilVM *vm, CoilValue self, CoilValue item);
/* Writes the hash to *out; returns 0 or -1. */
typedef int (*CoilHashFn)(CoilVM *vm, CoilValue self, int64_t *out);
/* Writes the length to *out; returns 0 or -1. */
typedef int (*CoilLenFn)(CoilVM *vm, CoilValue self, int64_t *out);
/* Iterator step: the next item, VAL_EMPTY when exhausted (no exception is
 * built for plain exhaustion), or VAL_ERROR. */
typedef CoilValue (*CoilNextFn)(CoilVM *vm, CoilValue self);
/* Descriptor get: obj is VAL_EMPTY for access through the class. */
typedef CoilValue (*CoilDescrGetFn)(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner);
/* GC: mark every value/object the object references; free what it owns. */
typedef void (*CoilTraceFn)(CoilVM *vm, CoilObject *obj);
typedef void (*CoilFinalizeFn)(CoilVM *vm, CoilObject *obj);
/* Bytes of a variable-size object (str, tuple, big int); NULL: instance_size. */
typedef size_t (*CoilSizeFn)(const CoilObject *obj);

/* A native function: args[0..nargs-1] positional, then len(kwnames) keyword
 * values (kwnames a tuple of str, or VAL_EMPTY).  A method receives self as
 * args[0].  Returns VAL_ERROR with the pending exception set on failure. */
typedef CoilValue (*CoilNativeFn)(CoilVM *vm, const CoilValue *args, size_t nargs,
                                  CoilValue kwnames);

/* Method-table flags. */
enum {
    METH_KEYWORDS = 1, /* accepts keyword arguments (else "takes no keyword arguments") */
    METH_STATIC = 2,   /* staticmethod: no self */
    METH_CLASS = 4,    /* classmethod: args[0] is the class */
    /* Reads its keywords as a mapping (CPython's str.format takes the **
     * dict itself), so f(**d) passes over keys that are not strings instead
     * of raising "keywords must be strings": no field name could match them. */
    METH_MAPPING_KW = 8
};

/* One entry of a type's method table or of the builtins table; tables end
 * with a {NULL} entry. */
typedef struct CoilMethodDef {
    const char *name;
    CoilNativeFn fn;
    uint32_t flags;
} CoilMethodDef;

/* A computed attribute (CPython's getset): get(self) -> value; set may be
 * NULL (read-only: "attribute '...' of '...' objects is not writable"). */
typedef struct CoilGetSetDef {
    const char *name;
    CoilValue (*get)(CoilVM *vm, CoilValue self);
    int (*set)(CoilVM *vm, CoilValue self, CoilValue value); /* VAL_EMPTY: delete */
} CoilGetSetDef;

/* Type flags. */
enum {
    TYPE_BASETYPE = 1,       /* may be subclassed */
    TYPE_HEAPTYPE = 2,       /* a user class (created by `class`) */
    TYPE_HAS_DICT = 4,       /* instances carry a __dict__ */
    TYPE_EXCEPTION = 8,      /* subclass of BaseException */
    TYPE_INT_SUBCLASS = 16,  /* fast isinstance tests for the common bases */
    TYPE_STR_SUBCLASS = 32,
    TYPE_TUPLE_SUBCLASS = 64,
    TYPE_LIST_SUBCLASS = 128,
    TYPE_DICT_SUBCLASS = 256,
    TYPE_TYPE_SUBCLASS = 512,
    TYPE_ABSTRACT_EQ_HASH = 1024, /* defines __eq__ but not __hash__: unhashable */
    TYPE_IS_ABSTRACT = 2048,      /* __abstractmethods__ is non-empty: object() refuses */
    TYPE_INLINE_ATTRS = 4096      /* a plain class over object: instances may keep their
                                     attributes inline (type.h, "inline attributes") */
};

struct CoilType {
    CoilObject obj;
    const char *name;          /* tp_name, e.g. "int", "MyClass" */
    CoilString *name_str;      /* __name__ */
    CoilString *qualname;      /* __qualname__ */
    CoilType *base;            /* the solid base (tp_base) */
    CoilValue bases;           /* tuple of types */
    CoilValue mro;             /* tuple of types, self first */
    CoilValue dict;            /* the class namespace (a dict) */
    uint32_t flags;            /* TYPE_* */
    uint32_t instance_size;    /* bytes of an instance, header included */
    uint32_t dict_offset;      /* offset of the instance __dict__ value, 0: none,
                                  TYPE_DICT_AT_END: after the variable-size body */
    const char *module_name;   /* "builtins" for built-in types (repr, tracebacks) */

    CoilTraceFn trace;
    CoilFinalizeFn finalize;
    CoilSizeFn obj_size;

    /* conversion and identity */
    CoilUnaryFn repr, str;
    CoilHashFn hash;
    CoilInquiryFn bool_;
    CoilLenFn len;
    CoilCompareFn compare;
    CoilBinaryFn format;       /* __format__(self, spec) */
    /* attributes and calls */
    CoilGetAttrFn getattr;     /* full lookup (__getattribute__ + __getattr__) */
    CoilSetAttrFn setattr;
    CoilCallFn call;
    CoilDescrGetFn descr_get;
    int (*descr_set)(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue value);
    CoilCallFn new_;           /* __new__ (receives the type as callee) */
    CoilCallFn init;           /* __init__ (receives self as callee) */
    /* numbers: binary[op] handles both operand orders, as CPython's nb_* do */
    CoilBinaryFn binary[BIN__COUNT];
    CoilBinaryFn inplace[BIN__COUNT];
    CoilUnaryFn neg, pos, abs, invert, index, int_, float_;
    /* containers */
    CoilBinaryFn getitem;
    CoilSetItemFn setitem;     /* value VAL_EMPTY = delete */
    CoilContainsFn contains;
    CoilUnaryFn iter;
    CoilNextFn next;
    /* async protocols (filled by the async layer) */
    CoilUnaryFn await, aiter, anext;
    CoilUnaryFn aenter;
    CoilCallFn aexit;
    CoilUnaryFn enter;
    CoilCallFn exit;
    /* Direct subclasses, for type.__subclasses__(): weak references (not
     * traced); a class leaves its bases' arrays when it is finalized. */
    CoilType **subclasses;
    uint32_t nsubclasses, capsubclasses;
    /* TYPE_INLINE_ATTRS: the attribute names instances store inline, in
     * first-assignment order; append-only while the class lives, so an
     * index into it never changes meaning (attribute caches keep indexes). */
    CoilString **ikeys;
    uint32_t nikeys, capikeys;
};

/* dict_offset of subclasses of variable-size built-ins (tuple, str, bytes):
 * the dict slot follows the base's body, 8-aligned (CPython's negative
 * tp_dictoffset). */
#define TYPE_DICT_AT_END UINT32_MAX

static inline CoilType *object_type(const CoilObject *o) { return o->type; }

#endif
