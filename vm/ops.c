/* ops.c — the generic operations on values (vm.h): repr/str/hash/truth,
 * binary and in-place operators with CPython's operand-order rules, rich
 * comparison with reflection, containment, items, attributes, iteration and
 * calls, each with CPython's error texts. */
#include <math.h>

#include "vm/attrcache.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/generic_alias.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/union_type.h"

/* --- recursion guards ------------------------------------------------------------ */

int vm_enter_recursion(CoilVM *vm, const char *where)
{
    char probe;
    uintptr_t sp = (uintptr_t)&probe;
    bool deep_c = vm->c_nesting && vm->c_stack_base > sp && vm->c_stack_base - sp > vm->c_stack_max;
    if (++vm->depth > vm->recursion_limit || deep_c) {
        vm->depth--;
        vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void vm_leave_recursion(CoilVM *vm) { vm->depth--; }

int vm_repr_enter(CoilVM *vm, CoilValue v)
{
    for (size_t i = 0; i < vm->nrepr; i++)
        if (vm->repr_stack[i] == v) return 1;
    if (vm->nrepr == vm->caprepr) {
        size_t cap = vm->caprepr ? vm->caprepr * 2 : 16;
        CoilValue *s = vm_mem_realloc(vm, vm->repr_stack, vm->caprepr * sizeof *s, cap * sizeof *s);
        if (!s) return -1;
        vm->repr_stack = s;
        vm->caprepr = cap;
    }
    vm->repr_stack[vm->nrepr++] = v;
    return 0;
}

void vm_repr_leave(CoilVM *vm, CoilValue v)
{
    for (size_t i = vm->nrepr; i > 0; i--) {
        if (vm->repr_stack[i - 1] == v) {
            memmove(vm->repr_stack + i - 1, vm->repr_stack + i, (vm->nrepr - i) * sizeof(CoilValue));
            vm->nrepr--;
            return;
        }
    }
}

/* --- conversion ---------------------------------------------------------------------- */

CoilValue vm_repr(CoilVM *vm, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    if (t == vm->t_str) return str_repr(vm, value_as_str(v));
    if (vm_enter_recursion(vm, " while getting the repr of an object") < 0) return VAL_ERROR;
    CoilValue r = t->repr(vm, v);
    vm_leave_recursion(vm);
    if (value_is_error(r) || value_is_str(vm, r)) return r;
    return vm_raise(vm, vm->e_TypeError, "__repr__ returned non-string (type %s)", value_type_name(vm, r));
}

CoilValue vm_str(CoilVM *vm, CoilValue v)
{
    /* Small ints first: str(i) and f"{i}" are the common case, and int's
     * __str__ cannot recurse. */
    if (value_is_small_int(v)) return int_to_str(vm, v, 10, 0);
    CoilType *t = vm_typeof(vm, v);
    if (t == vm->t_str) return v;
    if (vm_enter_recursion(vm, " while getting the str of an object") < 0) return VAL_ERROR;
    CoilValue r = t->str ? t->str(vm, v) : t->repr(vm, v);
    vm_leave_recursion(vm);
    if (value_is_error(r) || value_is_str(vm, r)) return r;
    return vm_raise(vm, vm->e_TypeError, "__str__ returned non-string (type %s)", value_type_name(vm, r));
}

int vm_hash(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (value_is_small_int(v)) {
        *out = bigint_i64_hash(value_as_small_int(v));
        return 0;
    }
    if (value_is_double(v)) {
        *out = float_hash_double(value_as_double(v));
        return 0;
    }
    CoilType *t = vm_typeof(vm, v);
    if (t == vm->t_str) {
        *out = str_hash(vm, value_as_str(v));
        return 0;
    }
    if (!t->hash) {
        vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(vm, v, out);
}

int vm_truthy(CoilVM *vm, CoilValue v)
{
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (value_is_small_int(v)) return value_as_small_int(v) != 0;
    if (value_is_double(v)) return value_as_double(v) != 0.0;
    CoilType *t = vm_typeof(vm, v);
    if (t->bool_) return t->bool_(vm, v);
    if (t->len) {
        int64_t n;
        if (t->len(vm, v, &n) < 0) return -1;
        return n != 0;
    }
    return 1;
}

int vm_len(CoilVM *vm, CoilValue v, int64_t *out)
{
    CoilType *t = vm_typeof(vm, v);
    if (!t->len) {
        vm_raise(vm, vm->e_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(vm, v, out);
}

int vm_index(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (value_is_small_int(v)) {
        *out = value_as_small_int(v);
        return 0;
    }
    CoilValue i = vm_index_value(vm, v);
    if (value_is_error(i)) return -1;
    if (!int_to_i64(vm, i, out)) {
        vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

CoilValue vm_index_value(CoilVM *vm, CoilValue v)
{
    if (value_is_small_int(v)) return v;
    if (value_is_bool(v)) return value_from_small_int(v == VAL_TRUE);
    if (value_is_bigint(vm, v)) return v;
    /* An int subclass is used by value, never through an overridden
     * __index__ (CPython's PyNumber_Index takes any int as is). */
    if (value_is_int(vm, v)) return vm->t_int->index(vm, v);
    CoilType *t = vm_typeof(vm, v);
    if (t->index) {
        CoilValue r = t->index(vm, v);
        if (value_is_error(r) || value_is_int(vm, r)) return r;
        return vm_raise(vm, vm->e_TypeError, "__index__ returned non-int (type %s)", value_type_name(vm, r));
    }
    return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

int vm_to_double(CoilVM *vm, CoilValue v, double *out)
{
    if (value_is_double(v)) {
        *out = value_as_double(v);
        return 0;
    }
    if (value_is_int(vm, v)) return int_to_double(vm, v, out) ? 0 : -1;
    CoilType *t = vm_typeof(vm, v);
    if (t->float_) {
        CoilValue r = t->float_(vm, v);
        if (value_is_error(r)) return -1;
        if (!value_is_double(r)) {
            vm_raise(vm, vm->e_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                     value_type_name(vm, r));
            return -1;
        }
        *out = value_as_double(r);
        return 0;
    }
    if (t->index) {
        CoilValue r = vm_index_value(vm, v);
        if (value_is_error(r)) return -1;
        return int_to_double(vm, r, out) ? 0 : -1;
    }
    vm_raise(vm, vm->e_TypeError, "must be real number, not %s", t->name);
    return -1;
}

bool vm_isinstance(CoilVM *vm, CoilValue v, CoilType *t) { return type_is_subtype(vm_typeof(vm, v), t); }

/* A metaclass's own __instancecheck__/__subclasscheck__ (type's built-in
 * ones are the plain checks, so they are skipped). */
static int call_check_hook(CoilVM *vm, CoilValue cls, CoilString *name, CoilValue arg, bool *found)
{
    CoilType *meta = vm_typeof(vm, cls);
    *found = false;
    if (meta == vm->t_type) return 0;
    CoilValue hook = type_lookup(vm, meta, name);
    if (hook == VAL_EMPTY || value_is_type(hook, vm->t_method_descriptor)) return 0;
    *found = true;
    if (vm_enter_recursion(vm, name == vm->names.__instancecheck__ ? " in __instancecheck__"
                                                                   : " in __subclasscheck__") < 0)
        return -1;
    bool f;
    CoilValue r = type_call_special(vm, cls, name, &arg, 1, &f);
    vm_leave_recursion(vm);
    if (value_is_error(r)) return -1;
    GC_ROOT(vm, r);
    int t = vm_truthy(vm, r);
    GC_UNROOT(vm, 1);
    return t;
}

/* type(v) never differs from what v.__class__ reports: a built-in type's
 * instances cannot override it, and a class that defines neither
 * __getattribute__/__getattr__ nor its own __class__ gets object's (the
 * answer is cached until the next class-namespace change). */
bool vm_class_is_type(CoilVM *vm, CoilType *vt)
{
    if (!(vt->flags & TYPE_HEAPTYPE)) return true;
    size_t h = ((uintptr_t)vt >> 6) & 15;
    if (vm->class_is_type[h].type == vt && vm->class_is_type[h].epoch == vm->type_epoch) return true;
    if (vt->getattr != vm->t_object->getattr ||
        type_lookup(vm, vt, vm->names.__class__) != type_lookup(vm, vm->t_object, vm->names.__class__))
        return false;
    vm->class_is_type[h].type = vt;
    vm->class_is_type[h].epoch = vm->type_epoch;
    return true;
}

/* isinstance(v, t) once t's own check applies: a subtype of t, or (as
 * CPython's object_isinstance) v.__class__ names a different class that is. */
static int isinstance_class(CoilVM *vm, CoilValue v, CoilType *t)
{
    CoilType *vt = vm_typeof(vm, v);
    if (type_is_subtype(vt, t)) return 1;
    if (vm_class_is_type(vm, vt)) return 0;
    CoilValue c = vm_getattr(vm, v, vm->names.__class__);
    if (value_is_error(c)) {
        if (!vm_exception_matches(vm, vm->e_AttributeError)) return -1;
        vm_take_exception(vm);
        return 0;
    }
    if (c == value_from_object(vt) || !value_is_object(c) || !(value_as_object(c)->type->flags & TYPE_TYPE_SUBCLASS))
        return 0;
    return type_is_subtype((CoilType *)value_as_object(c), t);
}

int vm_isinstance_check(CoilVM *vm, CoilValue v, CoilValue cls)
{
    if (value_is_object(cls) && (value_as_object(cls)->type->flags & TYPE_TYPE_SUBCLASS)) {
        CoilType *t = (CoilType *)value_as_object(cls);
        if (vm_typeof(vm, v) == t) return 1;
        if (t->obj.type == vm->t_type) return isinstance_class(vm, v, t);
    } else if (value_is_tuple(vm, cls) || value_is_type(cls, vm->t_union_type)) {
        CoilTuple *t = value_as_tuple(value_is_tuple(vm, cls) ? cls : union_type_args(cls));
        for (size_t i = 0; i < t->len; i++) {
            int r = vm_isinstance_check(vm, v, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    bool found;
    int r = call_check_hook(vm, cls, vm->names.__instancecheck__, v, &found);
    if (found || r < 0) return r;
    if (value_is_object(cls) && (value_as_object(cls)->type->flags & TYPE_TYPE_SUBCLASS))
        return isinstance_class(vm, v, (CoilType *)value_as_object(cls));
    vm_raise(vm, vm->e_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static bool is_class(CoilValue v) { return value_is_object(v) && (value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS); }

int vm_issubclass_check(CoilVM *vm, CoilValue cls, CoilValue base)
{
    if (is_class(base) && value_as_object(base)->type == vm->t_type) {
        if (!is_class(cls)) {
            vm_raise(vm, vm->e_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((CoilType *)value_as_object(cls), (CoilType *)value_as_object(base));
    }
    if (value_is_tuple(vm, base) || value_is_type(base, vm->t_union_type)) {
        CoilTuple *t = value_as_tuple(value_is_tuple(vm, base) ? base : union_type_args(base));
        for (size_t i = 0; i < t->len; i++) {
            int r = vm_issubclass_check(vm, cls, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    bool found;
    int r = call_check_hook(vm, base, vm->names.__subclasscheck__, cls, &found);
    if (found || r < 0) return r;
    if (!is_class(cls)) {
        vm_raise(vm, vm->e_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_class(base)) {
        vm_raise(vm, vm->e_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((CoilType *)value_as_object(cls), (CoilType *)value_as_object(base));
}

/* --- binary operators ------------------------------------------------------------------ */

static const char *const bin_symbols[BIN__COUNT] = {"+", "-", "*", "/", "//", "%", "** or pow()", "@",
                                                    "<<", ">>", "&", "|", "^"};
static const char *const inplace_symbols[BIN__COUNT] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=",
                                                        "<<=", ">>=", "&=", "|=", "^="};

/* CPython's binary_op1: the right operand's slot goes first when its type
 * is a proper subtype of the left's. */
static CoilValue binary_op1(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    CoilBinaryFn slota = ta->binary[op];
    CoilBinaryFn slotb = tb != ta ? tb->binary[op] : NULL;
    if (slotb == slota) slotb = NULL;
    if (slota) {
        if (slotb && type_is_subtype(tb, ta)) {
            CoilValue r = slotb(vm, a, b);
            if (r != VAL_NOTIMPLEMENTED) return r;
            slotb = NULL;
        }
        CoilValue r = slota(vm, a, b);
        if (r != VAL_NOTIMPLEMENTED) return r;
    }
    if (slotb) return slotb(vm, a, b);
    return VAL_NOTIMPLEMENTED;
}

bool vm_is_concat_seq(CoilVM *vm, CoilType *t)
{
    return type_is_subtype(t, vm->t_str) || type_is_subtype(t, vm->t_list) ||
           type_is_subtype(t, vm->t_tuple) || type_is_subtype(t, vm->t_bytes) || type_is_subtype(t, vm->t_bytearray);
}

CoilValue vm_binary_error(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    if (op == BIN_ADD && vm_is_concat_seq(vm, ta)) {
        const char *n = type_is_subtype(ta, vm->t_str) ? "str" : type_is_subtype(ta, vm->t_list) ? "list"
                      : type_is_subtype(ta, vm->t_tuple) ? "tuple" : "bytes";
        if (type_is_subtype(ta, vm->t_bytes) || type_is_subtype(ta, vm->t_bytearray))
            return vm_raise(vm, vm->e_TypeError, "can't concat %s to %s", tb->name, ta->name);
        return vm_raise(vm, vm->e_TypeError, "can only concatenate %s (not \"%s\") to %s", n, tb->name, n);
    }
    if (op == BIN_MUL && (vm_is_concat_seq(vm, ta) || vm_is_concat_seq(vm, tb))) {
        CoilType *other = vm_is_concat_seq(vm, ta) ? tb : ta;
        if (!other->index)
            return vm_raise(vm, vm->e_TypeError, "can't multiply sequence by non-int of type '%s'", other->name);
    }
    if (op == BIN_MOD && type_is_subtype(ta, vm->t_str))
        return vm_raise(vm, vm->e_TypeError, "not all arguments converted during string formatting");
    return vm_raise(vm, vm->e_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? inplace_symbols[op] : bin_symbols[op], ta->name, tb->name);
}

/* The end of `a op b` (or `a op= b` without __iop__) when a's own __op__,
 * run as a frame (class_binary_dunder), returned NotImplemented: b's slot,
 * then the TypeError. */
CoilValue vm_binary_rest(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    CoilBinaryFn slotb = tb != ta ? tb->binary[op] : NULL;
    CoilValue r = slotb && slotb != ta->binary[op] ? slotb(vm, a, b) : VAL_NOTIMPLEMENTED;
    if (r != VAL_NOTIMPLEMENTED) return r;
    return vm_binary_error(vm, op, a, b, inplace);
}

CoilValue vm_binary_fail(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b, bool inplace)
{
    return vm_binary_error(vm, op, a, b, inplace);
}

/* Both operands exact ints, one at least a heap int (a running total past
 * the small-int range): int arithmetic without the slot dispatch, which
 * could only pick int's own slot for them. */
static inline bool exact_ints(CoilVM *vm, CoilValue a, CoilValue b)
{
    return (value_is_small_int(a) || value_is_type(a, vm->t_int)) &&
           (value_is_small_int(b) || value_is_type(b, vm->t_int));
}

CoilValue vm_binary(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    if (value_is_small_int(a) && value_is_small_int(b)) {
        CoilValue r = int_binary_op(vm, op, a, b);
        return r != VAL_NOTIMPLEMENTED ? r : vm_binary_error(vm, op, a, b, false); /* int @ int */
    }
    if (value_is_double(a) && value_is_double(b) && op <= BIN_POW && op != BIN_MATMUL)
        return float_binary_op(vm, op, value_as_double(a), value_as_double(b));
    if (exact_ints(vm, a, b)) {
        CoilValue r = int_binary_op(vm, op, a, b);
        if (r != VAL_NOTIMPLEMENTED) return r;
    }
    /* Exact str + str, the other common case, skips the slot dispatch. */
    if (op == BIN_ADD && value_is_type(a, vm->t_str) && value_is_type(b, vm->t_str))
        return str_concat(vm, value_as_str(a), value_as_str(b));
    CoilValue r = binary_op1(vm, op, a, b);
    if (r != VAL_NOTIMPLEMENTED) return r;
    return vm_binary_error(vm, op, a, b, false);
}

CoilValue vm_inplace(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    if (value_is_small_int(a) && value_is_small_int(b)) {
        CoilValue r = int_binary_op(vm, op, a, b);
        return r != VAL_NOTIMPLEMENTED ? r : vm_binary_error(vm, op, a, b, true);
    }
    if (exact_ints(vm, a, b)) {
        CoilValue r = int_binary_op(vm, op, a, b);
        if (r != VAL_NOTIMPLEMENTED) return r;
    }
    if (op == BIN_ADD && value_is_type(a, vm->t_str) && value_is_type(b, vm->t_str))
        return str_concat(vm, value_as_str(a), value_as_str(b));
    CoilType *ta = vm_typeof(vm, a);
    if (ta->inplace[op]) {
        CoilValue r = ta->inplace[op](vm, a, b);
        if (r != VAL_NOTIMPLEMENTED) return r;
    }
    CoilValue r = binary_op1(vm, op, a, b);
    if (r != VAL_NOTIMPLEMENTED) return r;
    return vm_binary_error(vm, op, a, b, true);
}

CoilValue vm_unary(CoilVM *vm, int op, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    CoilUnaryFn fn = op == OP_NEG ? t->neg : op == OP_POS ? t->pos : t->invert;
    if (!fn) {
        const char *sym = op == OP_NEG ? "-" : op == OP_POS ? "+" : "~";
        return vm_raise(vm, vm->e_TypeError, "bad operand type for unary %s: '%s'", sym, t->name);
    }
    return fn(vm, v);
}

/* --- comparison ------------------------------------------------------------------------ */

static const CoilCompareOp swapped_op[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

CoilValue vm_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (value_is_small_int(a) && value_is_small_int(b)) {
        int64_t x = value_as_small_int(a), y = value_as_small_int(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return value_from_bool(r);
    }
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    if (vm_enter_recursion(vm, " in comparison") < 0) return VAL_ERROR;
    CoilValue r = VAL_NOTIMPLEMENTED;
    bool checked_reverse = false;
    if (ta != tb && tb->compare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->compare(vm, b, a, swapped_op[op]);
    }
    if (r == VAL_NOTIMPLEMENTED && ta->compare) r = ta->compare(vm, a, b, op);
    if (r == VAL_NOTIMPLEMENTED && !checked_reverse && tb->compare) r = tb->compare(vm, b, a, swapped_op[op]);
    vm_leave_recursion(vm);
    if (r != VAL_NOTIMPLEMENTED) return r;
    if (op == CMP_EQ) return value_from_bool(a == b);
    if (op == CMP_NE) return value_from_bool(a != b);
    return vm_raise(vm, vm->e_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name, tb->name);
}

/* The end of `a op b` once a's own comparison dunder, run as a frame
 * (class_compare_dunder), returned NotImplemented: b's reflected method, then
 * identity for == and !=, else the TypeError. */
CoilValue vm_compare_rest(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    CoilValue r = VAL_NOTIMPLEMENTED;
    if (tb->compare) {
        if (vm_enter_recursion(vm, " in comparison") < 0) return VAL_ERROR;
        r = tb->compare(vm, b, a, swapped_op[op]);
        vm_leave_recursion(vm);
    }
    if (r != VAL_NOTIMPLEMENTED) return r;
    if (op == CMP_EQ) return value_from_bool(a == b);
    if (op == CMP_NE) return value_from_bool(a != b);
    return vm_raise(vm, vm->e_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name, tb->name);
}

int vm_equal(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (a == b && !value_is_double(a)) return 1;
    if (value_is_small_int(a) && value_is_small_int(b)) return 0;
    if (value_is_type(a, vm->t_str) && value_is_type(b, vm->t_str)) return str_eq(value_as_str(a), value_as_str(b));
    CoilValue r = vm_compare(vm, a, b, CMP_EQ);
    if (value_is_error(r)) return -1;
    if (r == VAL_TRUE) return 1;
    if (r == VAL_FALSE) return 0;
    GC_ROOT(vm, r);
    int t = vm_truthy(vm, r);
    GC_UNROOT(vm, 1);
    return t;
}

int vm_contains(CoilVM *vm, CoilValue container, CoilValue item)
{
    CoilType *t = vm_typeof(vm, container);
    if (t->contains) return t->contains(vm, container, item);
    if (!t->iter && !t->getitem) {
        vm_raise(vm, vm->e_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    CoilValue it = vm_iter(vm, container);
    if (value_is_error(it)) return -1;
    GC_ROOT(vm, it);
    int found = 0;
    for (;;) {
        CoilValue v = vm_next(vm, it);
        if (v == VAL_EMPTY) break;
        if (value_is_error(v)) {
            found = -1;
            break;
        }
        int eq = v == item ? 1 : vm_equal(vm, v, item);
        if (eq) {
            found = eq;
            break;
        }
    }
    GC_UNROOT(vm, 1);
    return found;
}

/* --- attributes ------------------------------------------------------------------------ */

CoilValue vm_getattr(CoilVM *vm, CoilValue obj, CoilString *name)
{
    CoilValue v = vm_typeof(vm, obj)->getattr(vm, obj, name);
    if (value_is_error(v)) exc_set_attribute_context(vm, obj, name);
    return v;
}

CoilValue vm_getattr_cstr(CoilVM *vm, CoilValue obj, const char *name)
{
    GC_ROOT(vm, obj);
    CoilString *s = str_intern_cstr(vm, name);
    GC_UNROOT(vm, 1);
    if (!s) return VAL_ERROR;
    return vm_getattr(vm, obj, s);
}

int vm_setattr(CoilVM *vm, CoilValue obj, CoilString *name, CoilValue value)
{
    CoilType *t = vm_typeof(vm, obj);
    if (!t->setattr) {
        vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        return -1;
    }
    return t->setattr(vm, obj, name, value);
}

int vm_delattr(CoilVM *vm, CoilValue obj, CoilString *name) { return vm_setattr(vm, obj, name, VAL_EMPTY); }

CoilValue vm_call_method(CoilVM *vm, CoilValue obj, CoilString *name, const CoilValue *args, size_t nargs)
{
    /* As GETMETHOD: a plain method found on the type and not shadowed by
     * the instance is called with obj prepended, without the bound-method
     * object (C code calls methods per item: deque.remove, fut.get_loop). */
    if (value_is_object(obj) && nargs < 8) {
        CoilObject *o = value_as_object(obj);
        CoilAttrCache ac = {0};
        attrcache_fill_method(vm, &ac, o->type, name);
        if (ac.type == o->type && (!ac.offset || ac_lacks(vm, &ac, o, name))) {
            CoilValue argv[8];
            argv[0] = obj;
            /* the arguments stay rooted for the call, as the bound-method
             * path's copy of them would be */
            GC_SAVE(vm);
            for (size_t i = 0; i <= nargs; i++) {
                if (i) argv[i] = args[i - 1];
                GC_ROOT(vm, argv[i]);
            }
            CoilValue r = vm_call(vm, ac.attr, argv, nargs + 1, VAL_EMPTY);
            GC_RESTORE(vm);
            return r;
        }
    }
    GC_SAVE(vm);
    GC_ROOT(vm, obj);
    CoilValue m = vm_getattr(vm, obj, name);
    if (value_is_error(m)) return GC_RESTORE(vm), m;
    GC_ROOT(vm, m);
    CoilValue r = vm_call(vm, m, args, nargs, VAL_EMPTY);
    GC_RESTORE(vm);
    return r;
}

/* --- items --------------------------------------------------------------------------------- */

CoilValue vm_getitem(CoilVM *vm, CoilValue obj, CoilValue key)
{
    CoilType *t = vm_typeof(vm, obj);
    if (t->getitem) return t->getitem(vm, obj, key);
    if (t->flags & TYPE_TYPE_SUBCLASS) {
        CoilType *cls = (CoilType *)value_as_object(obj);
        CoilValue m = type_lookup(vm, cls, vm->names.__class_getitem__);
        if (m != VAL_EMPTY) {
            CoilValue args[2] = {obj, key};
            if (value_is_type(m, vm->t_classmethod) || vm_typeof(vm, m) == vm->t_classmethod_descriptor) {
                CoilValue bound = vm_typeof(vm, m)->descr_get(vm, m, VAL_EMPTY, obj);
                if (value_is_error(bound)) return bound;
                return vm_call1(vm, bound, key);
            }
            return vm_call(vm, m, args, 2, VAL_EMPTY);
        }
        /* type[int] is a types.GenericAlias (list[int] and the like come
         * from their __class_getitem__). */
        if (cls == vm->t_type) {
            return generic_alias_new(vm, obj, key);
        }
        return vm_raise(vm, vm->e_TypeError, "type '%s' is not subscriptable", cls->name);
    }
    return vm_raise(vm, vm->e_TypeError, "'%s' object is not subscriptable", t->name);
}

int vm_setitem(CoilVM *vm, CoilValue obj, CoilValue key, CoilValue value)
{
    CoilType *t = vm_typeof(vm, obj);
    if (!t->setitem) {
        if (value == VAL_EMPTY)
            vm_raise(vm, vm->e_TypeError, "'%s' object doesn't support item deletion", t->name);
        else
            vm_raise(vm, vm->e_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(vm, obj, key, value);
}

int vm_delitem(CoilVM *vm, CoilValue obj, CoilValue key) { return vm_setitem(vm, obj, key, VAL_EMPTY); }

/* --- iteration ------------------------------------------------------------------------------ */

CoilValue vm_iter(CoilVM *vm, CoilValue obj)
{
    CoilType *t = vm_typeof(vm, obj);
    if (t->iter) {
        CoilValue it = t->iter(vm, obj);
        if (value_is_error(it)) return it;
        if (!vm_typeof(vm, it)->next)
            return vm_raise(vm, vm->e_TypeError, "iter() returned non-iterator of type '%s'", value_type_name(vm, it));
        return it;
    }
    if (t->getitem && !(t->flags & TYPE_TYPE_SUBCLASS) && !type_is_subtype(t, vm->t_dict))
        return seqiter_new(vm, vm->t_seq_iterator, obj);
    return vm_raise(vm, vm->e_TypeError, "'%s' object is not iterable", t->name);
}

CoilValue vm_next(CoilVM *vm, CoilValue iter)
{
    CoilType *t = vm_typeof(vm, iter);
    if (!t->next) return vm_raise(vm, vm->e_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(vm, iter);
}

/* --- calls and formatting ----------------------------------------------------------------- */

CoilValue vm_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilType *t = vm_typeof(vm, callee);
    if (!t->call) return vm_raise(vm, vm->e_TypeError, "'%s' object is not callable", t->name);
    /* Script functions count through their frames; other callables here.
     * CPython words it " while calling a Python object" where it goes
     * through tp_call -- classes of scripts and their instances' __call__ --
     * and plainly for built-in functions, methods and types. */
    if (t == vm->t_function) return t->call(vm, callee, args, nargs, kwnames);
    bool tp_call = (t->flags & TYPE_TYPE_SUBCLASS) ? (((CoilType *)value_as_object(callee))->flags & TYPE_HEAPTYPE) != 0
                                                   : (t->flags & TYPE_HEAPTYPE) != 0;
    if (vm_enter_recursion(vm, tp_call ? " while calling a Python object" : "") < 0) return VAL_ERROR;
    CoilValue r = t->call(vm, callee, args, nargs, kwnames);
    vm_leave_recursion(vm);
    return r;
}

CoilValue vm_format(CoilVM *vm, CoilValue v, CoilValue spec)
{
    CoilType *t = vm_typeof(vm, v);
    if (t->format) {
        CoilValue r = t->format(vm, v, spec);
        if (value_is_error(r) || value_is_str(vm, r)) return r;
        return vm_raise(vm, vm->e_TypeError, "__format__ must return a str, not %s", value_type_name(vm, r));
    }
    if (value_as_str(spec)->len)
        return vm_raise(vm, vm->e_TypeError, "unsupported format string passed to %s.__format__", t->name);
    return vm_str(vm, v);
}
