/* func.c — the callable object types: code, function, cell, built-in
 * functions / method descriptors, bound methods, staticmethod, classmethod,
 * property and getset descriptors (their slots, reprs and binding rules). */
#include <stdlib.h>

#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* --- code ------------------------------------------------------------------------ */

static void code_trace(CoilVM *vm, CoilObject *o)
{
    CoilCode *c = (CoilCode *)o;
    gc_mark_object(vm, (CoilObject *)c->name);
    gc_mark_object(vm, (CoilObject *)c->qualname);
    gc_mark_object(vm, (CoilObject *)c->filename);
    if (c->consts) gc_mark_values(vm, c->consts, c->nconsts);
    if (c->localnames)
        for (size_t i = 0; i < c->nlocals; i++) gc_mark_object(vm, (CoilObject *)c->localnames[i]);
    if (c->cellnames)
        for (size_t i = 0; i < (size_t)c->ncellvars + c->nfreevars; i++)
            gc_mark_object(vm, (CoilObject *)c->cellnames[i]);
}

static void code_finalize(CoilVM *vm, CoilObject *o)
{
    CoilCode *c = (CoilCode *)o;
    size_t ncells = (size_t)c->ncellvars + c->nfreevars;
    vm_mem_free(vm, c->code, c->ncode * sizeof(CoilInstr));
    vm_mem_free(vm, c->consts, c->nconsts * sizeof(CoilValue));
    vm_mem_free(vm, c->localnames, c->nlocals * sizeof(CoilString *));
    vm_mem_free(vm, c->cellnames, ncells * sizeof(CoilString *));
    vm_mem_free(vm, c->cellregs, c->ncellvars);
    vm_mem_free(vm, c->freeregs, c->nfreevars);
    vm_mem_free(vm, c->lines, c->ncode * sizeof(int32_t));
    vm_mem_free(vm, c->positions, c->npositions);
    vm_mem_free(vm, c->exc_table, c->nexc * sizeof(CoilExcEntry));
    vm_mem_free(vm, c->gcache, c->ncode * sizeof(CoilInstrCache));
    memset((char *)c + sizeof(CoilObject), 0, sizeof *c - sizeof(CoilObject));
}

/* The position table is read only when a traceback is displayed, so it is
 * kept small and decoded by a scan from the start.  Per instruction, in
 * LEB128 varints: 0 for "no columns", 1 for "the previous instruction's
 * columns" (a run from one node, on one line), else
 * ((end_line - line) << 2 | kind) + 2, col, end_col (relative to col when on
 * the same line), then for kind 1 or 2 the two anchor columns relative to
 * col. */
static const uint8_t *read_varint(const uint8_t *p, const uint8_t *end, uint32_t *v)
{
    uint32_t x = 0;
    int shift = 0;
    while (p < end) {
        uint8_t b = *p++;
        x |= (uint32_t)(b & 0x7F) << shift;
        shift += 7;
        if (!(b & 0x80)) break;
    }
    *v = x;
    return p;
}

bool code_position(const CoilCode *c, size_t pc, CoilPosition *out)
{
    if (!c->positions || pc >= c->ncode) return false;
    const uint8_t *p = c->positions, *end = p + c->npositions;
    uint32_t head = 0, col = 0, ecol = 0, a = 0, b = 0;
    bool have = false;
    size_t i;
    for (i = 0; i <= pc && p < end; i++) {
        uint32_t h;
        p = read_varint(p, end, &h);
        if (h == 0) {
            have = false;
            if (i == pc) return false;
            continue;
        }
        if (h == 1) {
            if (!have) return false; /* malformed: nothing to repeat */
            continue;
        }
        have = true;
        head = h - 2;
        a = b = 0;
        p = read_varint(p, end, &col);
        p = read_varint(p, end, &ecol);
        int kind = (int)(head & 3);
        if (kind) {
            p = read_varint(p, end, &a);
            p = read_varint(p, end, &b);
        }
    }
    if (!have || i <= pc) return false; /* no columns, or a short table */
    int kind = (int)(head & 3);
    out->line = c->lines[pc];
    out->end_line = out->line + (int)(head >> 2);
    out->col = (int)col;
    out->end_col = (head >> 2) ? (int)ecol : (int)(col + ecol);
    out->kind = kind;
    out->anchor_left = kind ? (int)(col + a) : -1;
    out->anchor_right = kind ? (int)(col + b) : -1;
    return true;
}

static CoilValue code_repr(CoilVM *vm, CoilValue self)
{
    CoilCode *c = (CoilCode *)value_as_object(self);
    return str_format(vm, "<code object %s at %p, file \"%s\", line %d>", c->name->data,
                      (void *)c, c->filename->data, c->firstlineno);
}

/* --- function ---------------------------------------------------------------------- */

static void function_trace(CoilVM *vm, CoilObject *o)
{
    CoilFunction *f = (CoilFunction *)o;
    gc_mark_value(vm, f->dict);
    gc_mark_object(vm, (CoilObject *)f->code);
    gc_mark_value(vm, f->globals);
    gc_mark_value(vm, f->defaults);
    gc_mark_value(vm, f->kwdefaults);
    gc_mark_value(vm, f->closure);
    gc_mark_value(vm, f->name);
    gc_mark_value(vm, f->qualname);
    gc_mark_value(vm, f->module);
    gc_mark_value(vm, f->doc);
    gc_mark_value(vm, f->annotations);
}

CoilValue function_new(CoilVM *vm, CoilCode *code, CoilValue globals)
{
    GC_ROOT_OBJ(vm, code);
    CoilFunction *f = gc_alloc_object(vm, vm->t_function, sizeof(CoilFunction));
    GC_UNROOT(vm, 1);
    if (!f) return VAL_ERROR;
    f->dict = VAL_EMPTY;
    f->code = code;
    f->globals = globals;
    f->defaults = VAL_NONE;
    f->kwdefaults = VAL_NONE;
    f->closure = VAL_NONE;
    f->name = value_from_object(code->name);
    f->qualname = value_from_object(code->qualname);
    f->module = VAL_NONE;
    if (value_is_object(globals)) {
        CoilValue m = dict_get_str(vm, value_as_dict(globals), vm->names.__name__);
        if (m != VAL_EMPTY) f->module = m;
    }
    f->doc = VAL_NONE;
    f->annotations = VAL_NONE;
    f->simple = !(code->flags & (PROTO_VARARGS | PROTO_VARKEYWORDS | PROTO_GENERATOR |
                                 PROTO_COROUTINE | PROTO_ASYNC_GENERATOR)) &&
                code->kwonlyargcount == 0;
    return value_from_object(f);
}

static CoilValue function_repr(CoilVM *vm, CoilValue self)
{
    CoilFunction *f = (CoilFunction *)value_as_object(self);
    return str_format(vm, "<function %s at %p>", value_as_str(f->qualname)->data, (void *)f);
}

static CoilValue function_descr_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)owner;
    if (obj == VAL_EMPTY || obj == VAL_NONE) return descr;
    return method_new(vm, descr, obj);
}

static CoilValue function_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    return interp_call_function(vm, (CoilFunction *)value_as_object(callee), args, nargs, kwnames);
}

#define FUNC(v) ((CoilFunction *)value_as_object(v))
static CoilValue fn_get_name(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->name; }
static CoilValue fn_get_qualname(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->qualname; }
static CoilValue fn_get_module(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->module; }
static CoilValue fn_get_doc(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->doc; }
static CoilValue fn_get_defaults(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->defaults; }
static CoilValue fn_get_kwdefaults(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->kwdefaults; }
static CoilValue fn_get_closure(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->closure; }
static CoilValue fn_get_globals(CoilVM *vm, CoilValue self) { (void)vm; return FUNC(self)->globals; }
static CoilValue fn_get_code(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(FUNC(self)->code); }
static CoilValue fn_get_annotations(CoilVM *vm, CoilValue self)
{
    if (FUNC(self)->annotations == VAL_NONE) {
        CoilValue d = dict_new(vm);
        if (value_is_error(d)) return d;
        FUNC(self)->annotations = d;
    }
    return FUNC(self)->annotations;
}
static CoilValue fn_get_dict(CoilVM *vm, CoilValue self) { return object_dict(vm, self, true); }

static int fn_set_str(CoilVM *vm, CoilValue v, CoilValue *slot, const char *what)
{
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *slot = v;
    return 0;
}
static int fn_set_name(CoilVM *vm, CoilValue self, CoilValue v)
{
    return fn_set_str(vm, v, &FUNC(self)->name, "__name__");
}
static int fn_set_qualname(CoilVM *vm, CoilValue self, CoilValue v)
{
    return fn_set_str(vm, v, &FUNC(self)->qualname, "__qualname__");
}
static int fn_set_module(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    FUNC(self)->module = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static int fn_set_doc(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    FUNC(self)->doc = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static int fn_set_defaults(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v != VAL_NONE && v != VAL_EMPTY && !value_is_tuple(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FUNC(self)->defaults = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static int fn_set_kwdefaults(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    FUNC(self)->kwdefaults = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static int fn_set_annotations(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    FUNC(self)->annotations = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}

static const CoilGetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__module__", fn_get_module, fn_set_module},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure, NULL},
    {"__globals__", fn_get_globals, NULL},
    {"__code__", fn_get_code, NULL},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, NULL},
    {NULL, NULL, NULL}};

/* --- cell ----------------------------------------------------------------------------- */

static void cell_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilCell *)o)->ref); }

CoilValue cell_new(CoilVM *vm, CoilValue ref)
{
    GC_ROOT(vm, ref);
    CoilCell *c = gc_alloc_object(vm, vm->t_cell, sizeof(CoilCell));
    GC_UNROOT(vm, 1);
    if (!c) return VAL_ERROR;
    c->ref = ref;
    return value_from_object(c);
}

static CoilValue cell_get_contents(CoilVM *vm, CoilValue self)
{
    CoilCell *c = (CoilCell *)value_as_object(self);
    if (c->ref == VAL_EMPTY) return vm_raise(vm, vm->e_ValueError, "Cell is empty");
    return c->ref;
}

static const CoilGetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, NULL},
                                             {NULL, NULL, NULL}};

/* --- built-in functions and method descriptors ----------------------------------------- */

static void builtin_trace(CoilVM *vm, CoilObject *o)
{
    CoilBuiltin *b = (CoilBuiltin *)o;
    gc_mark_value(vm, b->self);
    gc_mark_object(vm, (CoilObject *)b->owner);
    gc_mark_value(vm, b->module);
}

CoilValue builtin_new(CoilVM *vm, const CoilMethodDef *def, CoilValue self, CoilType *owner)
{
    GC_ROOT(vm, self);
    CoilType *t = owner && self == VAL_EMPTY
                      ? ((def->flags & METH_CLASS) ? vm->t_classmethod_descriptor : vm->t_method_descriptor)
                      : vm->t_builtin_function_or_method;
    CoilBuiltin *b = gc_alloc_object(vm, t, sizeof(CoilBuiltin));
    GC_UNROOT(vm, 1);
    if (!b) return VAL_ERROR;
    b->def = def;
    b->self = self;
    b->owner = owner;
    b->module = VAL_NONE;
    return value_from_object(b);
}

/* Calls a native with self prepended, without allocating for short calls. */
static CoilValue call_with_self(CoilVM *vm, const CoilMethodDef *def, CoilValue self,
                                const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    size_t total = nargs + args_nkw(kwnames) + 1;
    CoilValue small[8];
    CoilValue *buf = small;
    if (total > 8) {
        buf = vm_mem_alloc(vm, total * sizeof(CoilValue));
        if (!buf) return VAL_ERROR;
    }
    buf[0] = self;
    values_copy(buf + 1, args, total - 1);
    CoilValue r = def->fn(vm, buf, nargs + 1, kwnames);
    if (buf != small) vm_mem_free(vm, buf, total * sizeof(CoilValue));
    return r;
}

static CoilValue builtin_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(callee);
    const CoilMethodDef *def = b->def;
    if (!(def->flags & METH_KEYWORDS) && args_nkw(kwnames)) {
        if (b->owner)
            return vm_raise(vm, vm->e_TypeError, "%s.%s() takes no keyword arguments", b->owner->name,
                            def->name);
        return vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", def->name);
    }
    if (b->self != VAL_EMPTY) {
        GC_ROOT(vm, callee);
        CoilValue r = call_with_self(vm, def, b->self, args, nargs, kwnames);
        GC_UNROOT(vm, 1);
        return r;
    }
    if (b->owner && !(def->flags & METH_STATIC)) {
        /* An unbound method descriptor: args[0] must be an instance. */
        if (nargs == 0)
            return vm_raise(vm, vm->e_TypeError, "unbound method %s.%s() needs an argument",
                            b->owner->name, def->name);
        if (def->flags & METH_CLASS) {
            if (!value_is_object(args[0]) || !(value_as_object(args[0])->type->flags & TYPE_TYPE_SUBCLASS))
                return vm_raise(vm, vm->e_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                                def->name, b->owner->name, value_type_name(vm, args[0]));
        } else if (!type_is_subtype(vm_typeof(vm, args[0]), b->owner)) {
            return vm_raise(vm, vm->e_TypeError,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def->name,
                            b->owner->name, value_type_name(vm, args[0]));
        }
    }
    return def->fn(vm, args, nargs, kwnames);
}

static CoilValue builtin_repr(CoilVM *vm, CoilValue self)
{
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(self);
    if (b->self == VAL_EMPTY) {
        if (b->owner) return str_format(vm, "<method '%s' of '%s' objects>", b->def->name, b->owner->name);
        return str_format(vm, "<built-in function %s>", b->def->name);
    }
    if (value_is_object(b->self) && (value_as_object(b->self)->type->flags & TYPE_TYPE_SUBCLASS)) {
        return str_format(vm, "<built-in method %s of type object at %p>", b->def->name,
                          (void *)value_as_object(b->self));
    }
    if (value_is_object(b->self) && value_as_object(b->self)->type == vm->t_module) {
        return str_format(vm, "<built-in function %s>", b->def->name);
    }
    return str_format(vm, "<built-in method %s of %s object at %p>", b->def->name,
                      value_type_name(vm, b->self),
                      value_is_object(b->self) ? (void *)value_as_object(b->self) : NULL);
}

static CoilValue builtin_descr_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(descr);
    if (b->self != VAL_EMPTY || !b->owner || (b->def->flags & METH_STATIC)) return descr;
    if (b->def->flags & METH_CLASS) {
        CoilValue cls = owner != VAL_EMPTY ? owner : value_from_object(vm_typeof(vm, obj));
        return builtin_new(vm, b->def, cls, NULL);
    }
    if (obj == VAL_EMPTY) return descr;
    return builtin_new(vm, b->def, obj, NULL);
}

static CoilValue builtin_get_name(CoilVM *vm, CoilValue self)
{
    return str_from_cstr(vm, ((CoilBuiltin *)value_as_object(self))->def->name);
}
static CoilValue builtin_get_qualname(CoilVM *vm, CoilValue self)
{
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(self);
    CoilType *owner = b->owner;
    if (!owner && b->self != VAL_EMPTY && value_as_object(b->self)->type != vm->t_module)
        owner = vm_typeof(vm, b->self);
    if (owner) return str_format(vm, "%s.%s", owner->name, b->def->name);
    return str_from_cstr(vm, b->def->name);
}
static CoilValue builtin_get_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(self);
    return b->self == VAL_EMPTY ? VAL_NONE : b->self;
}
static CoilValue builtin_get_module(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return ((CoilBuiltin *)value_as_object(self))->module;
}
static CoilValue builtin_get_doc(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return VAL_NONE;
}

static const CoilGetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, NULL},
    {"__doc__", builtin_get_doc, NULL},
    {NULL, NULL, NULL}};

/* Two built-in methods are equal when they are the same C function bound
 * to the very same object (CPython's meth_richcompare): log.append ==
 * log.append, though each access makes a new method object. */
static CoilValue builtin_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    CoilType *t = vm->t_builtin_function_or_method;
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, t) || !value_is_type(b, t)) return VAL_NOTIMPLEMENTED;
    CoilBuiltin *x = (CoilBuiltin *)value_as_object(a), *y = (CoilBuiltin *)value_as_object(b);
    bool eq = x == y || (x->def == y->def && x->self == y->self && x->self != VAL_EMPTY);
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static int builtin_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    CoilBuiltin *b = (CoilBuiltin *)value_as_object(self);
    uint64_t p = b->self != VAL_EMPTY ? ((uint64_t)b->self >> 4) ^ ((uint64_t)(uintptr_t)b->def >> 4)
                                      : (uint64_t)(uintptr_t)b >> 4;
    *out = (int64_t)(p & 0x3fffffffffffffff);
    return 0;
}

/* --- bound methods ------------------------------------------------------------------ */

static void method_trace(CoilVM *vm, CoilObject *o)
{
    CoilMethod *m = (CoilMethod *)o;
    gc_mark_value(vm, m->func);
    gc_mark_value(vm, m->self);
}

CoilValue method_new(CoilVM *vm, CoilValue func, CoilValue self)
{
    GC_ROOT(vm, func);
    GC_ROOT(vm, self);
    CoilMethod *m = gc_alloc_object(vm, vm->t_method, sizeof(CoilMethod));
    GC_UNROOT(vm, 2);
    if (!m) return VAL_ERROR;
    m->func = func;
    m->self = self;
    return value_from_object(m);
}

static CoilValue method_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                             CoilValue kwnames)
{
    CoilMethod *m = (CoilMethod *)value_as_object(callee);
    size_t total = nargs + args_nkw(kwnames) + 1;
    CoilValue small[8];
    CoilValue *buf = small;
    GC_ROOT(vm, callee);
    if (total > 8) {
        buf = vm_mem_alloc(vm, total * sizeof(CoilValue));
        if (!buf) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    buf[0] = m->self;
    values_copy(buf + 1, args, total - 1);
    CoilValue r = vm_call(vm, m->func, buf, nargs + 1, kwnames);
    if (buf != small) vm_mem_free(vm, buf, total * sizeof(CoilValue));
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue method_repr(CoilVM *vm, CoilValue self)
{
    CoilMethod *m = (CoilMethod *)value_as_object(self);
    /* A built-in type's slot wrapper bound to an object: CPython's
     * method-wrapper ('[].__len__'). */
    if (value_is_type(m->func, vm->t_wrapper_descriptor)) {
        CoilValue name = vm_getattr(vm, m->func, vm->names.__name__);
        if (value_is_error(name)) return name;
        const void *at = value_is_object(m->self) ? (const void *)value_as_object(m->self) : (const void *)m;
        return str_format(vm, "<method-wrapper '%s' of %s object at %p>", value_as_str(name)->data,
                          value_type_name(vm, m->self), at);
    }
    CoilValue name = vm_getattr(vm, m->func, vm->names.__qualname__);
    if (value_is_error(name)) {
        vm_take_exception(vm);
        name = vm_getattr(vm, m->func, vm->names.__name__);
        if (value_is_error(name)) return name;
    }
    GC_ROOT(vm, name);
    CoilValue r = vm_repr(vm, m->self);
    GC_UNROOT(vm, 1);
    if (value_is_error(r)) return r;
    if (!value_is_str(vm, name)) return str_format(vm, "<bound method ? of %s>", value_as_str(r)->data);
    return str_format(vm, "<bound method %s of %s>", value_as_str(name)->data, value_as_str(r)->data);
}

static CoilValue method_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, vm->t_method) || !value_is_type(b, vm->t_method))
        return VAL_NOTIMPLEMENTED;
    CoilMethod *x = (CoilMethod *)value_as_object(a), *y = (CoilMethod *)value_as_object(b);
    bool eq = x->self == y->self && x->func == y->func;
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static int method_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilMethod *m = (CoilMethod *)value_as_object(self);
    int64_t a, b;
    if (vm_hash(vm, m->self, &a) < 0) return -1;
    if (vm_hash(vm, m->func, &b) < 0) return -1;
    *out = a ^ b;
    if (*out == -1) *out = -2;
    return 0;
}

static CoilValue method_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilMethod *m = (CoilMethod *)value_as_object(self);
    if (str_eq_cstr(name, "__self__")) return m->self;
    if (str_eq_cstr(name, "__func__")) return m->func;
    CoilValue v = object_generic_getattr(vm, self, name, true);
    if (v != VAL_EMPTY) return v;
    return vm_getattr(vm, m->func, name);
}

/* --- staticmethod / classmethod / property -------------------------------------------- */

static void wrapper_trace(CoilVM *vm, CoilObject *o)
{
    CoilWrapper *w = (CoilWrapper *)o;
    gc_mark_value(vm, w->dict);
    gc_mark_value(vm, w->func);
    gc_mark_value(vm, w->fset);
    gc_mark_value(vm, w->fdel);
    gc_mark_value(vm, w->doc);
    gc_mark_value(vm, w->name);
}

static CoilValue wrapper_alloc(CoilVM *vm, CoilType *t, CoilValue func)
{
    GC_ROOT(vm, func);
    CoilWrapper *w = gc_alloc_object(vm, t, t->instance_size);
    GC_UNROOT(vm, 1);
    if (!w) return VAL_ERROR;
    w->dict = VAL_EMPTY;
    object_init_fields(&w->obj);
    w->func = func;
    w->fset = w->fdel = w->doc = w->name = VAL_NONE;
    return value_from_object(w);
}

/* types.MethodType(function, instance): a bound method made by hand. */
static CoilValue method_type_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                 CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "method", kwnames) < 0 || args_count(vm, "method", nargs, 2, 2) < 0) return VAL_ERROR;
    if (!vm_typeof(vm, args[0])->call && !(vm_typeof(vm, args[0])->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "first argument must be callable");
    if (args[1] == VAL_NONE) return vm_raise(vm, vm->e_TypeError, "instance must not be None");
    return method_new(vm, args[0], args[1]);
}

/* staticmethod/classmethod take the wrapped callable's __module__,
 * __name__, __qualname__, __doc__ and __annotations__ into their own
 * __dict__ (as functools.wraps would); what it lacks is simply skipped. */
static CoilValue wrapper_new_copying(CoilVM *vm, CoilType *t, CoilValue func)
{
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
    CoilValue w = wrapper_alloc(vm, t, func);
    if (value_is_error(w)) return w;
    GC_SAVE(vm);
    GC_ROOT(vm, w);
    for (size_t i = 0; i < sizeof copied / sizeof *copied; i++) {
        CoilString *name = str_intern_cstr(vm, copied[i]);
        if (!name) return GC_RESTORE(vm), VAL_ERROR;
        CoilValue v = vm_getattr(vm, func, name);
        if (value_is_error(v)) {
            if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), VAL_ERROR;
            vm_take_exception(vm);
            continue;
        }
        GC_ROOT(vm, v);
        int r = vm_setattr(vm, w, name, v);
        GC_UNROOT(vm, 1);
        if (r < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return w;
}

static CoilValue staticmethod_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                  CoilValue kwnames)
{
    if (args_no_kw(vm, "staticmethod", kwnames) < 0 || args_check_positional(vm, "staticmethod", nargs, 1, 1) < 0)
        return VAL_ERROR;
    return wrapper_new_copying(vm, (CoilType *)value_as_object(callee), args[0]);
}

static CoilValue classmethod_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                 CoilValue kwnames)
{
    if (args_no_kw(vm, "classmethod", kwnames) < 0 || args_check_positional(vm, "classmethod", nargs, 1, 1) < 0)
        return VAL_ERROR;
    return wrapper_new_copying(vm, (CoilType *)value_as_object(callee), args[0]);
}

static CoilValue staticmethod_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)vm;
    (void)obj;
    (void)owner;
    return ((CoilWrapper *)value_as_object(descr))->func;
}

static CoilValue staticmethod_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                   CoilValue kwnames)
{
    return vm_call(vm, ((CoilWrapper *)value_as_object(callee))->func, args, nargs, kwnames);
}

static CoilValue classmethod_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    CoilValue cls = owner != VAL_EMPTY ? owner : value_from_object(vm_typeof(vm, obj));
    CoilValue func = ((CoilWrapper *)value_as_object(descr))->func;
    /* 3.11 chains descriptors: what classmethod wraps is bound to the class
     * by its own __get__(cls, cls) (a classmethod over a property gives the
     * property's value for the class). */
    CoilType *ft = vm_typeof(vm, func);
    if (ft != vm->t_function && ft->descr_get) return ft->descr_get(vm, func, cls, cls);
    return method_new(vm, func, cls);
}

static CoilValue wrapper_repr(CoilVM *vm, CoilValue self, const char *kind)
{
    CoilValue r = vm_repr(vm, ((CoilWrapper *)value_as_object(self))->func);
    if (value_is_error(r)) return r;
    return str_format(vm, "<%s(%s)>", kind, value_as_str(r)->data);
}
static CoilValue staticmethod_repr(CoilVM *vm, CoilValue self) { return wrapper_repr(vm, self, "staticmethod"); }
static CoilValue classmethod_repr(CoilVM *vm, CoilValue self) { return wrapper_repr(vm, self, "classmethod"); }

static CoilValue wrapper_get_func(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return ((CoilWrapper *)value_as_object(self))->func;
}

/* True if any of the values has a true __isabstractmethod__ (abc). */
static CoilValue any_abstract(CoilVM *vm, const CoilValue *vals, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (vals[i] == VAL_NONE || vals[i] == VAL_EMPTY) continue;
        CoilValue a = vm_getattr(vm, vals[i], vm->names.__isabstractmethod__);
        if (value_is_error(a)) {
            if (!vm_exception_matches(vm, vm->e_AttributeError)) return a;
            vm_take_exception(vm);
            continue;
        }
        GC_ROOT(vm, a);
        int t = vm_truthy(vm, a);
        GC_UNROOT(vm, 1);
        if (t) return t < 0 ? VAL_ERROR : VAL_TRUE;
    }
    return VAL_FALSE;
}
static CoilValue wrapper_get_abstract(CoilVM *vm, CoilValue self)
{
    return any_abstract(vm, &((CoilWrapper *)value_as_object(self))->func, 1);
}

static const CoilGetSetDef staticmethod_getsets[] = {
    {"__func__", wrapper_get_func, NULL}, {"__wrapped__", wrapper_get_func, NULL},
    {"__isabstractmethod__", wrapper_get_abstract, NULL}, {NULL, NULL, NULL}};

static CoilValue property_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    CoilValue a[4];
    if (args_parse(vm, "property", args, nargs, kwnames, names, 4, 4, 0, a) < 0) return VAL_ERROR;
    CoilValue p = wrapper_alloc(vm, (CoilType *)value_as_object(callee), a[0] == VAL_EMPTY ? VAL_NONE : a[0]);
    if (value_is_error(p)) return p;
    CoilWrapper *w = (CoilWrapper *)value_as_object(p);
    w->fset = a[1] == VAL_EMPTY ? VAL_NONE : a[1];
    w->fdel = a[2] == VAL_EMPTY ? VAL_NONE : a[2];
    w->doc = a[3] == VAL_EMPTY ? VAL_NONE : a[3];
    return p;
}

/* The name a property reports in errors: the one its class gave it
 * (__set_name__), as 3.11 does; NULL if it has none. */
static const char *property_name(CoilVM *vm, CoilWrapper *w)
{
    return value_is_str(vm, w->name) ? value_as_str(w->name)->data : NULL;
}

static CoilValue prop_set_name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__set_name__", nargs - 1, 2, 2) < 0) return VAL_ERROR;
    ((CoilWrapper *)value_as_object(args[0]))->name = args[2];
    return VAL_NONE;
}

static CoilValue property_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)owner;
    CoilWrapper *w = (CoilWrapper *)value_as_object(descr);
    if (obj == VAL_EMPTY) return descr;
    if (w->func == VAL_NONE) {
        const char *n = property_name(vm, w);
        if (n)
            return vm_raise(vm, vm->e_AttributeError, "property '%s' of '%s' object has no getter", n,
                            value_type_name(vm, obj));
        return vm_raise(vm, vm->e_AttributeError, "property of '%s' object has no getter", value_type_name(vm, obj));
    }
    return vm_call1(vm, w->func, obj);
}

static int property_set(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue value)
{
    CoilWrapper *w = (CoilWrapper *)value_as_object(descr);
    CoilValue f = value == VAL_EMPTY ? w->fdel : w->fset;
    if (f == VAL_NONE) {
        const char *n = property_name(vm, w);
        if (n)
            vm_raise(vm, vm->e_AttributeError, "property '%s' of '%s' object has no %s", n,
                     value_type_name(vm, obj), value == VAL_EMPTY ? "deleter" : "setter");
        else
            vm_raise(vm, vm->e_AttributeError, "property of '%s' object has no %s", value_type_name(vm, obj),
                     value == VAL_EMPTY ? "deleter" : "setter");
        return -1;
    }
    CoilValue args[2] = {obj, value};
    CoilValue r = vm_call(vm, f, args, value == VAL_EMPTY ? 1 : 2, VAL_EMPTY);
    return value_is_error(r) ? -1 : 0;
}

/* property.setter / getter / deleter: a copy with one accessor replaced. */
static CoilValue property_copy(CoilVM *vm, CoilValue self, int which, CoilValue f)
{
    CoilWrapper *w = (CoilWrapper *)value_as_object(self);
    GC_ROOT(vm, f);
    CoilValue p = wrapper_alloc(vm, vm_typeof(vm, self), w->func);
    GC_UNROOT(vm, 1);
    if (value_is_error(p)) return p;
    CoilWrapper *n = (CoilWrapper *)value_as_object(p);
    n->fset = w->fset;
    n->fdel = w->fdel;
    n->doc = w->doc;
    n->name = w->name;
    if (which == 0) n->func = f;
    else if (which == 1) n->fset = f;
    else n->fdel = f;
    return p;
}

static CoilValue prop_getter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "getter", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return property_copy(vm, args[0], 0, args[1]);
}
static CoilValue prop_setter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "setter", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return property_copy(vm, args[0], 1, args[1]);
}
static CoilValue prop_deleter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "deleter", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return property_copy(vm, args[0], 2, args[1]);
}

static const CoilMethodDef property_methods[] = {
    {"getter", prop_getter, 0}, {"setter", prop_setter, 0}, {"deleter", prop_deleter, 0},
    {"__set_name__", prop_set_name, 0}, {NULL, NULL, 0}};

static CoilValue prop_get_fget(CoilVM *vm, CoilValue self) { (void)vm; return ((CoilWrapper *)value_as_object(self))->func; }
static CoilValue prop_get_fset(CoilVM *vm, CoilValue self) { (void)vm; return ((CoilWrapper *)value_as_object(self))->fset; }
static CoilValue prop_get_fdel(CoilVM *vm, CoilValue self) { (void)vm; return ((CoilWrapper *)value_as_object(self))->fdel; }
static CoilValue prop_get_doc(CoilVM *vm, CoilValue self)
{
    CoilWrapper *w = (CoilWrapper *)value_as_object(self);
    if (w->doc != VAL_NONE) return w->doc;
    if (value_is_type(w->func, vm->t_function)) return ((CoilFunction *)value_as_object(w->func))->doc;
    return VAL_NONE;
}

static CoilValue prop_get_abstract(CoilVM *vm, CoilValue self)
{
    CoilWrapper *w = (CoilWrapper *)value_as_object(self);
    CoilValue parts[3] = {w->func, w->fset, w->fdel};
    return any_abstract(vm, parts, 3);
}

static const CoilGetSetDef property_getsets[] = {
    {"fget", prop_get_fget, NULL}, {"fset", prop_get_fset, NULL}, {"fdel", prop_get_fdel, NULL},
    {"__doc__", prop_get_doc, NULL}, {"__isabstractmethod__", prop_get_abstract, NULL}, {NULL, NULL, NULL}};

/* --- getset descriptors ---------------------------------------------------------------- */

static void getset_trace(CoilVM *vm, CoilObject *o) { gc_mark_object(vm, (CoilObject *)((CoilGetSet *)o)->owner); }

CoilValue getset_new(CoilVM *vm, const CoilGetSetDef *def, CoilType *owner)
{
    CoilGetSet *g = gc_alloc_object(vm, vm->t_getset_descriptor, sizeof(CoilGetSet));
    if (!g) return VAL_ERROR;
    g->def = def;
    g->owner = owner;
    return value_from_object(g);
}

static CoilValue getset_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)owner;
    CoilGetSet *g = (CoilGetSet *)value_as_object(descr);
    if (obj == VAL_EMPTY) return descr;
    if (!type_is_subtype(vm_typeof(vm, obj), g->owner))
        return vm_raise(vm, vm->e_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        g->def->name, g->owner->name, value_type_name(vm, obj));
    return g->def->get(vm, obj);
}

static int getset_set(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue value)
{
    CoilGetSet *g = (CoilGetSet *)value_as_object(descr);
    if (!g->def->set) {
        vm_raise(vm, vm->e_AttributeError, "attribute '%s' of '%s' objects is not writable", g->def->name,
                 g->owner->name);
        return -1;
    }
    return g->def->set(vm, obj, value);
}

static CoilValue getset_repr(CoilVM *vm, CoilValue self)
{
    CoilGetSet *g = (CoilGetSet *)value_as_object(self);
    return str_format(vm, "<attribute '%s' of '%s' objects>", g->def->name, g->owner->name);
}

#define CODE(v) ((CoilCode *)value_as_object(v))
static CoilValue co_name(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(CODE(self)->name); }
static CoilValue co_qualname(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(CODE(self)->qualname); }
static CoilValue co_filename(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(CODE(self)->filename); }
static CoilValue co_firstlineno(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(CODE(self)->firstlineno); }
static CoilValue co_argcount(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(CODE(self)->argcount); }
static CoilValue co_posonlyargcount(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_small_int(CODE(self)->posonlyargcount);
}
static CoilValue co_kwonlyargcount(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_small_int(CODE(self)->kwonlyargcount);
}
/* co_varnames holds the parameters, then the plain locals: a local that
 * lives in a cell (captured by an inner function) or is a free variable
 * is not listed unless it is a parameter, as in CPython. */
static bool co_listed_local(const CoilCode *c, uint16_t i)
{
    uint32_t nparams = (uint32_t)c->argcount + c->kwonlyargcount + !!(c->flags & PROTO_VARARGS) +
                       !!(c->flags & PROTO_VARKEYWORDS);
    if (i < nparams) return true;
    for (uint32_t k = 0; k < (uint32_t)c->ncellvars + c->nfreevars; k++)
        if (c->cellnames[k] == c->localnames[i]) return false;
    return true;
}

static CoilValue co_nlocals(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilCode *c = CODE(self);
    int64_t n = 0;
    for (uint16_t i = 0; i < c->nlocals; i++) n += co_listed_local(c, i);
    return value_from_small_int(n);
}

/* CPython's CO_* bit values, so inspect's flag tests read the same
 * (3.11 no longer sets CO_NOFREE; CO_NESTED is not tracked by Coil). */
static CoilValue co_flags(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilCode *c = CODE(self);
    uint32_t f = c->flags, r = 0;
    if (!(f & (PROTO_CLASS_BODY | PROTO_MODULE))) r |= 0x1 | 0x2; /* OPTIMIZED | NEWLOCALS */
    if (f & PROTO_VARARGS) r |= 0x4;
    if (f & PROTO_VARKEYWORDS) r |= 0x8;
    if (f & PROTO_GENERATOR) r |= 0x20;
    if (f & PROTO_COROUTINE) r |= 0x80;
    if (f & PROTO_ITERABLE_COROUTINE) r |= 0x100;
    if (f & PROTO_ASYNC_GENERATOR) r |= 0x200;
    return value_from_small_int((int64_t)r);
}

static CoilValue co_varnames(CoilVM *vm, CoilValue self)
{
    CoilCode *c = CODE(self);
    int64_t n = 0;
    for (uint16_t i = 0; i < c->nlocals; i++) n += co_listed_local(c, i);
    CoilValue t = tuple_new(vm, (size_t)n);
    if (value_is_error(t)) return t;
    size_t k = 0;
    for (uint16_t i = 0; i < c->nlocals; i++)
        if (co_listed_local(c, i)) value_as_tuple(t)->items[k++] = value_from_object(c->localnames[i]);
    return t;
}
#undef CODE

static const CoilGetSetDef code_getsets[] = {
    {"co_name", co_name, NULL},         {"co_qualname", co_qualname, NULL},       {"co_filename", co_filename, NULL},
    {"co_firstlineno", co_firstlineno, NULL}, {"co_argcount", co_argcount, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL}, {"co_kwonlyargcount", co_kwonlyargcount, NULL},
    {"co_nlocals", co_nlocals, NULL}, {"co_flags", co_flags, NULL}, {"co_varnames", co_varnames, NULL},
    {NULL, NULL, NULL}};

void func_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_code;
    t->instance_size = sizeof(CoilCode);
    t->trace = code_trace;
    t->finalize = code_finalize;
    t->repr = code_repr;
    type_add_getsets(vm, t, code_getsets);

    t = vm->t_function;
    t->instance_size = sizeof(CoilFunction);
    t->dict_offset = offsetof(CoilFunction, dict);
    t->trace = function_trace;
    t->repr = function_repr;
    t->descr_get = function_descr_get;
    t->call = function_call;
    type_add_getsets(vm, t, function_getsets);

    t = vm->t_cell;
    t->instance_size = sizeof(CoilCell);
    t->trace = cell_trace;
    type_add_getsets(vm, t, cell_getsets);

    CoilType *bt = vm->t_builtin_function_or_method;
    bt->instance_size = sizeof(CoilBuiltin);
    bt->trace = builtin_trace;
    bt->call = builtin_call;
    bt->repr = builtin_repr;
    bt->hash = builtin_hash;
    bt->compare = builtin_compare;
    type_add_getsets(vm, bt, builtin_getsets);
    CoilType *md = vm->t_method_descriptor, *cd = vm->t_classmethod_descriptor;
    {
        CoilType *ds[2] = {md, cd};
        for (int i = 0; i < 2; i++) {
            ds[i]->instance_size = sizeof(CoilBuiltin);
            ds[i]->trace = builtin_trace;
            ds[i]->call = builtin_call;
            ds[i]->repr = builtin_repr;
            ds[i]->descr_get = builtin_descr_get;
            type_add_getsets(vm, ds[i], builtin_getsets);
        }
    }

    t = vm->t_method;
    t->instance_size = sizeof(CoilMethod);
    t->trace = method_trace;
    t->call = method_call;
    t->repr = method_repr;
    t->compare = method_compare;
    t->hash = method_hash;
    t->getattr = method_getattr;
    t->new_ = method_type_new;

    CoilType *ws[3] = {vm->t_staticmethod, vm->t_classmethod, vm->t_property};
    for (int i = 0; i < 3; i++) {
        ws[i]->instance_size = sizeof(CoilWrapper);
        ws[i]->dict_offset = offsetof(CoilWrapper, dict);
        ws[i]->trace = wrapper_trace;
        ws[i]->flags |= TYPE_BASETYPE;
    }
    vm->t_staticmethod->new_ = staticmethod_new;
    vm->t_staticmethod->descr_get = staticmethod_get;
    vm->t_staticmethod->call = staticmethod_call;
    type_add_getsets(vm, vm->t_staticmethod, staticmethod_getsets);
    vm->t_classmethod->new_ = classmethod_new;
    vm->t_classmethod->descr_get = classmethod_get;
    vm->t_staticmethod->repr = staticmethod_repr;
    vm->t_classmethod->repr = classmethod_repr;
    type_add_getsets(vm, vm->t_classmethod, staticmethod_getsets);
    vm->t_property->new_ = property_new;
    vm->t_property->descr_get = property_get;
    vm->t_property->descr_set = property_set;
    type_add_methods(vm, vm->t_property, property_methods);
    type_add_getsets(vm, vm->t_property, property_getsets);

    CoilType *gs = vm->t_getset_descriptor;
    {
        gs->instance_size = sizeof(CoilGetSet);
        gs->trace = getset_trace;
        gs->descr_get = getset_get;
        gs->descr_set = getset_set;
        gs->repr = getset_repr;
    }
}
