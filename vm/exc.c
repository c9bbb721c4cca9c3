/* exc.c — exception objects: BaseException's slots and attributes, raising
 * (vm_raise with printf messages, implicit chaining of __context__ as
 * CPython's _PyErr_SetObject does), KeyError/StopIteration/SystemExit
 * specifics, and traceback records. */
#include <stdarg.h>
#include <stdio.h>

#include "vm/args.h"
#include "vm/dict.h"
#include "vm/list.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static void exc_trace(CoilVM *vm, CoilObject *o)
{
    CoilException *e = (CoilException *)o;
    gc_mark_value(vm, e->dict);
    gc_mark_value(vm, e->args);
    gc_mark_value(vm, e->traceback);
    gc_mark_value(vm, e->cause);
    gc_mark_value(vm, e->context);
    gc_mark_value(vm, e->notes);
    gc_mark_value(vm, e->value);
    gc_mark_value(vm, e->attr_name);
    gc_mark_value(vm, e->attr_obj);
    gc_mark_value(vm, e->os_errno);
    gc_mark_value(vm, e->os_strerror);
    gc_mark_value(vm, e->os_filename);
    gc_mark_value(vm, e->os_filename2);
}

static void tb_trace(CoilVM *vm, CoilObject *o)
{
    CoilTraceback *t = (CoilTraceback *)o;
    gc_mark_value(vm, t->next);
    gc_mark_value(vm, t->globals);
    gc_mark_value(vm, t->frame);
    gc_mark_object(vm, (CoilObject *)t->code);
}

/* The value a subclass stores in `value` from its args (StopIteration.value,
 * SystemExit.code). */
static void exc_set_args(CoilVM *vm, CoilException *e, CoilValue args)
{
    e->args = args;
    CoilTuple *t = value_as_tuple(args);
    /* StopIteration.value is the first argument; SystemExit.code the one
     * argument or the whole tuple */
    if (type_is_subtype(e->obj.type, vm->e_StopIteration))
        e->value = t->len == 0 ? VAL_NONE : t->items[0];
    else if (type_is_subtype(e->obj.type, vm->e_SystemExit))
        e->value = t->len == 0 ? VAL_NONE : t->len == 1 ? t->items[0] : args;
    if (type_is_subtype(e->obj.type, vm->e_OSError)) {
        /* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with
         * a filename, args keeps only (errno, strerror) as CPython's. */
        e->os_errno = e->os_strerror = e->os_filename = e->os_filename2 = VAL_EMPTY;
        if (t->len < 2 || t->len > 5) return;
        e->os_errno = t->items[0];
        e->os_strerror = t->items[1];
        if (t->len >= 3 && t->items[2] != VAL_NONE) {
            e->os_filename = t->items[2];
            if (t->len == 5) e->os_filename2 = t->items[4];
            CoilValue two = tuple_new(vm, 2);
            if (value_is_error(two)) {
                vm_take_exception(vm); /* keep the full args rather than fail */
                return;
            }
            value_as_tuple(two)->items[0] = e->os_errno;
            value_as_tuple(two)->items[1] = e->os_strerror;
            e->args = two;
        }
    }
}

CoilValue exc_new(CoilVM *vm, CoilType *type, CoilValue args)
{
    GC_ROOT(vm, args);
    CoilException *e = gc_alloc_object(vm, type, type->instance_size);
    GC_UNROOT(vm, 1);
    if (!e) return VAL_ERROR;
    e->dict = VAL_EMPTY;
    object_init_fields(&e->obj);
    e->traceback = e->cause = e->context = VAL_NONE;
    e->notes = VAL_EMPTY;
    e->value = VAL_NONE;
    e->attr_name = e->attr_obj = VAL_NONE;
    e->os_errno = e->os_strerror = e->os_filename = e->os_filename2 = VAL_EMPTY;
    GC_ROOT(vm, value_from_object(e));
    exc_set_args(vm, e, args);
    GC_UNROOT(vm, 1);
    return value_from_object(e);
}

void exc_set_pending(CoilVM *vm, CoilValue exc)
{
    CoilValue handled = vm->handled;
    if (value_is_exception(vm, handled) && handled != exc && value_is_exception(vm, exc)) {
        /* Cut a cycle the new context would create (Floyd's check as CPython). */
        CoilValue o = handled, slow = handled;
        bool toggle = false;
        for (;;) {
            CoilValue ctx = value_as_exc(o)->context;
            if (!value_is_exception(vm, ctx)) break;
            if (ctx == exc) {
                value_as_exc(o)->context = VAL_NONE;
                break;
            }
            o = ctx;
            if (o == slow) break;
            if (toggle) slow = value_as_exc(slow)->context;
            toggle = !toggle;
        }
        value_as_exc(exc)->context = handled;
    }
    vm->exc = exc;
    vm->exc_reraise = false;
}

CoilValue vm_raise_args(CoilVM *vm, CoilType *type, CoilValue args)
{
    CoilValue e = exc_new(vm, type, args);
    if (value_is_error(e)) return e;
    exc_set_pending(vm, e);
    return VAL_ERROR;
}

CoilValue vm_raise_str(CoilVM *vm, CoilType *type, CoilValue msg)
{
    GC_ROOT(vm, msg);
    CoilValue args = tuple_new(vm, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(args)) return args;
    value_as_tuple(args)->items[0] = msg;
    return vm_raise_args(vm, type, args);
}

CoilValue vm_raise(CoilVM *vm, CoilType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    CoilValue msg = str_vformat(vm, fmt, ap);
    va_end(ap);
    if (value_is_error(msg)) return msg;
    return vm_raise_str(vm, type, msg);
}

CoilValue vm_raise_key_error(CoilVM *vm, CoilValue key)
{
    return vm_raise_str(vm, vm->e_KeyError, key);
}

CoilValue vm_raise_nomem(CoilVM *vm)
{
    CoilValue e = vm->memory_error;
    if (!value_is_object(e)) {
        vm->exc = VAL_NONE; /* before start-up finished: any non-empty marker */
        return VAL_ERROR;
    }
    /* The preallocated instance is reused: start it afresh. */
    value_as_exc(e)->traceback = VAL_NONE;
    value_as_exc(e)->context = VAL_NONE;
    value_as_exc(e)->cause = VAL_NONE;
    vm->exc = e;
    vm->exc_reraise = false;
    return VAL_ERROR;
}

CoilValue vm_raise_value(CoilVM *vm, CoilValue exc)
{
    if (value_is_object(exc) && (value_as_object(exc)->type->flags & TYPE_TYPE_SUBCLASS)) {
        CoilType *t = (CoilType *)value_as_object(exc);
        if (!(t->flags & TYPE_EXCEPTION))
            return vm_raise(vm, vm->e_TypeError, "exceptions must derive from BaseException");
        CoilValue inst = vm_call0(vm, exc);
        if (value_is_error(inst)) return inst;
        if (!value_is_exception(vm, inst))
            return vm_raise(vm, vm->e_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            t->name, value_type_name(vm, inst));
        exc = inst;
    } else if (!value_is_exception(vm, exc)) {
        return vm_raise(vm, vm->e_TypeError, "exceptions must derive from BaseException");
    }
    exc_set_pending(vm, exc);
    return VAL_ERROR;
}

bool vm_has_exception(const CoilVM *vm) { return vm->exc != VAL_EMPTY; }

CoilValue vm_take_exception(CoilVM *vm)
{
    CoilValue e = vm->exc;
    vm->exc = VAL_EMPTY;
    return e;
}

bool vm_exception_matches(CoilVM *vm, CoilType *type)
{
    return vm->exc != VAL_EMPTY && type_is_subtype(vm_typeof(vm, vm->exc), type);
}

void exc_set_attribute_context(CoilVM *vm, CoilValue obj, CoilString *name)
{
    CoilValue e = vm->exc;
    if (!value_is_exception(vm, e) || !type_is_subtype(vm_typeof(vm, e), vm->e_AttributeError)) return;
    CoilException *x = value_as_exc(e);
    if (x->attr_name == VAL_NONE && x->attr_obj == VAL_NONE) {
        x->attr_name = value_from_object(name);
        x->attr_obj = obj;
    }
}

static void add_traceback(CoilVM *vm, CoilCode *code, int lineno, int lasti, CoilValue globals)
{
    CoilValue exc = vm->exc;
    if (!value_is_exception(vm, exc)) return;
    CoilTraceback *tb = gc_alloc_object(vm, vm->t_traceback, sizeof(CoilTraceback));
    if (!tb) {
        /* No room for the record: keep the exception, drop the line. */
        vm->exc = exc;
        return;
    }
    tb->next = value_as_exc(exc)->traceback;
    tb->globals = globals;
    tb->code = code;
    tb->frame = VAL_NONE;
    tb->lineno = lineno;
    tb->lasti = lasti;
    value_as_exc(exc)->traceback = value_from_object(tb);
}

void exc_add_traceback(CoilVM *vm, CoilCode *code, size_t pc, CoilValue globals)
{
    if (code->flags & CODE_NATIVE_FRAME) return;
    add_traceback(vm, code, code_line(code, pc), (int)pc * 2, globals);
}

void exc_add_traceback_unstarted(CoilVM *vm, CoilCode *code, CoilValue globals)
{
    /* CPython's generator frame raises what is thrown into it before its
     * first instruction, which carries the def line (the first decorator's). */
    add_traceback(vm, code, code->firstlineno, 0, globals);
}

/* --- "Did you mean" (CPython 3.11's Python/suggestions.c) ------------------------- */

#define SUGG_MAX_CANDIDATES 750
#define SUGG_MAX_STRING 40
#define SUGG_MOVE_COST 2
#define SUGG_CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return SUGG_MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? SUGG_CASE_COST : SUGG_MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[SUGG_MAX_STRING];
    if (a == b) return 0;
    while (an && bn && a[0] == b[0]) a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
    if (an == 0 || bn == 0) return (an + bn) * SUGG_MOVE_COST;
    if (an > SUGG_MAX_STRING || bn > SUGG_MAX_STRING) return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * SUGG_MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = SUGG_MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += SUGG_MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * SUGG_MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + SUGG_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

static CoilValue best_match(CoilVM *vm, const CoilValue *items, size_t n, CoilString *name)
{
    if (n >= SUGG_MAX_CANDIDATES) return VAL_EMPTY;
    size_t best_dist = SIZE_MAX;
    CoilValue best = VAL_EMPTY;
    for (size_t i = 0; i < n; i++) {
        if (!value_is_str(vm, items[i])) continue;
        CoilString *s = value_as_str(items[i]);
        if (str_eq(s, name)) continue;
        size_t max_d = (name->len + s->len + 3) * SUGG_MOVE_COST / 6;
        if (best_dist - 1 < max_d) max_d = best_dist - 1;
        size_t d = levenshtein(name->data, name->len, s->data, s->len, max_d);
        if (d > max_d) continue;
        if (best == VAL_EMPTY || d < best_dist) {
            best = items[i];
            best_dist = d;
        }
    }
    return best;
}

static CoilValue match_dict_keys(CoilVM *vm, CoilValue d, CoilString *name)
{
    if (!value_is_dict(vm, d)) return VAL_EMPTY;
    CoilDict *dd = value_as_dict(d);
    if (dd->used >= SUGG_MAX_CANDIDATES) return VAL_EMPTY;
    CoilValue keys[SUGG_MAX_CANDIDATES];
    size_t n = 0, pos = 0;
    CoilValue k;
    while (dict_next(dd, &pos, &k, NULL)) keys[n++] = k;
    return best_match(vm, keys, n, name);
}

CoilValue exc_suggestion(CoilVM *vm, CoilValue exc)
{
    CoilException *e = value_as_exc(exc);
    if (!value_is_str(vm, e->attr_name)) return VAL_EMPTY;
    CoilString *name = value_as_str(e->attr_name);
    CoilType *t = vm_typeof(vm, exc);
    if (type_is_subtype(t, vm->e_AttributeError)) {
        if (e->attr_obj == VAL_NONE) return VAL_EMPTY;
        CoilValue dir = object_dir(vm, e->attr_obj);
        if (value_is_error(dir)) {
            vm_take_exception(vm);
            return VAL_EMPTY;
        }
        GC_ROOT(vm, dir);
        CoilValue r = best_match(vm, value_as_list(dir)->items, value_as_list(dir)->len, name);
        GC_UNROOT(vm, 1);
        return r;
    }
    if (t != vm->e_NameError || !value_is_type(e->traceback, vm->t_traceback)) return VAL_EMPTY;
    CoilTraceback *tb = (CoilTraceback *)value_as_object(e->traceback);
    while (value_is_type(tb->next, vm->t_traceback)) tb = (CoilTraceback *)value_as_object(tb->next);
    CoilCode *c = tb->code;
    CoilValue locals[SUGG_MAX_CANDIDATES];
    size_t n = 0;
    for (size_t i = 0; i < c->nlocals && n < SUGG_MAX_CANDIDATES; i++) locals[n++] = value_from_object(c->localnames[i]);
    CoilValue r = (c->flags & (PROTO_MODULE | PROTO_CLASS_BODY)) ? VAL_EMPTY : best_match(vm, locals, n, name);
    if (r == VAL_EMPTY) r = match_dict_keys(vm, tb->globals, name);
    if (r == VAL_EMPTY) r = match_dict_keys(vm, vm->builtins_dict, name);
    return r;
}

/* --- str / repr ------------------------------------------------------------------ */

CoilValue exc_str(CoilVM *vm, CoilValue exc)
{
    return vm_str(vm, exc);
}

static CoilValue exc_str_slot(CoilVM *vm, CoilValue self)
{
    CoilException *e = value_as_exc(self);
    CoilTuple *a = value_as_tuple(e->args);
    if (a->len == 0) return value_from_object(vm->names.empty);
    if (a->len == 1) return vm_str(vm, a->items[0]);
    return vm_str(vm, e->args);
}

static CoilValue keyerror_str(CoilVM *vm, CoilValue self)
{
    CoilTuple *a = value_as_tuple(value_as_exc(self)->args);
    if (a->len == 1) return vm_repr(vm, a->items[0]);
    return exc_str_slot(vm, self);
}

static CoilValue exc_repr(CoilVM *vm, CoilValue self)
{
    CoilException *e = value_as_exc(self);
    CoilTuple *a = value_as_tuple(e->args);
    const char *name = e->obj.type->name;
    CoilValue r = a->len == 1 ? vm_repr(vm, a->items[0]) : vm_repr(vm, e->args);
    if (value_is_error(r)) return r;
    if (a->len == 1) return str_format(vm, "%s(%s)", name, value_as_str(r)->data);
    return str_format(vm, "%s%s", name, value_as_str(r)->data);
}

/* BaseException.__new__ stores args; __init__ stores them again (as CPython),
 * so a subclass __init__ that does not call super() still has args. */
static CoilValue exc_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    if (args_nkw(kwnames) && !(t->flags & TYPE_HEAPTYPE))
        return vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", t->name);
    CoilValue tup = tuple_from_array(vm, args, nargs);
    if (value_is_error(tup)) return tup;
    return exc_new(vm, t, tup);
}

static CoilValue exc_init_slot(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    CoilType *t = vm_typeof(vm, self);
    if (args_nkw(kwnames) && !(t->flags & TYPE_HEAPTYPE))
        return vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", t->name);
    CoilValue tup = tuple_from_array(vm, args, nargs);
    if (value_is_error(tup)) return tup;
    exc_set_args(vm, value_as_exc(self), tup);
    return VAL_NONE;
}

static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (!value_is_exception(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    return exc_init_slot(vm, args[0], args + 1, nargs - 1, kw);
}

static CoilValue m_with_traceback(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "BaseException.with_traceback", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (args[1] != VAL_NONE && !value_is_type(args[1], vm->t_traceback))
        return vm_raise(vm, vm->e_TypeError, "__traceback__ must be a traceback or None");
    value_as_exc(args[0])->traceback = args[1];
    return args[0];
}

static CoilValue m_add_note(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "BaseException.add_note", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "note must be a str, not '%s'", value_type_name(vm, args[1]));
    /* __notes__ is an ordinary attribute (it lives in the instance __dict__,
     * so scripts may read, replace or delete it as in CPython). */
    CoilString *name = str_intern_cstr(vm, "__notes__");
    if (!name) return VAL_ERROR;
    CoilValue notes = vm_getattr(vm, args[0], name);
    if (value_is_error(notes)) {
        if (!vm_exception_matches(vm, vm->e_AttributeError)) return VAL_ERROR;
        vm_take_exception(vm);
        notes = list_new(vm, 0);
        if (value_is_error(notes)) return VAL_ERROR;
        GC_ROOT(vm, notes);
        int r = vm_setattr(vm, args[0], name, notes);
        GC_UNROOT(vm, 1);
        if (r < 0) return VAL_ERROR;
    }
    if (!value_is_list(vm, notes))
        return vm_raise(vm, vm->e_TypeError, "Cannot add note: __notes__ is not a list");
    GC_ROOT(vm, notes);
    bool ok = list_append(vm, value_as_list(notes), args[1]);
    GC_UNROOT(vm, 1);
    if (!ok) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue m_str(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return vm_typeof(vm, args[0])->str == keyerror_str ? keyerror_str(vm, args[0]) : exc_str_slot(vm, args[0]);
}

static CoilValue m_repr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return exc_repr(vm, args[0]);
}

static const CoilMethodDef exc_methods[] = {
    {"__init__", m_init, METH_KEYWORDS},
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {"__str__", m_str, 0},
    {"__repr__", m_repr, 0},
    {NULL, NULL, 0}};

#define EXC(v) value_as_exc(v)
static CoilValue g_args(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->args; }
static CoilValue g_tb(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->traceback; }
static CoilValue g_cause(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->cause; }
static CoilValue g_context(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->context; }
static CoilValue g_suppress(CoilVM *vm, CoilValue self) { (void)vm; return value_from_bool(EXC(self)->suppress_context); }
static CoilValue g_value(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->value; }
static CoilValue g_dict(CoilVM *vm, CoilValue self) { return object_dict(vm, self, true); }

static int s_args(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "args may not be deleted");
        return -1;
    }
    CoilValue t = tuple_from_iterable(vm, v);
    if (value_is_error(t)) return -1;
    EXC(self)->args = t;
    return 0;
}
static int s_tb(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v != VAL_NONE && !value_is_type(v, vm->t_traceback)) {
        vm_raise(vm, vm->e_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v;
    return 0;
}
static int s_cause(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !value_is_exception(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = v;
    EXC(self)->suppress_context = true;
    return 0;
}
static int s_context(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != VAL_NONE && !value_is_exception(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = v;
    return 0;
}
static int s_suppress(CoilVM *vm, CoilValue self, CoilValue v)
{
    int t = vm_truthy(vm, v);
    if (t < 0) return -1;
    EXC(self)->suppress_context = t;
    return 0;
}
static int s_value(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    EXC(self)->value = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}

static const CoilGetSetDef exc_getsets[] = {
    {"args", g_args, s_args},
    {"__traceback__", g_tb, s_tb},
    {"__cause__", g_cause, s_cause},
    {"__context__", g_context, s_context},
    {"__suppress_context__", g_suppress, s_suppress},
    {"__dict__", g_dict, NULL},
    {NULL, NULL, NULL}};

static CoilValue g_name(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->attr_name; }
static CoilValue g_obj(CoilVM *vm, CoilValue self) { (void)vm; return EXC(self)->attr_obj; }
static int s_name(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    EXC(self)->attr_name = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static int s_obj(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    EXC(self)->attr_obj = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static const CoilGetSetDef nameerror_getsets[] = {{"name", g_name, s_name}, {NULL, NULL, NULL}};
static const CoilGetSetDef attributeerror_getsets[] = {
    {"name", g_name, s_name}, {"obj", g_obj, s_obj}, {NULL, NULL, NULL}};
static const CoilGetSetDef importerror_getsets[] = {
    {"name", g_name, s_name}, {"path", g_obj, s_obj}, {NULL, NULL, NULL}};

static const CoilGetSetDef stopiteration_getsets[] = {{"value", g_value, s_value}, {NULL, NULL, NULL}};
static const CoilGetSetDef systemexit_getsets[] = {{"code", g_value, s_value}, {NULL, NULL, NULL}};

/* --- OSError: errno, strerror, filename, and errno -> subclass --------------------- */

#define OS_FIELD(getter, setter, field)                                   \
    static CoilValue getter(CoilVM *vm, CoilValue self)                     \
    {                                                                       \
        (void)vm;                                                           \
        CoilValue v = value_as_exc(self)->field;                            \
        return v == VAL_EMPTY ? VAL_NONE : v;                               \
    }                                                                       \
    static int setter(CoilVM *vm, CoilValue self, CoilValue v)              \
    {                                                                       \
        (void)vm;                                                           \
        value_as_exc(self)->field = v == VAL_EMPTY ? VAL_EMPTY : v;         \
        return 0;                                                           \
    }
OS_FIELD(g_errno, s_errno, os_errno)
OS_FIELD(g_strerror, s_strerror, os_strerror)
OS_FIELD(g_filename, s_filename, os_filename)
OS_FIELD(g_filename2, s_filename2, os_filename2)
#undef OS_FIELD

static const CoilGetSetDef oserror_getsets[] = {
    {"errno", g_errno, s_errno}, {"strerror", g_strerror, s_strerror}, {"filename", g_filename, s_filename},
    {"filename2", g_filename2, s_filename2}, {NULL, NULL, NULL}};

static CoilValue oserror_str(CoilVM *vm, CoilValue self)
{
    CoilException *x = value_as_exc(self);
    CoilValue en = g_errno(vm, self), se = g_strerror(vm, self), fn = g_filename(vm, self);
    CoilValue fn2 = x->os_filename2;
    if (fn == VAL_NONE && (x->os_errno == VAL_EMPTY || x->os_strerror == VAL_EMPTY)) return exc_str_slot(vm, self);
    GC_SAVE(vm);
    CoilValue es = vm_str(vm, en);
    if (value_is_error(es)) return es;
    GC_ROOT(vm, es);
    CoilValue ss = vm_str(vm, se);
    if (value_is_error(ss)) return GC_RESTORE(vm), ss;
    GC_ROOT(vm, ss);
    CoilValue r;
    if (fn != VAL_NONE) {
        CoilValue fr = vm_repr(vm, fn);
        if (value_is_error(fr)) return GC_RESTORE(vm), fr;
        GC_ROOT(vm, fr);
        if (fn2 != VAL_EMPTY && fn2 != VAL_NONE) {
            CoilValue fr2 = vm_repr(vm, fn2);
            if (value_is_error(fr2)) return GC_RESTORE(vm), fr2;
            r = str_format(vm, "[Errno %s] %s: %s -> %s", value_as_str(es)->data, value_as_str(ss)->data,
                           value_as_str(fr)->data, value_as_str(fr2)->data);
        } else {
            r = str_format(vm, "[Errno %s] %s: %s", value_as_str(es)->data, value_as_str(ss)->data,
                           value_as_str(fr)->data);
        }
    } else {
        r = str_format(vm, "[Errno %s] %s", value_as_str(es)->data, value_as_str(ss)->data);
    }
    GC_RESTORE(vm);
    return r;
}

static CoilValue oserror_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    if (t == vm->e_OSError && nargs >= 2 && value_is_small_int(args[0])) {
        switch (value_as_small_int(args[0])) {
        case 2: t = vm->e_FileNotFoundError; break;
        case 17: t = vm->e_FileExistsError; break;
        case 1:
        case 13: t = vm->e_PermissionError; break;
        case 21: t = vm->e_IsADirectoryError; break;
        case 20: t = vm->e_NotADirectoryError; break;
        case 4: t = vm->e_InterruptedError; break;
        case 11:
        case 114:
        case 115: t = vm->e_BlockingIOError; break;
        case 10: t = vm->e_ChildProcessError; break;
        case 3: t = vm->e_ProcessLookupError; break;
        case 32:
        case 108: t = vm->e_BrokenPipeError; break;
        case 103: t = vm->e_ConnectionAbortedError; break;
        case 111: t = vm->e_ConnectionRefusedError; break;
        case 104: t = vm->e_ConnectionResetError; break;
        case 110: t = vm->e_TimeoutError; break;
        default: break;
        }
    }
    return exc_new_slot(vm, value_from_object(t), args, nargs, kwnames);
}

/* --- traceback objects ------------------------------------------------------------ */

#define TB(v) ((CoilTraceback *)value_as_object(v))
static CoilValue tb_next(CoilVM *vm, CoilValue self) { (void)vm; return TB(self)->next; }
static CoilValue tb_lineno(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(TB(self)->lineno); }
static CoilValue tb_lasti(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(TB(self)->lasti); }

CoilValue frameobj_detached(CoilVM *vm, CoilCode *code, CoilValue globals, int lineno, int lasti); /* frameobj.c */
static CoilValue tb_frame(CoilVM *vm, CoilValue self)
{
    CoilTraceback *t = TB(self);
    if (t->frame == VAL_NONE) {
        CoilValue f = frameobj_detached(vm, t->code, t->globals, t->lineno, t->lasti);
        if (value_is_error(f)) return f;
        t->frame = f;
    }
    return t->frame;
}

static const CoilGetSetDef tb_getsets[] = {
    {"tb_frame", tb_frame, NULL}, {"tb_next", tb_next, NULL}, {"tb_lineno", tb_lineno, NULL}, {"tb_lasti", tb_lasti, NULL},
    {NULL, NULL, NULL}};

void exc_init_types(CoilVM *vm)
{
    CoilType *b = vm->e_BaseException;
    b->instance_size = sizeof(CoilException);
    b->dict_offset = offsetof(CoilException, dict);
    b->flags |= TYPE_EXCEPTION | TYPE_BASETYPE;
    b->trace = exc_trace;
    b->repr = exc_repr;
    b->str = exc_str_slot;
    b->new_ = exc_new_slot;
    b->init = exc_init_slot;
    type_add_methods(vm, b, exc_methods);
    type_add_getsets(vm, b, exc_getsets);
    vm->e_KeyError->str = keyerror_str;
    type_add_getsets(vm, vm->e_StopIteration, stopiteration_getsets);
    type_add_getsets(vm, vm->e_SystemExit, systemexit_getsets);
    type_add_getsets(vm, vm->e_NameError, nameerror_getsets);
    type_add_getsets(vm, vm->e_AttributeError, attributeerror_getsets);
    type_add_getsets(vm, vm->e_ImportError, importerror_getsets);
    vm->e_OSError->str = oserror_str;
    vm->e_OSError->new_ = oserror_new;
    type_add_getsets(vm, vm->e_OSError, oserror_getsets);
    unicode_error_init_types(vm); /* unicode_error.c */

    exc_syntax_init_type(vm);

    /* Bases come first in the list, so one pass inherits everything. */
#define EXC_INHERIT(n, base)                                  \
    vm->e_##n->flags |= TYPE_EXCEPTION | TYPE_BASETYPE;       \
    type_inherit_slots(vm->e_##n);
    COIL_BUILTIN_EXCEPTIONS(EXC_INHERIT)
#undef EXC_INHERIT

    CoilType *t = vm->t_traceback;
    t->instance_size = sizeof(CoilTraceback);
    t->trace = tb_trace;
    type_add_getsets(vm, t, tb_getsets);

    /* The instance MemoryError raises when nothing more can be allocated. */
    CoilValue e = exc_new(vm, vm->e_MemoryError, vm->empty_tuple);
    if (!value_is_error(e)) vm->memory_error = e;
}
