/* call.c — frame allocation on the segmented register stack, and argument
 * binding exactly in CPython 3.11's order (positional, *args, **kwargs,
 * keywords, then the too-many / missing checks) with its error texts. */
#include <string.h>

#include "vm/call.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* The segment after the current one with room for `need` values, allocated
 * on first use; segments never move, so register pointers stay valid. */
static CoilStackSeg *next_segment(CoilVM *vm, size_t need)
{
    CoilStackSeg *cur = vm->seg;
    CoilStackSeg *seg = cur->next;
    if (seg && seg->cap < need) {
        /* Too small for this frame: free it and what follows (all unused). */
        while (seg) {
            CoilStackSeg *n = seg->next;
            vm_mem_free(vm, seg, sizeof(CoilStackSeg) + seg->cap * sizeof(CoilValue));
            seg = n;
        }
        cur->next = NULL;
    }
    if (!seg) {
        size_t cap = need > COIL_STACK_SEGMENT_VALUES ? need : COIL_STACK_SEGMENT_VALUES;
        seg = vm_mem_alloc(vm, sizeof(CoilStackSeg) + cap * sizeof(CoilValue));
        if (!seg) return NULL;
        seg->cap = cap;
        seg->next = NULL;
        seg->prev = cur;
        cur->next = seg;
    }
    return seg;
}

void frame_init(CoilVM *vm, CoilFrame *f, CoilCode *code)
{
    f->prev = NULL;
    f->code = code;
    f->pc = code->code;
    f->globals = VAL_NONE;
    f->locals = VAL_EMPTY;      /* and yf_iter */
    f->saved_handled = vm->handled;
    f->gen_handled = VAL_NONE;  /* and init_self */
    f->ret_reg = 0;
    f->flags = 0;
    f->resume_reg = 0;
    f->parked = 0;
    CoilValue *regs = frame_regs(f);
    for (size_t i = 0, n = code->nregs; i < n; i++) regs[i] = VAL_EMPTY;
}

CoilFrame *frame_push(CoilVM *vm, CoilCode *code)
{
    if (vm->depth >= vm->recursion_limit) {
        vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t need = FRAME_LINK_VALUES + FRAME_HEADER_VALUES + code->nregs;
    CoilStackSeg *seg = vm->seg;
    CoilValue *top = vm->stack_top;
    if ((size_t)(seg->data + seg->cap - top) < need) {
        GC_ROOT_OBJ(vm, code);
        CoilStackSeg *ns = next_segment(vm, need);
        GC_UNROOT(vm, 1);
        if (!ns) return NULL;
        seg = ns;
        top = ns->data;
    }
    CoilFrame *f = (CoilFrame *)(void *)(top + FRAME_LINK_VALUES);
    frame_init(vm, f, code);
    frame_link(f)->saved_top = vm->stack_top;
    frame_link(f)->saved_seg = vm->seg;
    f->prev = vm->frame;
    vm->seg = seg;
    vm->stack_top = top + need;
    vm->frame = f;
    vm->depth++;
    return f;
}

/* --- error texts ---------------------------------------------------------------------- */

static const char *qualname_of(CoilFunction *fn) { return value_as_str(fn->qualname)->data; }

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the missing-argument message. */
static void missing_arguments(CoilVM *vm, CoilFunction *fn, const CoilValue *regs, size_t start, size_t end,
                              const char *kind)
{
    CoilCode *c = fn->code;
    size_t missing = 0;
    for (size_t i = start; i < end; i++) missing += regs[i] == VAL_EMPTY;
    char buf[1024];
    size_t len = 0, seen = 0;
    buf[0] = 0;
    for (size_t i = start; i < end && len < sizeof buf - 64; i++) {
        if (regs[i] != VAL_EMPTY) continue;
        const char *sep = "";
        if (seen > 0) sep = missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ";
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s'%s'", sep, c->localnames[i]->data);
        seen++;
    }
    vm_raise(vm, vm->e_TypeError, "%s() missing %zu required %s argument%s: %s", qualname_of(fn), missing, kind,
             missing == 1 ? "" : "s", buf);
}

static void too_many_positional(CoilVM *vm, CoilFunction *fn, const CoilValue *regs, size_t given)
{
    CoilCode *c = fn->code;
    size_t kwonly_given = 0;
    for (size_t i = c->argcount; i < (size_t)c->argcount + c->kwonlyargcount; i++) kwonly_given += regs[i] != VAL_EMPTY;
    size_t defcount = value_is_tuple(vm, fn->defaults) ? value_as_tuple(fn->defaults)->len : 0;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %zu to %u", c->argcount - defcount, c->argcount);
    } else {
        plural = c->argcount != 1;
        snprintf(sig, sizeof sig, "%u", c->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    vm_raise(vm, vm->e_TypeError, "%s() takes %s positional argument%s but %zu%s %s given", qualname_of(fn), sig,
             plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

/* --- C-style texts ---------------------------------------------------------------------- */

/* Stdlib functions that CPython writes in C mark themselves with
 * __cargs__ = "kw" | "pos" | "one" (optionally ":name", and ":name2" for the
 * "takes no keyword arguments" text), and their argument
 * errors then use the words of CPython's parser of that kind: "kw" for
 * PyArg_ParseTupleAndKeywords and Argument Clinic, "pos" for
 * _PyArg_CheckPositional (no keywords), "one" for METH_O.  Looked up only on
 * the error paths (and for keywords given to a function with a __dict__). */
typedef struct CStyle {
    char kind;        /* 'k', 'p', 'o' */
    char name[128];   /* the name CPython prints */
    char kwname[128]; /* ...in "NAME() takes no keyword arguments" */
    size_t self;      /* 1 when the first parameter is self (not counted) */
} CStyle;

static bool c_style(CoilVM *vm, CoilFunction *fn, CStyle *st)
{
    if (!value_is_dict(vm, fn->dict)) return false;
    CoilValue v = dict_get_cstr(vm, value_as_dict(fn->dict), "__cargs__");
    if (v == VAL_EMPTY || !value_is_str(vm, v)) return false;
    const char *spec = value_as_str(v)->data, *colon = strchr(spec, ':');
    st->kind = spec[0] == 'k' ? 'k' : spec[0] == 'p' ? 'p' : 'o';
    const char *q = qualname_of(fn);
    size_t ql = strlen(q);
    st->self = strchr(q, '.') != NULL;
    const char *colon2 = colon ? strchr(colon + 1, ':') : NULL;
    if (colon2) snprintf(st->name, sizeof st->name, "%.*s", (int)(colon2 - colon - 1), colon + 1);
    else if (colon) snprintf(st->name, sizeof st->name, "%s", colon + 1);
    else if (ql > 9 && !strcmp(q + ql - 9, ".__init__")) snprintf(st->name, sizeof st->name, "%.*s", (int)(ql - 9), q);
    else if (ql > 8 && !strcmp(q + ql - 8, ".__new__")) snprintf(st->name, sizeof st->name, "%.*s", (int)(ql - 8), q);
    else snprintf(st->name, sizeof st->name, "%s", q);
    snprintf(st->kwname, sizeof st->kwname, "%s", colon2 ? colon2 + 1 : st->name);
    return true;
}

/* "NAME expected [at least |at most ]N argument(s), got M" (or the METH_O
 * text) for a positional-only C function given the wrong count. */
static void c_count_error(CoilVM *vm, CoilFunction *fn, const CStyle *st, size_t given)
{
    size_t defcount = value_is_tuple(vm, fn->defaults) ? value_as_tuple(fn->defaults)->len : 0;
    size_t max = fn->code->argcount - st->self, min = max - defcount;
    given -= st->self;
    if (st->kind == 'o') {
        vm_raise(vm, vm->e_TypeError, "%s() takes exactly one argument (%zu given)", st->name, given);
        return;
    }
    bool varargs = (fn->code->flags & PROTO_VARARGS) != 0;
    size_t n = given < min ? min : max;
    const char *how = given < min ? (min < max || varargs ? "at least " : "") : (min < max ? "at most " : "");
    vm_raise(vm, vm->e_TypeError, "%s expected %s%zu argument%s, got %zu", st->name, how, n, n == 1 ? "" : "s",
             given);
}

/* --- binding ---------------------------------------------------------------------------- */

int frame_bind_args(CoilVM *vm, CoilFrame *f, CoilFunction *fn, CoilValue self, const CoilValue *args,
                    size_t nargs, CoilValue kwnames)
{
    CoilCode *c = fn->code;
    CoilValue *regs = frame_regs(f);
    size_t argcount = c->argcount;
    size_t given = nargs + (self != VAL_EMPTY);
    size_t nkw = value_is_object(kwnames) ? value_as_tuple(kwnames)->len : 0;

    /* The common case: exact positional arguments, nothing else to do. */
    if (fn->simple && nkw == 0 && given == argcount) {
        size_t k = 0;
        if (self != VAL_EMPTY) regs[k++] = self;
        for (size_t i = 0; i < nargs; i++) regs[k++] = args[i];
        goto closure;
    }

    size_t total = argcount + c->kwonlyargcount;
    size_t n = given < argcount ? given : argcount;
    for (size_t i = 0; i < n; i++) regs[i] = (self != VAL_EMPTY) ? (i == 0 ? self : args[i - 1]) : args[i];
    size_t varpos = total, varkw = total + ((c->flags & PROTO_VARARGS) != 0);
    if (c->flags & PROTO_VARARGS) {
        size_t extra = given > argcount ? given - argcount : 0;
        CoilTuple *st = vm->star_args;
        if (st && args == st->items && nargs == st->len && extra == nargs) {
            /* All of f(*iterable)'s own tuple: taken over (state.h), once. */
            vm->star_args = NULL;
            regs[varpos] = value_from_object(&st->obj);
        } else {
            CoilValue t = tuple_new(vm, extra);
            if (value_is_error(t)) return -1;
            for (size_t i = 0; i < extra; i++) {
                size_t src = argcount + i;
                value_as_tuple(t)->items[i] = self != VAL_EMPTY ? (src == 0 ? self : args[src - 1]) : args[src];
            }
            regs[varpos] = t;
        }
    }
    CoilDict *kwdict = NULL;
    if (c->flags & PROTO_VARKEYWORDS) {
        CoilValue d = dict_new(vm);
        if (value_is_error(d)) return -1;
        regs[varkw] = d;
        kwdict = value_as_dict(d);
    }
    CStyle st;
    if (nkw && fn->dict != VAL_EMPTY && c_style(vm, fn, &st) && st.kind != 'k') {
        vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", st.kwname);
        return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        CoilValue kname = value_as_tuple(kwnames)->items[k];
        CoilValue kval = args[nargs + k];
        if (!value_is_str(vm, kname)) {
            vm_raise(vm, vm->e_TypeError, "keywords must be strings");
            return -1;
        }
        CoilString *ks = value_as_str(kname);
        size_t j = c->posonlyargcount;
        for (; j < total; j++)
            if (c->localnames[j] == ks) break;
        if (j == total)
            for (j = c->posonlyargcount; j < total; j++)
                if (str_eq(c->localnames[j], ks)) break;
        if (j == total) {
            if (kwdict) {
                if (dict_set(vm, kwdict, kname, kval) < 0) return -1;
                continue;
            }
            /* Positional-only parameters named as keywords get their own text. */
            char names[512];
            size_t len = 0;
            names[0] = 0;
            for (size_t q = 0; q < nkw; q++) {
                CoilString *qs = value_as_str(value_as_tuple(kwnames)->items[q]);
                for (size_t p = 0; p < c->posonlyargcount; p++)
                    if (str_eq(c->localnames[p], qs) && len < sizeof names - 80)
                        len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", qs->data);
            }
            if (c_style(vm, fn, &st))
                vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for %s()", ks->data, st.name);
            else if (len)
                vm_raise(vm, vm->e_TypeError,
                         "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                         qualname_of(fn), names);
            else
                vm_raise(vm, vm->e_TypeError, "%s() got an unexpected keyword argument '%s'", qualname_of(fn),
                         ks->data);
            return -1;
        }
        if (regs[j] != VAL_EMPTY) {
            vm_raise(vm, vm->e_TypeError, "%s() got multiple values for argument '%s'", qualname_of(fn), ks->data);
            return -1;
        }
        regs[j] = kval;
    }
    if (given > argcount && !(c->flags & PROTO_VARARGS)) {
        if (!c_style(vm, fn, &st)) too_many_positional(vm, fn, regs, given);
        else if (st.kind == 'k') {
            size_t max = argcount - st.self, all = given - st.self + nkw;
            vm_raise(vm, vm->e_TypeError, "%s() takes at most %zu argument%s (%zu given)", st.name, max,
                     max == 1 ? "" : "s", all);
        } else c_count_error(vm, fn, &st, given);
        return -1;
    }
    if (given < argcount) {
        size_t defcount = value_is_tuple(vm, fn->defaults) ? value_as_tuple(fn->defaults)->len : 0;
        size_t m = argcount - defcount;
        for (size_t i = given; i < m; i++) {
            if (regs[i] == VAL_EMPTY) {
                if (!c_style(vm, fn, &st)) missing_arguments(vm, fn, regs, given, m, "positional");
                else if (st.kind == 'k')
                    vm_raise(vm, vm->e_TypeError, "%s() missing required argument '%s' (pos %zu)", st.name,
                             c->localnames[i]->data, i + 1 - st.self);
                else c_count_error(vm, fn, &st, given);
                return -1;
            }
        }
        for (size_t i = given > m ? given - m : 0; i < defcount; i++)
            if (regs[m + i] == VAL_EMPTY) regs[m + i] = value_as_tuple(fn->defaults)->items[i];
    }
    if (c->kwonlyargcount) {
        bool missing = false;
        for (size_t i = argcount; i < total; i++) {
            if (regs[i] != VAL_EMPTY) continue;
            if (value_is_dict(vm, fn->kwdefaults)) {
                CoilValue d = dict_get_str(vm, value_as_dict(fn->kwdefaults), c->localnames[i]);
                if (d != VAL_EMPTY) {
                    regs[i] = d;
                    continue;
                }
            }
            missing = true;
        }
        if (missing) {
            missing_arguments(vm, fn, regs, argcount, total, "keyword-only");
            return -1;
        }
    }
closure:
    if (c->nfreevars) {
        CoilTuple *cl = value_as_tuple(fn->closure);
        for (size_t i = 0; i < c->nfreevars; i++) regs[c->freeregs[i]] = cl->items[i];
    }
    return 0;
}
