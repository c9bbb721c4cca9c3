/* future_repr.c — how a Future or Task describes itself: CPython's
 * base_futures._future_repr_info and base_tasks._task_repr_info, with the
 * callback and coroutine formatting they use (format_helpers). */
#include <stdio.h>
#include <string.h>

#include "vm/aio.h"
#include "vm/asyncgen.h"
#include "vm/buf.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/import.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define FUT(v) ((CoilFuture *)value_as_object(v))

/* reprlib.repr(v) (the stdlib module, with its default limits), appended. */
static bool reprlib_repr(CoilVM *vm, CoilBuf *b, CoilValue v)
{
    GC_SAVE(vm);
    GC_ROOT(vm, v);
    CoilString *name = str_intern_cstr(vm, "reprlib");
    CoilValue mod = name ? import_module(vm, name, VAL_NONE, 0, VAL_NONE) : VAL_ERROR;
    if (value_is_error(mod)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, mod);
    name = str_intern_cstr(vm, "repr");
    CoilValue r = name ? vm_call_method(vm, mod, name, &v, 1) : VAL_ERROR;
    GC_RESTORE(vm);
    if (value_is_error(r)) return false;
    if (!value_is_str(vm, r)) {
        vm_raise(vm, vm->e_TypeError, "reprlib.repr() returned a non-string");
        return false;
    }
    return buf_append(b, value_as_str(r)->data, value_as_str(r)->len);
}

/* functools.partial, if functools was imported (else nothing can be one). */
static CoilValue partial_type(CoilVM *vm)
{
    CoilValue mod = dict_get_cstr(vm, value_as_dict(vm->modules), "functools");
    if (mod == VAL_EMPTY || !value_is_object(mod)) return VAL_EMPTY;
    CoilValue t = vm_getattr(vm, mod, str_intern_cstr(vm, "partial"));
    if (value_is_error(t)) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return t;
}

static bool is_partial(CoilVM *vm, CoilValue fn)
{
    CoilValue t = partial_type(vm);
    if (t == VAL_EMPTY) return false;
    int r = vm_isinstance_check(vm, fn, t);
    if (r < 0) vm_take_exception(vm);
    return r > 0;
}

/* Attribute or VAL_EMPTY (any error from the lookup is dropped). */
static CoilValue attr_or_empty(CoilVM *vm, CoilValue obj, const char *name)
{
    CoilString *s = str_intern_cstr(vm, name);
    CoilValue v = s ? vm_getattr(vm, obj, s) : VAL_ERROR;
    if (value_is_error(v)) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return v;
}

/* format_helpers._format_args_and_kwargs: "(1, 'a', k=2)", each value
 * through reprlib. */
static bool format_args_kwargs(CoilVM *vm, CoilBuf *b, CoilValue args, CoilValue kwargs)
{
    if (!buf_putc(b, '(')) return false;
    bool first = true;
    if (value_is_tuple(vm, args)) {
        CoilTuple *t = value_as_tuple(args);
        for (size_t k = 0; k < t->len; k++, first = false)
            if ((!first && !buf_append_str(b, ", ")) || !reprlib_repr(vm, b, t->items[k])) return false;
    }
    if (value_is_dict(vm, kwargs)) {
        size_t pos = 0;
        CoilValue key, val;
        while (dict_next(value_as_dict(kwargs), &pos, &key, &val)) {
            if (!first && !buf_append_str(b, ", ")) return false;
            first = false;
            CoilValue ks = vm_str(vm, key);
            if (value_is_error(ks) || !buf_append(b, value_as_str(ks)->data, value_as_str(ks)->len) ||
                !buf_putc(b, '=') || !reprlib_repr(vm, b, val))
                return false;
        }
    }
    return buf_putc(b, ')');
}

/* format_helpers._format_callback: a partial shows its function with the
 * partial's arguments, then the call's. */
static bool format_callback_name(CoilVM *vm, CoilBuf *b, CoilValue fn, CoilValue args, CoilValue kwargs,
                                 CoilValue suffix)
{
    GC_SAVE(vm);
    GC_ROOT(vm, fn);
    GC_ROOT(vm, suffix);
    bool ok;
    if (is_partial(vm, fn)) {
        CoilBuf sb;
        buf_init(&sb, &vm->counted);
        ok = format_args_kwargs(vm, &sb, args, kwargs) &&
             (suffix == VAL_EMPTY || buf_append(&sb, value_as_str(suffix)->data, value_as_str(suffix)->len));
        CoilValue suf = ok ? str_new(vm, buf_cstr(&sb), sb.len) : VAL_ERROR;
        buf_free(&sb);
        if (value_is_error(suf)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, suf);
        CoilValue inner = attr_or_empty(vm, fn, "func");
        GC_ROOT(vm, inner);
        CoilValue pargs = attr_or_empty(vm, fn, "args");
        GC_ROOT(vm, pargs);
        CoilValue pkw = attr_or_empty(vm, fn, "keywords");
        GC_ROOT(vm, pkw);
        ok = format_callback_name(vm, b, inner, pargs, pkw, suf);
        GC_RESTORE(vm);
        return ok;
    }
    CoilValue name = attr_or_empty(vm, fn, "__qualname__");
    if (!value_is_str(vm, name) || !value_as_str(name)->len) name = attr_or_empty(vm, fn, "__name__");
    if (!value_is_str(vm, name) || !value_as_str(name)->len) {
        name = vm_repr(vm, fn);
        if (value_is_error(name)) return GC_RESTORE(vm), false;
    }
    GC_ROOT(vm, name);
    ok = buf_append(b, value_as_str(name)->data, value_as_str(name)->len) && format_args_kwargs(vm, b, args, kwargs) &&
         (suffix == VAL_EMPTY || buf_append(b, value_as_str(suffix)->data, value_as_str(suffix)->len));
    GC_RESTORE(vm);
    return ok;
}

/* format_helpers._get_function_source: the function behind __wrapped__
 * links and partials, if it is a script function. */
static CoilCode *callback_code(CoilVM *vm, CoilValue fn)
{
    for (int depth = 0; depth < 100; depth++) {
        /* inspect.unwrap */
        for (int k = 0; k < 100; k++) {
            CoilValue w = attr_or_empty(vm, fn, "__wrapped__");
            if (w == VAL_EMPTY) break;
            fn = w;
        }
        if (value_is_type(fn, vm->t_function)) return ((CoilFunction *)value_as_object(fn))->code;
        if (!is_partial(vm, fn)) return NULL;
        fn = attr_or_empty(vm, fn, "func");
        if (fn == VAL_EMPTY) return NULL;
    }
    return NULL;
}

bool aio_format_callback_source(CoilVM *vm, CoilBuf *b, CoilValue fn, CoilValue args)
{
    GC_ROOT(vm, fn);
    GC_ROOT(vm, args);
    bool ok = format_callback_name(vm, b, fn, args, VAL_NONE, VAL_EMPTY);
    CoilCode *c = ok ? callback_code(vm, fn) : NULL;
    GC_UNROOT(vm, 2);
    if (ok && c) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, ":%d", c->firstlineno);
        ok = buf_append_str(b, " at ") && buf_append(b, c->filename->data, c->filename->len) && buf_append_str(b, tmp);
    }
    return ok;
}

/* format_helpers._format_callback_source(cb, ()) */
static bool format_callback(CoilVM *vm, CoilBuf *b, const CoilFutureCb *cb)
{
    if (cb->kind == CB_WAKEUP) return buf_append_str(b, "Task.task_wakeup()");
    if (cb->kind == CB_STOP_LOOP)
        return buf_append_str(b, "_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180");
    CoilValue fn = cb->kind == CB_CTX ? value_as_tuple(cb->fn)->items[0] : cb->fn;
    return aio_format_callback_source(vm, b, fn, vm->empty_tuple);
}

/* The line a coroutine stands at, for "running at FILE:LINE". */
static int coro_line(CoilGenerator *g)
{
    CoilFrame *f = gen_frame(g);
    if (!f) return -1;
    if (g->state == GEN_CREATED) return f->code->firstlineno;
    size_t off = (size_t)(f->pc - f->code->code);
    if (g->state == GEN_SUSPENDED && !gen_chain_inner(g) && (f->flags & FRAME_YF_ACTIVE)) return code_line(f->code, off);
    return code_line(f->code, off ? off - 1 : 0);
}

/* getattr(obj, name) if it exists (hasattr's view: only AttributeError
 * means absent), else VAL_EMPTY; VAL_ERROR on another error. */
static CoilValue opt_attr(CoilVM *vm, CoilValue obj, const char *name)
{
    CoilValue v = vm_getattr_cstr(vm, obj, name);
    if (value_is_error(v) && vm_exception_matches(vm, vm->e_AttributeError)) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return v;
}

/* coroutines._format_coroutine for an awaitable a Task accepted that is
 * neither a coroutine nor a generator (an async generator's asend()/athrow()
 * object, a class registered as a Coroutine): its __qualname__ or __name__,
 * else "<type without __name__>", then "()", and " running" while running. */
static bool format_other_coro(CoilVM *vm, CoilBuf *b, CoilValue coro)
{
    bool named = false;
    static const char *const name_attrs[] = {"__qualname__", "__name__"};
    for (int k = 0; k < 2 && !named; k++) {
        CoilValue n = opt_attr(vm, coro, name_attrs[k]);
        if (value_is_error(n)) return false;
        if (n == VAL_EMPTY) continue;
        GC_ROOT(vm, n);
        int t = vm_truthy(vm, n);
        CoilValue str = t > 0 ? vm_str(vm, n) : VAL_NONE;
        GC_UNROOT(vm, 1);
        if (t < 0 || value_is_error(str)) return false;
        if (t > 0) {
            if (!buf_append(b, value_as_str(str)->data, value_as_str(str)->len)) return false;
            named = true;
        }
    }
    if (!named && !(buf_append_str(b, "<") && buf_append_str(b, vm_typeof(vm, coro)->name) &&
                    buf_append_str(b, " without __name__>")))
        return false;
    if (!buf_append_str(b, "()")) return false;
    static const char *const running_attrs[] = {"cr_running", "gi_running"};
    for (int k = 0; k < 2; k++) {
        CoilValue r = opt_attr(vm, coro, running_attrs[k]);
        if (value_is_error(r)) return false;
        if (r == VAL_EMPTY) continue;
        int t = vm_truthy(vm, r);
        if (t < 0) return false;
        return t ? buf_append_str(b, " running") : true;
    }
    return true;
}

static bool format_coro(CoilVM *vm, CoilBuf *b, CoilValue coro)
{
    CoilType *ct = vm_typeof(vm, coro);
    if (ct == vm->async->t_event_wait) return event_wait_describe(vm, b, coro);
    if (ct != vm->t_coroutine && ct != vm->t_generator) return format_other_coro(vm, b, coro);
    CoilGenerator *g = (CoilGenerator *)value_as_object(coro);
    CoilString *qn = value_as_str(gen_qualname(g));
    if (!buf_append(b, qn->data, qn->len) || !buf_append(b, "()", 2)) return false;
    char tmp[64];
    if (gen_frame(g)) {
        CoilCode *c = gen_frame(g)->code;
        snprintf(tmp, sizeof tmp, ":%d", coro_line(g));
        return buf_append_str(b, " running at ") && buf_append(b, c->filename->data, c->filename->len) &&
               buf_append_str(b, tmp);
    }
    CoilValue code = value_from_object(gen_code(g));
    if (value_is_type(code, vm->t_code)) {
        CoilCode *c = (CoilCode *)value_as_object(code);
        snprintf(tmp, sizeof tmp, ":%d", c->firstlineno);
        return buf_append_str(b, " done, defined at ") && buf_append(b, c->filename->data, c->filename->len) &&
               buf_append_str(b, tmp);
    }
    return true;
}

CoilValue task_name_value(CoilVM *vm, CoilFuture *t)
{
    if (value_is_small_int(t->name)) {
        CoilValue s = str_format(vm, "Task-%lld", (long long)value_as_small_int(t->name));
        if (value_is_error(s)) return s;
        t->name = s;
    }
    return t->name;
}

CoilValue future_repr(CoilVM *vm, CoilValue self)
{
    CoilFuture *f = FUT(self);
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "...");
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_append_str(&b, "<") && buf_append_str(&b, vm_typeof(vm, self)->name) && buf_append_str(&b, " ");
    const char *st = f->state == FUT_PENDING ? "pending" : f->state == FUT_CANCELLED ? "cancelled" : "finished";
    if (f->is_task && f->state == FUT_PENDING && f->num_cancels > 0) st = "cancelling";
    ok = ok && buf_append_str(&b, st);
    if (ok && f->is_task) {
        CoilValue n = task_name_value(vm, f);
        CoilValue nr = value_is_error(n) ? n : vm_repr(vm, n);
        ok = !value_is_error(nr) && buf_append_str(&b, " name=") &&
             buf_append(&b, value_as_str(nr)->data, value_as_str(nr)->len) && buf_append_str(&b, " coro=<") &&
             format_coro(vm, &b, f->coro) && buf_append_str(&b, ">");
    }
    if (ok && f->state == FUT_FINISHED) {
        if (f->exception != VAL_NONE) {
            CoilValue er = vm_repr(vm, f->exception);
            ok = !value_is_error(er) && buf_append_str(&b, " exception=") &&
                 buf_append(&b, value_as_str(er)->data, value_as_str(er)->len);
        } else {
            ok = buf_append_str(&b, " result=") && reprlib_repr(vm, &b, f->result);
        }
    }
    /* a task's wait_for= comes before its callbacks (CPython's _task_repr_info) */
    CoilValue waiter = f->is_task ? task_waiter(f) : VAL_NONE;
    if (ok && f->is_task && f->park) {
        ok = buf_append_str(&b, " wait_for=") && task_park_describe(&b, f);
    } else if (ok && value_is_object(waiter) && value_as_object(waiter)->type == vm->async->t_event_wait) {
        ok = buf_append_str(&b, " wait_for=") && event_wait_describe_ticket(vm, &b, waiter);
    } else if (ok && waiter != VAL_NONE) {
        CoilValue wr = vm_repr(vm, waiter);
        ok = !value_is_error(wr) && buf_append_str(&b, " wait_for=") &&
             buf_append(&b, value_as_str(wr)->data, value_as_str(wr)->len);
    }
    uint32_t n = fut_cb_count(f);
    if (ok && n) {
        const CoilFutureCb first = fut_cb_at(f, 0), last = fut_cb_at(f, n - 1);
        CoilValue cbv = f->cb0; /* formatting may run code: the list stays alive */
        GC_ROOT(vm, cbv);
        ok = buf_append_str(&b, " cb=[") && format_callback(vm, &b, &first);
        if (ok && n == 2) ok = buf_append_str(&b, ", ") && format_callback(vm, &b, &last);
        if (ok && n > 2) {
            char tmp[48];
            snprintf(tmp, sizeof tmp, ", <%u more>, ", n - 2);
            ok = buf_append_str(&b, tmp) && format_callback(vm, &b, &last);
        }
        GC_UNROOT(vm, 1);
        ok = ok && buf_append_str(&b, "]");
    }
    ok = ok && buf_append_str(&b, ">");
    vm_repr_leave(vm, self);
    CoilValue s = ok ? str_new(vm, b.data, b.len) : VAL_ERROR;
    buf_free(&b);
    if (!ok && !vm_has_exception(vm)) vm_raise_nomem(vm);
    return s;
}

