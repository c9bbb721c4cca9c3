/* vm.h — the VM instance and the generic operations on values.
 * Everything mutable hangs off CoilVM (no globals), so a host can run several
 * VMs in one process.  The operations here (repr, hash, call, getattr, binary
 * operators, iteration …) dispatch through type slots; they return VAL_ERROR /
 * -1 with the VM's pending exception set on failure. */
#ifndef COIL_VM_H
#define COIL_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/alloc.h"
#include "vm/object.h"
#include "vm/value.h"

/* The built-in types the VM refers to directly. */
#define COIL_BUILTIN_TYPES(X) \
    X(object) X(type) X(NoneType) X(bool) X(int) X(float) X(str) X(bytes) \
    X(list) X(tuple) X(dict) X(set) X(frozenset) X(range) X(slice) \
    X(function) X(builtin_function_or_method) X(method) X(code) X(cell) \
    X(module) X(NotImplementedType) X(ellipsis) X(property) X(staticmethod) \
    X(classmethod) X(super) X(generator) X(coroutine) X(async_generator) \
    X(traceback) X(frame) X(bytearray) X(memoryview)

/* The built-in exception classes, each with its base. */
#define COIL_BUILTIN_EXCEPTIONS(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(Exception, BaseException) \
    X(StopIteration, Exception) X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) \
    X(UnboundLocalError, NameError) X(OSError, Exception) \
    X(TimeoutError, OSError) X(FileNotFoundError, OSError) X(FileExistsError, OSError) \
    X(PermissionError, OSError) X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(InterruptedError, OSError) X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ProcessLookupError, OSError) X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) X(PendingDeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning) \
    X(UserWarning, Warning) X(BaseExceptionGroup, BaseException) \
    X(ExceptionGroup, BaseExceptionGroup)

typedef struct CoilVM CoilVM;

/* --- lifecycle ---------------------------------------------------------------- */

/* A new VM using `alloc` (NULL: malloc).  NULL if even that fails. */
CoilVM *vm_new(const CoilAllocator *alloc);
void vm_free(CoilVM *vm);

/* Asks the running script to stop: KeyboardInterrupt is raised at the next
 * check point.  Safe to call from a signal handler or another thread. */
void vm_request_interrupt(CoilVM *vm);

/* Stops a script after about `steps` steps (loop iterations and calls; 0:
 * no limit): it then raises RuntimeError("step limit exceeded"), which no
 * except or finally clause can catch, as QuickJS's interrupt does, so a host
 * (or the fuzzer) can run untrusted code to an end. */
void vm_set_step_limit(CoilVM *vm, uint64_t steps);

/* The most bytes the VM may hold (0: no limit); beyond it allocations fail
 * with MemoryError after a collection. */
void vm_set_memory_limit(CoilVM *vm, size_t bytes);

/* Host handles: a value the host holds stays alive (a GC root) until its
 * handle is released.  vm_handle_new returns COIL_NO_HANDLE on failure. */
#define COIL_NO_HANDLE UINT32_MAX
uint32_t vm_handle_new(CoilVM *vm, CoilValue v);
CoilValue vm_handle_get(const CoilVM *vm, uint32_t handle);
void vm_handle_release(CoilVM *vm, uint32_t handle);

/* --- exceptions ----------------------------------------------------------------- */

/* Sets the pending exception to a new instance of `type` whose message is
 * formatted printf-style (CPython's PyErr_Format).  Always returns VAL_ERROR,
 * so `return vm_raise(...)` reads naturally. */
CoilValue vm_raise(CoilVM *vm, CoilType *type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
CoilValue vm_raise_value(CoilVM *vm, CoilValue exc); /* raise an instance or class */
CoilValue vm_raise_nomem(CoilVM *vm);                /* MemoryError, preallocated */
bool vm_has_exception(const CoilVM *vm);
CoilValue vm_take_exception(CoilVM *vm);             /* clears and returns it */
bool vm_exception_matches(CoilVM *vm, CoilType *type); /* pending is an instance of type */

/* --- generic operations (dispatch through type slots) ---------------------------- */

CoilType *vm_type_of(CoilVM *vm, CoilValue v);
CoilValue vm_repr(CoilVM *vm, CoilValue v);          /* a str or VAL_ERROR */
CoilValue vm_str(CoilVM *vm, CoilValue v);
int vm_hash(CoilVM *vm, CoilValue v, int64_t *out);
int vm_truthy(CoilVM *vm, CoilValue v);              /* 0, 1 or -1 */
int vm_len(CoilVM *vm, CoilValue v, int64_t *out);
CoilValue vm_binary(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b);
/* What is left of `a op b` once a's __op__ returned NotImplemented (the
 * interpreter's dunder frames, class_binary_dunder). */
CoilValue vm_binary_rest(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace);
/* The TypeError of `a op b` (or `a op= b`) that no operand supports. */
CoilValue vm_binary_error(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace);
/* str, list, tuple, bytes, bytearray (and subclasses): + concatenates, *
 * repeats (CPython's sequence slots, whose wrappers raise, not return
 * NotImplemented, and have no __radd__). */
bool vm_is_concat_seq(CoilVM *vm, CoilType *t);
/* The TypeError of `a op b` (unsupported operand types) once every dunder gave NotImplemented. */
CoilValue vm_binary_fail(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace);
/* Likewise for a rich comparison (class_compare_dunder). */
CoilValue vm_compare_rest(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op);
CoilValue vm_inplace(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b);
CoilValue vm_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op);
int vm_equal(CoilVM *vm, CoilValue a, CoilValue b);  /* a == b as a truth value; -1 on error */
int vm_contains(CoilVM *vm, CoilValue container, CoilValue item);
CoilValue vm_getattr(CoilVM *vm, CoilValue obj, CoilString *name);
int vm_setattr(CoilVM *vm, CoilValue obj, CoilString *name, CoilValue value);
CoilValue vm_getitem(CoilVM *vm, CoilValue obj, CoilValue key);
int vm_setitem(CoilVM *vm, CoilValue obj, CoilValue key, CoilValue value);
CoilValue vm_iter(CoilVM *vm, CoilValue obj);
CoilValue vm_next(CoilVM *vm, CoilValue iter);       /* VAL_EMPTY when exhausted */
CoilValue vm_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                  CoilValue kwnames);
CoilValue vm_format(CoilVM *vm, CoilValue v, CoilValue spec);

/* isinstance on types (walks the MRO). */
bool type_is_subtype(const CoilType *t, const CoilType *base);

/* --- more operations the runtime shares ------------------------------------------ */

/* operator.index(v) as int64: TypeError "'float' object cannot be interpreted
 * as an integer", IndexError/OverflowError when it does not fit. 0 or -1. */
int vm_index(CoilVM *vm, CoilValue v, int64_t *out);
/* Like vm_index but returns the int value itself (small or big). */
CoilValue vm_index_value(CoilVM *vm, CoilValue v);
/* float(v) for int/float/bool, or __float__; TypeError text from `what`. */
int vm_to_double(CoilVM *vm, CoilValue v, double *out);
bool vm_isinstance(CoilVM *vm, CoilValue v, CoilType *t);
/* isinstance(v, cls) with cls a type or tuple of types: 1, 0 or -1. */
int vm_isinstance_check(CoilVM *vm, CoilValue v, CoilValue cls);
/* Instances of vt report vt itself as __class__ (no override to consult):
 * built-in types always, classes through a small per-epoch cache
 * (vm->class_is_type, probed inline by the CALL instruction too). */
bool vm_class_is_type(CoilVM *vm, CoilType *vt);
/* issubclass(cls, base) with tuples and __subclasscheck__; 0/1 or -1. */
int vm_issubclass_check(CoilVM *vm, CoilValue cls, CoilValue base);
CoilValue vm_getattr_cstr(CoilVM *vm, CoilValue obj, const char *name);
/* obj.name(*args); VAL_ERROR on failure. */
CoilValue vm_call_method(CoilVM *vm, CoilValue obj, CoilString *name, const CoilValue *args,
                         size_t nargs);
/* Calls with positional args only. */
static inline CoilValue vm_call0(CoilVM *vm, CoilValue f) { return vm_call(vm, f, NULL, 0, VAL_EMPTY); }
static inline CoilValue vm_call1(CoilVM *vm, CoilValue f, CoilValue a) { return vm_call(vm, f, &a, 1, VAL_EMPTY); }
CoilValue vm_unary(CoilVM *vm, int op, CoilValue v); /* op: OP_NEG/OP_POS/OP_INVERT */
int vm_delitem(CoilVM *vm, CoilValue obj, CoilValue key);
int vm_delattr(CoilVM *vm, CoilValue obj, CoilString *name);
/* Recursion guard for C code that may recurse (repr, compare, hash of deep
 * structures): RecursionError with CPython's text plus `where`. */
int vm_enter_recursion(CoilVM *vm, const char *where);
void vm_leave_recursion(CoilVM *vm);
/* Py_ReprEnter: 1 if v's repr is already in progress (print [...]), 0 if
 * entered (call vm_repr_leave), -1 on error. */
int vm_repr_enter(CoilVM *vm, CoilValue v);
void vm_repr_leave(CoilVM *vm, CoilValue v);

#endif
