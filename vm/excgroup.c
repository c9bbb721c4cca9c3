/* excgroup.c — BaseExceptionGroup / ExceptionGroup (PEP 654): creation with
 * CPython 3.11's checks and class choice, message/exceptions, derive(),
 * split() and subgroup() keeping the nesting and metadata, and the nested
 * box printing of CPython's default excepthook (pythonrun.c's
 * print_exception_group), margins and all. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* A group keeps its exceptions tuple in CoilException.value (unused by
 * other groups' fields); the message is args[0]. */
#define EG_MAX_WIDTH 15
#define EG_MAX_DEPTH 10

static bool is_group(CoilVM *vm, CoilValue v)
{
    return value_is_exception(vm, v) && type_is_subtype(vm_typeof(vm, v), vm->e_BaseExceptionGroup);
}

static CoilValue eg_excs(CoilValue v) { return value_as_exc(v)->value; }

/* --- creation -------------------------------------------------------------------------------- */

static CoilValue eg_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilType *cls = (CoilType *)value_as_object(callee);
    if (nargs != 2 || args_nkw(kwnames))
        return vm_raise(vm, vm->e_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                        nargs + args_nkw(kwnames));
    if (!value_is_str(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        value_arg_type_name(vm, args[0]));
    CoilType *st = vm_typeof(vm, args[1]);
    bool seq = st == vm->t_list || st == vm->t_tuple ||
               (st->getitem && !type_is_subtype(st, vm->t_dict) && !(st->flags & TYPE_TYPE_SUBCLASS));
    if (!seq) return vm_raise(vm, vm->e_TypeError, "second argument (exceptions) must be a sequence");
    GC_SAVE(vm);
    CoilValue excs = st == vm->t_tuple ? args[1] : VAL_EMPTY;
    if (excs == VAL_EMPTY) {
        CoilValue l = list_new(vm, 0);
        if (value_is_error(l)) return GC_RESTORE(vm), l;
        GC_ROOT(vm, l);
        if (!list_extend(vm, value_as_list(l), args[1])) return GC_RESTORE(vm), VAL_ERROR;
        excs = tuple_from_array(vm, value_as_list(l)->items, value_as_list(l)->len);
        if (value_is_error(excs)) return GC_RESTORE(vm), excs;
    }
    GC_ROOT(vm, excs);
    CoilTuple *t = value_as_tuple(excs);
    if (t->len == 0) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base = false;
    for (size_t k = 0; k < t->len; k++) {
        if (!value_is_exception(vm, t->items[k])) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_ValueError, "Item %zu of second argument (exceptions) is not an exception", k);
        }
        if (!vm_isinstance(vm, t->items[k], vm->e_Exception)) nested_base = true;
    }
    if (cls == vm->e_BaseExceptionGroup) {
        if (!nested_base) cls = vm->e_ExceptionGroup;
    } else if (cls == vm->e_ExceptionGroup) {
        if (nested_base) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (nested_base && type_is_subtype(cls, vm->e_Exception)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    CoilValue a = tuple_from_array(vm, args, 2);
    if (value_is_error(a)) return GC_RESTORE(vm), a;
    GC_ROOT(vm, a);
    CoilValue e = exc_new(vm, cls, a);
    if (!value_is_error(e)) value_as_exc(e)->value = excs;
    GC_RESTORE(vm);
    return e;
}

static CoilValue eg_str(CoilVM *vm, CoilValue self)
{
    CoilTuple *a = value_as_tuple(value_as_exc(self)->args);
    CoilValue excs = eg_excs(self);
    size_t n = value_is_tuple(vm, excs) ? value_as_tuple(excs)->len : 0;
    const char *msg = a->len && value_is_str(vm, a->items[0]) ? value_as_str(a->items[0])->data : "";
    return str_format(vm, "%s (%zu sub-exception%s)", msg, n, n == 1 ? "" : "s");
}

/* --- derive / split / subgroup --------------------------------------------------------------- */

static CoilValue eg_message(CoilVM *vm, CoilValue self)
{
    CoilTuple *a = value_as_tuple(value_as_exc(self)->args);
    return a->len ? a->items[0] : value_from_object(vm->names.empty);
}

static CoilValue eg_derive(CoilVM *vm, CoilValue self, CoilValue excs)
{
    CoilValue a[2] = {eg_message(vm, self), excs};
    return vm_call(vm, value_from_object(vm->e_BaseExceptionGroup), a, 2, VAL_EMPTY);
}

/* MATCH_LEAVES: cond is a list of leaf exceptions, matched by identity
 * (except*'s projection of the original group onto re-raised leaves). */
enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES };

static int get_matcher(CoilVM *vm, CoilValue cond)
{
    CoilType *ct = vm_typeof(vm, cond);
    bool is_type = (ct->flags & TYPE_TYPE_SUBCLASS) != 0;
    if (ct->call && !is_type) return MATCH_PREDICATE;
    if (is_type && (((CoilType *)value_as_object(cond))->flags & TYPE_EXCEPTION)) return MATCH_TYPE;
    if (ct == vm->t_tuple) {
        CoilTuple *t = value_as_tuple(cond);
        size_t k = 0;
        for (; k < t->len; k++) {
            CoilValue it = t->items[k];
            if (!value_is_object(it) || !(vm_typeof(vm, it)->flags & TYPE_TYPE_SUBCLASS) ||
                !(((CoilType *)value_as_object(it))->flags & TYPE_EXCEPTION))
                break;
        }
        if (k == t->len) return MATCH_TYPE;
    }
    vm_raise(vm, vm->e_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int check_match(CoilVM *vm, CoilValue exc, int kind, CoilValue cond)
{
    if (kind == MATCH_TYPE) return vm_isinstance_check(vm, exc, cond);
    if (kind == MATCH_LEAVES) {
        CoilList *l = value_as_list(cond);
        for (size_t k = 0; k < l->len; k++)
            if (l->items[k] == exc) return 1;
        return 0;
    }
    CoilValue r = vm_call1(vm, cond, exc);
    if (value_is_error(r)) return -1;
    return vm_truthy(vm, r);
}

/* The part of group orig made of excs (a list), with orig's metadata;
 * VAL_NONE for an empty part. */
static CoilValue subset(CoilVM *vm, CoilValue orig, CoilValue excs)
{
    if (value_as_list(excs)->len == 0) return VAL_NONE;
    CoilValue eg = vm_call_method(vm, orig, str_intern_cstr(vm, "derive"), &excs, 1);
    if (value_is_error(eg)) return eg;
    if (!is_group(vm, eg)) return vm_raise(vm, vm->e_TypeError, "derive must return an instance of BaseExceptionGroup");
    CoilException *d = value_as_exc(eg), *o = value_as_exc(orig);
    d->traceback = o->traceback;
    d->context = o->context;
    d->cause = o->cause;
    d->suppress_context = true; /* CPython sets the cause through PyException_SetCause */
    /* notes too, as a copy so the parts' notes stay apart */
    GC_ROOT(vm, eg);
    CoilString *name = str_intern_cstr(vm, "__notes__");
    CoilValue notes = vm_getattr(vm, orig, name);
    if (value_is_error(notes)) {
        GC_UNROOT(vm, 1);
        if (!vm_exception_matches(vm, vm->e_AttributeError)) return VAL_ERROR;
        vm_take_exception(vm);
        return eg;
    }
    if (value_is_list(vm, notes) || value_is_tuple(vm, notes)) {
        GC_ROOT(vm, notes);
        CoilValue copy = list_new(vm, 0);
        bool ok = !value_is_error(copy);
        if (ok) {
            GC_ROOT(vm, copy);
            ok = list_extend(vm, value_as_list(copy), notes) && vm_setattr(vm, eg, name, copy) >= 0;
            GC_UNROOT(vm, 1);
        }
        GC_UNROOT(vm, 1);
        if (!ok) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return eg;
}

/* split_recursive: sets *match and *rest (VAL_NONE when empty). */
static int split_rec(CoilVM *vm, CoilValue exc, int kind, CoilValue cond, bool want_rest, CoilValue *match,
                     CoilValue *rest)
{
    *match = *rest = VAL_NONE;
    int m = check_match(vm, exc, kind, cond);
    if (m < 0) return -1;
    if (m) {
        *match = exc;
        return 0;
    }
    if (!is_group(vm, exc)) {
        if (want_rest) *rest = exc;
        return 0;
    }
    if (vm_enter_recursion(vm, " in exceptiongroup_split_recursive") < 0) return -1;
    GC_SAVE(vm);
    CoilValue ml = list_new(vm, 0), rl = VAL_NONE;
    if (value_is_error(ml)) goto fail;
    GC_ROOT(vm, ml);
    rl = list_new(vm, 0);
    if (value_is_error(rl)) goto fail;
    GC_ROOT(vm, rl);
    CoilValue excs = eg_excs(exc);
    for (size_t k = 0; k < value_as_tuple(excs)->len; k++) {
        CoilValue sm, sr;
        if (split_rec(vm, value_as_tuple(excs)->items[k], kind, cond, want_rest, &sm, &sr) < 0) goto fail;
        /* both parts are new objects only these locals hold while appending */
        GC_ROOT(vm, sm);
        GC_ROOT(vm, sr);
        bool ok = (sm == VAL_NONE || list_append(vm, value_as_list(ml), sm)) &&
                  (sr == VAL_NONE || list_append(vm, value_as_list(rl), sr));
        GC_UNROOT(vm, 2);
        if (!ok) goto fail;
    }
    CoilValue mv = subset(vm, exc, ml);
    if (value_is_error(mv)) goto fail;
    GC_ROOT(vm, mv);
    CoilValue rv = VAL_NONE;
    if (want_rest) {
        rv = subset(vm, exc, rl);
        if (value_is_error(rv)) goto fail;
    }
    *match = mv;
    *rest = rv;
    GC_RESTORE(vm);
    vm_leave_recursion(vm);
    return 0;
fail:
    GC_RESTORE(vm);
    vm_leave_recursion(vm);
    return -1;
}

/* --- except* (PEP 654) ----------------------------------------------------------------------- */

static bool is_exc_class(CoilValue c)
{
    return value_is_object(c) && (value_as_object(c)->type->flags & TYPE_TYPE_SUBCLASS) &&
           (((CoilType *)value_as_object(c))->flags & TYPE_EXCEPTION);
}

static bool is_group_class(CoilVM *vm, CoilValue c)
{
    return type_is_subtype((CoilType *)value_as_object(c), vm->e_BaseExceptionGroup);
}

/* The type of an except* clause: exception classes only, and no group
 * classes (a group would be matched against its own leaves). */
static bool star_type_valid(CoilVM *vm, CoilValue type)
{
    const CoilValue *items = &type;
    size_t n = 1;
    if (value_is_tuple(vm, type)) {
        items = value_as_tuple(type)->items;
        n = value_as_tuple(type)->len;
    }
    for (size_t k = 0; k < n; k++)
        if (!is_exc_class(items[k])) {
            vm_raise(vm, vm->e_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
    for (size_t k = 0; k < n; k++)
        if (is_group_class(vm, items[k])) {
            vm_raise(vm, vm->e_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
    return true;
}

CoilValue excgroup_star_match(CoilVM *vm, CoilValue exc, CoilValue type, CoilValue *rest)
{
    *rest = exc;
    if (!star_type_valid(vm, type)) return VAL_ERROR;
    if (exc == VAL_NONE) return VAL_NONE;
    /* subclass checks only, as `except` does (no __instancecheck__) */
    bool m = false;
    if (value_is_tuple(vm, type)) {
        for (size_t k = 0; k < value_as_tuple(type)->len && !m; k++)
            m = vm_isinstance(vm, exc, (CoilType *)value_as_object(value_as_tuple(type)->items[k]));
    } else {
        m = vm_isinstance(vm, exc, (CoilType *)value_as_object(type));
    }
    if (m) {
        *rest = VAL_NONE;
        if (is_group(vm, exc)) return exc;
        /* a bare exception is matched as a group of one, with no traceback */
        CoilValue one = tuple_from_array(vm, &exc, 1);
        if (value_is_error(one)) return one;
        GC_ROOT(vm, one);
        CoilValue a[2] = {value_from_object(vm->names.empty), one};
        CoilValue g = vm_call(vm, value_from_object(vm->e_BaseExceptionGroup), a, 2, VAL_EMPTY);
        GC_UNROOT(vm, 1);
        return g;
    }
    if (!is_group(vm, exc)) return VAL_NONE;
    CoilValue pair = vm_call_method(vm, exc, str_intern_cstr(vm, "split"), &type, 1);
    if (value_is_error(pair)) return pair;
    if (!value_is_tuple(vm, pair) || value_as_tuple(pair)->len != 2)
        return vm_raise(vm, vm->e_TypeError, "%s.split must return a 2-tuple, got %s", vm_typeof(vm, exc)->name,
                        value_type_name(vm, pair));
    *rest = value_as_tuple(pair)->items[1];
    return value_as_tuple(pair)->items[0];
}

/* Appends exc's leaves (the non-group exceptions in its tree) to l. */
static bool collect_leaves(CoilVM *vm, CoilValue exc, CoilList *l)
{
    if (!is_group(vm, exc)) return list_append(vm, l, exc);
    if (vm_enter_recursion(vm, " in collect_exception_group_leaves") < 0) return false;
    CoilValue excs = eg_excs(exc);
    bool ok = true;
    for (size_t k = 0; ok && value_is_tuple(vm, excs) && k < value_as_tuple(excs)->len; k++)
        ok = collect_leaves(vm, value_as_tuple(excs)->items[k], l);
    vm_leave_recursion(vm);
    return ok;
}

/* Whether e came out of splitting orig: split parts share orig's traceback,
 * cause and context, while an exception raised anew has its own. */
static bool same_metadata(CoilVM *vm, CoilValue e, CoilValue orig)
{
    if (!value_is_exception(vm, e)) return false;
    CoilException *a = value_as_exc(e), *b = value_as_exc(orig);
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

CoilValue excgroup_prep_reraise(CoilVM *vm, CoilValue orig, CoilValue excs)
{
    CoilList *l = value_as_list(excs);
    if (l->len == 0) return VAL_NONE;
    /* a bare exception: at most one clause ran, so one thing to raise */
    if (!is_group(vm, orig)) return l->items[0];
    GC_SAVE(vm);
    CoilValue raised = list_new(vm, 0), leaves = VAL_NONE;
    if (value_is_error(raised)) goto fail;
    GC_ROOT(vm, raised);
    leaves = list_new(vm, 0);
    if (value_is_error(leaves)) goto fail;
    GC_ROOT(vm, leaves);
    for (size_t k = 0; k < l->len; k++) {
        CoilValue e = l->items[k];
        if (e == VAL_NONE) continue;
        bool ok = same_metadata(vm, e, orig) ? collect_leaves(vm, e, value_as_list(leaves))
                                             : list_append(vm, value_as_list(raised), e);
        if (!ok) goto fail;
    }
    /* the re-raised leaves keep the original tree's shape */
    CoilValue kept = VAL_NONE, unused;
    if (value_as_list(leaves)->len &&
        split_rec(vm, orig, MATCH_LEAVES, leaves, false, &kept, &unused) < 0)
        goto fail;
    if (value_as_list(raised)->len == 0) return GC_RESTORE(vm), kept;
    GC_ROOT(vm, kept);
    if (kept != VAL_NONE && !list_append(vm, value_as_list(raised), kept)) goto fail;
    CoilValue a[2] = {value_from_object(vm->names.empty), raised};
    CoilValue g = vm_call(vm, value_from_object(vm->e_BaseExceptionGroup), a, 2, VAL_EMPTY);
    GC_RESTORE(vm);
    return g;
fail:
    GC_RESTORE(vm);
    return VAL_ERROR;
}

static CoilValue m_split(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "split", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int kind = get_matcher(vm, args[1]);
    if (kind < 0) return VAL_ERROR;
    CoilValue m, r;
    if (split_rec(vm, args[0], kind, args[1], true, &m, &r) < 0) return VAL_ERROR;
    GC_ROOT(vm, m);
    GC_ROOT(vm, r);
    CoilValue t = tuple_pack2(vm, m, r);
    GC_UNROOT(vm, 2);
    return t;
}

static CoilValue m_subgroup(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "subgroup", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int kind = get_matcher(vm, args[1]);
    if (kind < 0) return VAL_ERROR;
    CoilValue m, r;
    if (split_rec(vm, args[0], kind, args[1], false, &m, &r) < 0) return VAL_ERROR;
    return m;
}

static CoilValue m_derive(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "derive", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return eg_derive(vm, args[0], args[1]);
}

static CoilValue m_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)vm;
    (void)nargs;
    (void)kw;
    return args[0];
}

static const CoilMethodDef eg_methods[] = {{"derive", m_derive, 0},
                                           {"split", m_split, 0},
                                           {"subgroup", m_subgroup, 0},
                                           {"__class_getitem__", m_class_getitem, METH_CLASS},
                                           {NULL, NULL, 0}};

static CoilValue g_message(CoilVM *vm, CoilValue self) { return eg_message(vm, self); }
static CoilValue g_exceptions(CoilVM *vm, CoilValue self)
{
    CoilValue e = eg_excs(self);
    return value_is_tuple(vm, e) ? e : vm->empty_tuple;
}

static const CoilGetSetDef eg_getsets[] = {
    {"message", g_message, NULL}, {"exceptions", g_exceptions, NULL}, {NULL, NULL, NULL}};

void excgroup_init_types(CoilVM *vm)
{
    CoilType *b = vm->e_BaseExceptionGroup, *e = vm->e_ExceptionGroup;
    b->new_ = eg_new;
    e->new_ = eg_new;
    b->str = eg_str;
    e->str = eg_str;
    type_add_methods(vm, b, eg_methods);
    type_add_getsets(vm, b, eg_getsets);
    /* class ExceptionGroup(BaseExceptionGroup, Exception) */
    CoilValue items[5] = {value_from_object(e), value_from_object(b), value_from_object(vm->e_Exception),
                          value_from_object(vm->e_BaseException), value_from_object(vm->t_object)};
    CoilValue mro = tuple_from_array(vm, items, 5);
    if (value_is_error(mro)) return;
    GC_ROOT(vm, mro);
    CoilValue bases = tuple_from_array(vm, items + 1, 2);
    GC_UNROOT(vm, 1);
    if (value_is_error(bases)) return;
    e->mro = mro;
    e->bases = bases;
    type_modified(vm);
}

/* --- printing (pythonrun.c's print_exception_recursive) ------------------------------------------ */

typedef struct PrintCtx {
    FILE *out;
    int depth;          /* exception_group_depth */
    bool need_close;
    CoilValue *seen;    /* chain members already printed */
    size_t nseen, capseen;
} PrintCtx;

static void write_indent(PrintCtx *c, int n)
{
    for (int k = 0; k < n; k++) fputc(' ', c->out);
}

static const char *margin(const PrintCtx *c) { return c->depth ? "| " : ""; }

static void write_margin(PrintCtx *c)
{
    write_indent(c, 2 * c->depth);
    fputs(margin(c), c->out);
}

static bool seen_has(const PrintCtx *c, CoilValue v)
{
    for (size_t k = 0; k < c->nseen; k++)
        if (c->seen[k] == v) return true;
    return false;
}

static void seen_add(CoilVM *vm, PrintCtx *c, CoilValue v)
{
    if (c->nseen == c->capseen) {
        size_t cap = c->capseen ? c->capseen * 2 : 16;
        CoilValue *n = coil_realloc(&vm->alloc, c->seen, c->capseen * sizeof *n, cap * sizeof *n);
        if (!n) return;
        c->seen = n;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = v;
}

/* print_exception: traceback (group header when a group) and message,
 * each line behind the margin; the header line's margin is "+ " for the
 * outermost group. */
static void print_one(CoilVM *vm, PrintCtx *c, CoilValue exc)
{
    bool group = is_group(vm, exc);
    const char *header = group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n";
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) return;
    exc_print_one(vm, exc, mem, header);
    fclose(mem);
    bool has_tb = value_is_type(value_as_exc(exc)->traceback, vm->t_traceback);
    const char *p = text, *end = text + len;
    bool first = true;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        write_indent(c, 2 * c->depth);
        if (first && has_tb && group && c->depth == 1) fputs("+ ", c->out);
        else fputs(margin(c), c->out);
        fwrite(p, 1, n, c->out);
        /* no newline added: a non-sequence __notes__ prints its repr without one, as CPython */
        first = false;
        p += n;
    }
    free(text);
}

static void print_recursive(CoilVM *vm, PrintCtx *c, CoilValue exc);

static void print_chained(CoilVM *vm, PrintCtx *c, CoilValue exc, const char *message)
{
    bool need_close = c->need_close;
    print_recursive(vm, c, exc);
    /* The traceback module (3.11's traceback.py) does not keep the flag across
     * a chained group, so it drops the closing line that the interpreter's
     * own printer writes after a last sub-exception with a group context. */
    if (!vm->tb_module_format) c->need_close = need_close;
    write_margin(c);
    fputc('\n', c->out);
    write_margin(c);
    fputs(message, c->out);
    write_margin(c);
    fputc('\n', c->out);
}

/* print_exception_cause_and_context */
static void print_cause_and_context(CoilVM *vm, PrintCtx *c, CoilValue exc)
{
    seen_add(vm, c, exc);
    CoilException *e = value_as_exc(exc);
    if (value_is_exception(vm, e->cause)) {
        if (!seen_has(c, e->cause))
            print_chained(vm, c, e->cause, "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (value_is_exception(vm, e->context) && !e->suppress_context && !seen_has(c, e->context))
        print_chained(vm, c, e->context, "During handling of the above exception, another exception occurred:\n");
}

static void print_group(CoilVM *vm, PrintCtx *c, CoilValue exc)
{
    if (c->depth > EG_MAX_DEPTH) {
        write_margin(c);
        fprintf(c->out, "... (max_group_depth is %d)\n", EG_MAX_DEPTH);
        return;
    }
    if (c->depth == 0) c->depth++;
    print_one(vm, c, exc);
    CoilValue excs = eg_excs(exc);
    size_t num = value_is_tuple(vm, excs) ? value_as_tuple(excs)->len : 0;
    size_t n = num <= EG_MAX_WIDTH ? num : EG_MAX_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        write_indent(c, 2 * c->depth);
        bool truncated = i >= EG_MAX_WIDTH;
        if (!truncated) fprintf(c->out, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else fprintf(c->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        c->depth++;
        if (!truncated) {
            print_recursive(vm, c, value_as_tuple(excs)->items[i]);
        } else {
            size_t remaining = num - EG_MAX_WIDTH;
            write_margin(c);
            fprintf(c->out, "and %zu more exception%s\n", remaining, remaining > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            write_indent(c, 2 * c->depth);
            fputs("+------------------------------------\n", c->out);
            c->need_close = false;
        }
        c->depth--;
    }
    if (c->depth == 1) c->depth--;
}

static void print_recursive(CoilVM *vm, PrintCtx *c, CoilValue exc)
{
    if (vm_enter_recursion(vm, " in print_exception_recursive") < 0) {
        vm_take_exception(vm);
        return;
    }
    print_cause_and_context(vm, c, exc);
    if (is_group(vm, exc)) print_group(vm, c, exc);
    else print_one(vm, c, exc);
    vm_leave_recursion(vm);
}

bool excgroup_in_chain(CoilVM *vm, CoilValue exc)
{
    for (int k = 0; k < 256 && value_is_exception(vm, exc); k++) {
        if (is_group(vm, exc)) return true;
        CoilException *e = value_as_exc(exc);
        exc = e->cause != VAL_NONE ? e->cause : e->suppress_context ? VAL_NONE : e->context;
    }
    return false;
}

void excgroup_print(CoilVM *vm, CoilValue exc, FILE *out)
{
    PrintCtx c = {out, 0, false, NULL, 0, 0};
    GC_ROOT(vm, exc);
    print_recursive(vm, &c, exc);
    GC_UNROOT(vm, 1);
    coil_free(&vm->alloc, c.seen, c.capseen * sizeof *c.seen);
    fflush(out);
}
