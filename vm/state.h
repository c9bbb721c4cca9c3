/* state.h — the CoilVM struct: everything mutable a VM owns (heap, roots,
 * built-in types, interned names, modules, the register stack, the pending
 * exception).  Internal to vm/: hosts see CoilVM only as an opaque pointer. */
#ifndef COIL_STATE_H
#define COIL_STATE_H

#include <signal.h>

#include "vm/bigint.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* Identifiers the VM looks up by name, interned once at start-up and kept in
 * vm->names so C code never builds them on the fly: X(field, "text"). */
#define COIL_NAMES(X) \
    X(__init__, "__init__") X(__new__, "__new__") X(__repr__, "__repr__") \
    X(__str__, "__str__") X(__hash__, "__hash__") X(__eq__, "__eq__") \
    X(__ne__, "__ne__") X(__lt__, "__lt__") X(__le__, "__le__") X(__gt__, "__gt__") \
    X(__ge__, "__ge__") X(__bool__, "__bool__") X(__len__, "__len__") \
    X(__iter__, "__iter__") X(__next__, "__next__") X(__getitem__, "__getitem__") \
    X(__setitem__, "__setitem__") X(__delitem__, "__delitem__") \
    X(__contains__, "__contains__") X(__call__, "__call__") \
    X(__getattr__, "__getattr__") X(__getattribute__, "__getattribute__") \
    X(__setattr__, "__setattr__") X(__delattr__, "__delattr__") \
    X(__get__, "__get__") X(__set__, "__set__") X(__delete__, "__delete__") \
    X(__neg__, "__neg__") X(__pos__, "__pos__") X(__abs__, "__abs__") \
    X(__invert__, "__invert__") X(__index__, "__index__") X(__int__, "__int__") \
    X(__float__, "__float__") X(__format__, "__format__") \
    X(__enter__, "__enter__") X(__exit__, "__exit__") \
    X(__aenter__, "__aenter__") X(__aexit__, "__aexit__") X(__await__, "__await__") \
    X(__aiter__, "__aiter__") X(__anext__, "__anext__") \
    X(__name__, "__name__") X(__qualname__, "__qualname__") X(__module__, "__module__") \
    X(__doc__, "__doc__") X(__dict__, "__dict__") X(__class__, "__class__") \
    X(__main__, "__main__") X(__builtins__, "__builtins__") X(builtins, "builtins") \
    X(__file__, "__file__") X(__init_subclass__, "__init_subclass__") \
    X(__set_name__, "__set_name__") X(__class_getitem__, "__class_getitem__") \
    X(__mro__, "__mro__") X(__bases__, "__bases__") X(__base__, "__base__") \
    X(__slots__, "__slots__") X(__classcell__, "__classcell__") X(__prepare__, "__prepare__") \
    X(__instancecheck__, "__instancecheck__") X(__subclasscheck__, "__subclasscheck__") \
    X(__abstractmethods__, "__abstractmethods__") X(__isabstractmethod__, "__isabstractmethod__") \
    X(__weakref__, "__weakref__") \
    X(__traceback__, "__traceback__") X(__cause__, "__cause__") \
    X(__context__, "__context__") X(__suppress_context__, "__suppress_context__") \
    X(__missing__, "__missing__") X(__reversed__, "__reversed__") \
    X(__round__, "__round__") X(__trunc__, "__trunc__") X(__floor__, "__floor__") \
    X(__ceil__, "__ceil__") X(__sizeof__, "__sizeof__") X(__mro_entries__, "__mro_entries__") \
    X(args, "args") X(write, "write") X(flush, "flush") X(keys, "keys") \
    X(value, "value") X(code, "code") X(end, "end") X(sep, "sep") X(file, "file") \
    X(key, "key") X(reverse, "reverse") X(default_, "default") X(start, "start") \
    X(strict, "strict") X(base, "base") X(lambda, "<lambda>") X(module, "<module>") \
    X(empty, "") X(newline, "\n") X(space, " ") X(None, "None") X(True, "True") \
    X(False, "False") X(name, "name") X(obj, "obj") X(msg, "msg")

/* Built-in types the VM needs that vm.h's public list does not name. */
#define COIL_EXTRA_TYPES(X) \
    X(method_descriptor) X(classmethod_descriptor) X(getset_descriptor) X(wrapper_descriptor) \
    X(list_iterator) X(tuple_iterator) X(str_iterator) X(range_iterator) X(longrange_iterator) \
    X(dict_keys) X(dict_values) X(dict_items) X(dict_keyiterator) \
    X(dict_valueiterator) X(dict_itemiterator) X(set_iterator) X(enumerate) \
    X(zip) X(reversed) X(list_reverseiterator) X(seq_iterator) \
    X(callable_iterator) X(map) X(filter) X(generic_alias) X(union_type) \
    X(dict_reversekeyiterator) X(dict_reversevalueiterator) X(dict_reverseitemiterator) \
    X(coroutine_wrapper) X(async_generator_asend) X(async_generator_athrow) X(anext_awaitable) \
    X(member_descriptor) X(mappingproxy) X(complex) \
    X(io_text) X(io_reader) X(io_writer) X(io_random) X(io_unsupported) /* mod_io.c, made on first use */ \
    X(struct_time) /* mod_time.c, made on first import */ \
    X(weakref) /* weakref.c: weakref.ReferenceType, made on first import of _weakref */

/* Operator dunders, indexed by CoilBinaryOp (vm->bin_names[op][0] = __add__,
 * [1] = __radd__, [2] = __iadd__). */

#define COIL_STACK_SEGMENT_VALUES 16384
#define COIL_METHOD_CACHE_SIZE 1024
#define COIL_SMALL_MAX 256
#define COIL_SMALL_CLASSES (COIL_SMALL_MAX / 16)
#define COIL_SMALL_KEEP 16384
#define COIL_OBJ_CLASSES (COIL_SMALL_MAX / 8 + 16)

/* One slot of the attribute-lookup cache (CPython's method cache): the
 * result of type_lookup(type, name), valid while `epoch` is current. */
typedef struct CoilMethodCacheEntry {
    const CoilType *type;
    const CoilString *name;
    CoilValue value;
    uint64_t epoch;
} CoilMethodCacheEntry;

/* The register stack is a chain of segments that never move, so a pointer
 * into a frame's registers (a native function's args) stays valid while
 * deeper frames are pushed. */
typedef struct CoilStackSeg {
    struct CoilStackSeg *prev, *next;
    size_t cap;
    CoilValue data[];
} CoilStackSeg;

typedef struct CoilNames {
#define COIL_NAME_FIELD(field, text) CoilString *field;
    COIL_NAMES(COIL_NAME_FIELD)
#undef COIL_NAME_FIELD
} CoilNames;

struct CoilVM {
    CoilAllocator alloc;      /* the host's hook */
    CoilAllocator counted;    /* the hook through the VM's accounting and limit */
    CoilBigCtx bigctx;        /* the big-int layer's per-VM state */

    /* --- heap and collector (gc.c) --- */
    size_t heap_bytes;        /* bytes allocated through the VM now */
    size_t gc_threshold;      /* collect when heap_bytes passes this */
    size_t mem_limit;         /* 0: unlimited; else MemoryError beyond it */
    size_t gc_count;          /* collections run (tests, stats) */
    bool gc_stress;           /* collect at every allocation */
    bool gcmod_disabled;      /* gc.disable() was called (reported only: mod_gc.c) */
    bool gcmod_threshold_set; /* gc.set_threshold() was called ... */
    int64_t gcmod_threshold[3]; /* ... with these values */
    bool gc_running;
    /* Suspended generators found dead inside a try/with: kept alive until a
     * safe point closes them (gen_close_dying), as CPython closes them at
     * deallocation.  Raw memory from the allocator hook. */
    struct CoilObject **gen_dying;
    size_t ngen_dying, capgen_dying;
    bool gen_closing;
    /* Weak references (weakref.c): each referent's refs, in a table the
     * collector reads without marking (raw memory from the hook), and the
     * refs a collection cleared whose callbacks still have to run at a safe
     * point, oldest first. */
    struct CoilWeakTable *weak_table;
    struct CoilWeakRef *weak_pending, *weak_pending_tail;
    bool weak_running;
    /* The C consumer (sum()) folding a generator's yields in the loop, if
     * any (CoilGenSink in gen.h). */
    struct CoilGenSink *gen_sink;
    /* The generator the latest call made, with the calling frame and its
     * saved pc: a `for` loop whose GETITER comes right after that CALL is the
     * only holder of the generator, and closes it when it is left early
     * (break, return, an exception), when CPython's reference count would
     * drop it. */
    /* generator.throw()'s arguments as given, which `yield from` passes on
     * unchanged to a delegate iterator's own throw() (PEP 380); NULL when
     * the throw comes from C. */
    /* The traceback module is formatting: 3.11's adds no "Did you mean"
     * (only the interpreter's own printer does). */
    bool tb_module_format;
    /* code loaded now has no column table (asyncio's frames placed on CPython's
     * lines: their columns would not match the text shown) */
    bool load_without_positions;
    const CoilValue *throw_args;
    size_t throw_nargs;
    /* The tuple f(*iterable) built from a non-tuple while that call runs, or
     * NULL: nothing else can see it, so the first frame whose *args
     * receives exactly its items takes it over instead of copying it
     * (iop_call_ex, frame_bind_args).  An exact tuple the program passed is
     * still copied: CPython 3.11 gives a new one, and `is` can tell. */
    struct CoilTuple *star_args;
    struct CoilObject *fresh_gen;
    const void *fresh_gen_frame, *fresh_gen_pc;
    int gc_inhibit;           /* >0: no collection (VM start-up) */
    /* Freed blocks of up to COIL_SMALL_MAX bytes, kept per 16-byte class for
     * reuse (still counted in heap_bytes: the hook has not got them back). */
    void *small_free[COIL_SMALL_CLASSES + 1];
    uint32_t small_count[COIL_SMALL_CLASSES + 1];
    /* Objects live in aligned pages of same-sized blocks carved from chunks
     * (gc.c), so the sweep walks memory in address order, a dead object is
     * reused by the next allocation of its class without a trip through the
     * hook, and mark bits sit in page headers.  obj_free chains each class's
     * free blocks; objects too big for a page have a span each (huge). */
    struct CoilGCPage *pages;
    struct CoilGCPage *huge;
    struct CoilGCChunk *chunks;
    CoilObject *obj_free[COIL_OBJ_CLASSES + 1];
    CoilObject **gray;        /* mark stack */
    size_t ngray, capgray;
    bool gray_overflow;
    int mark_depth;           /* gc_mark_object's nesting (GC_EAGER_DEPTH) */
    /* Temporary roots for objects C code holds in locals (GC_ROOT). nroots
     * may exceed caproots when growing failed: the collector then refuses
     * to run until the stack shrinks back, so nothing is freed unrooted. */
    CoilValue *roots;
    size_t nroots, caproots;
    /* Host handles: values a host holds are roots until released. */
    CoilValue *handles;
    size_t nhandles, caphandles;

    /* --- built-in types and exception classes --- */
#define COIL_TYPE_FIELD(n) CoilType *t_##n;
    COIL_BUILTIN_TYPES(COIL_TYPE_FIELD)
#undef COIL_TYPE_FIELD
#define COIL_EXC_FIELD(n, b) CoilType *e_##n;
    COIL_BUILTIN_EXCEPTIONS(COIL_EXC_FIELD)
#undef COIL_EXC_FIELD
    /* Types that are not named in vm.h's list (iterators, descriptors...). */
#define COIL_EXTRA_TYPE_FIELD(n) CoilType *t_##n;
    COIL_EXTRA_TYPES(COIL_EXTRA_TYPE_FIELD)
#undef COIL_EXTRA_TYPE_FIELD

    /* --- strings --- */
    CoilString **intern;      /* open-addressing set of interned strings */
    size_t intern_cap, intern_count;
    CoilNames names;
    CoilString *bin_names[BIN__COUNT][3];
    CoilString *cmp_names[6];
    CoilString *chars[128];   /* one-character ASCII strings */

    /* --- modules --- */
    CoilValue modules;        /* dict name -> module */
    CoilValue repl_globals;   /* the interactive prompt's __main__ dict, or VAL_EMPTY */
    CoilValue repl_loop;      /* the prompt's event loop for top-level await, or VAL_EMPTY */
    /* The current contextvars context (stdlib/contextvars.py): None when
     * empty, a dict of ContextVar -> value (never mutated once published),
     * or a Context object once code needed its identity.  A task saves and
     * restores it around each step. */
    CoilValue context;
    /* atexit callbacks (mod_atexit.c): a list, or VAL_EMPTY before the first. */
    CoilValue atexit_funcs;
    struct CoilFile *io_files; /* mod_io.c: files whose fd is open (not GC roots) */
    /* Native modules the host registered (import.c; a {NULL}-terminated
     * table the host owns), searched before the built-in ones. */
    const struct CoilNativeModule *host_modules;
    CoilValue builtins;       /* the builtins module */
    CoilValue builtins_dict;
    CoilValue empty_tuple;

    /* --- execution --- */
    CoilFrame *frame;         /* innermost running frame, NULL when idle */
    CoilStackSeg *seg;        /* current register-stack segment */
    CoilValue *stack_top;     /* first free slot in seg */
    int depth;                /* frames + native recursion, for RecursionError */
    /* C stack guard: nested dispatch loops (calls from C back into script
     * code) also stop with RecursionError when they have used c_stack_max
     * bytes below the outermost loop's stack position, whatever the limit. */
    int c_nesting;
    uintptr_t c_stack_base;
    size_t c_stack_max;
    int recursion_limit;
    int32_t check_counter;    /* counts down to the next check point */
    /* Set by vm_request_interrupt (also from a signal handler or another
     * thread); the next check point raises KeyboardInterrupt. */
    volatile sig_atomic_t interrupt_requested;
    /* vm_set_step_limit: steps left before the script is stopped (when
     * steps_limited), and the stop itself: while exc_uncatchable is set no
     * except or finally handler runs, so the exception ends the script. */
    uint64_t steps_left;
    bool steps_limited;
    bool exc_uncatchable;
    CoilValue exc;            /* pending exception instance, or VAL_EMPTY */
    CoilValue handled;        /* exception being handled (sys.exc_info), or None */
    CoilValue memory_error;   /* preallocated MemoryError instance */
    bool exc_reraise;
    /* The value an exhausted iterator returned (generator return value,
     * StopIteration.value), for next() and yield from; None otherwise. */
    CoilValue stop_value;
    uint64_t nan_serial;      /* payload of the last NaN float() made (value.h) */
    uint64_t dict_version;    /* source of dict version stamps (unique per VM) */
    /* Any change to a class namespace (or a class created or freed) starts a
     * new epoch, invalidating every method-cache entry at once. */
    uint64_t type_epoch;
    CoilMethodCacheEntry mcache[COIL_METHOD_CACHE_SIZE];
    /* Classes whose instances' __class__ is known to be type(v) in the
     * given epoch (vm_class_is_type in vm.h), by address bits. */
    struct {
        const void *type;
        uint64_t epoch;
    } class_is_type[16];         /* pending exception is a re-raise: no new tb entry */
    /* Objects whose repr is in progress (Py_ReprEnter): [...] for cycles. */
    CoilValue *repr_stack;
    size_t nrepr, caprepr;
    uint64_t hash_seed_k0, hash_seed_k1;  /* siphash key (0,0 = PYTHONHASHSEED=0) */
    const char *main_source;  /* source of the running script, for tracebacks */
    size_t main_source_len;
    const char *main_path;
    /* --- async layer (coro.c, loop.c, mod_asyncio.c) --- */
    struct CoilDriver *driver; /* innermost coroutine resumed from C (its await chain's base) */
    struct CoilAsync *async;   /* event loops and tasks; NULL until asyncio is first used */
    struct CoilCoroWarnings *coro_warnings; /* "never awaited" warnings of the running collection */
    struct CoilCoroWarned *coro_warned;     /* the ones already shown (CPython's warnings registry) */
    uint32_t coro_seq;         /* numbers coroutines in creation order (the warnings' order) */
};

/* The type of any value, without a call for the common cases. */
static inline CoilType *vm_typeof(const CoilVM *vm, CoilValue v)
{
    if (value_is_object(v)) return value_as_object(v)->type;
    if (value_is_small_int(v)) return vm->t_int;
    if (value_is_double(v)) return vm->t_float;
    if (value_is_bool(v)) return vm->t_bool;
    if (v == VAL_NONE) return vm->t_NoneType;
    if (v == VAL_NOTIMPLEMENTED) return vm->t_NotImplementedType;
    return vm->t_ellipsis;
}

/* v is an object of exactly type t. */
static inline bool value_is_type(CoilValue v, const CoilType *t)
{
    return value_is_object(v) && value_as_object(v)->type == t;
}

/* Copies n values (ranges may overlap; n == 0 allows NULL pointers, which
 * memcpy itself does not). */
static inline void values_copy(CoilValue *dst, const CoilValue *src, size_t n)
{
    if (n) memmove(dst, src, n * sizeof *dst);
}

#define VAL_OBJ(v, T) ((T *)value_as_object(v))

#endif
