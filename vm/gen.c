/* gen.c — generator objects: creation with the frame bound and parked,
 * resume/throw/close (linking the owned frame onto the chain and running it
 * until it yields or returns), PEP 479's StopIteration conversion, and the
 * generator type's methods (send, throw, close, __next__). */
#include <stdio.h>
#include <string.h>

#include "vm/aio.h"
#include "vm/args.h"
#include "vm/call.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define GEN(v) ((CoilGenerator *)value_as_object(v))

void gen_trace(CoilVM *vm, CoilObject *o)
{
    CoilGenerator *g = (CoilGenerator *)o;
    gc_mark_value(vm, gen_names(g));
    if (gen_frame(g)) {
        gc_mark_frame(vm, gen_frame(g));
        /* (a plain generator's is NULL: gen_alloc clears it) */
        if (g->state == GEN_CREATED) gc_mark_object(vm, (CoilObject *)gen_frame(g)->gen_origin);
    } else {
        gc_mark_object(vm, (CoilObject *)*gen_closed_code(g));
    }
}

static size_t frame_bytes(const CoilCode *code)
{
    return (FRAME_HEADER_VALUES + code->nregs) * sizeof(CoilValue);
}

void gen_free_frame(CoilVM *vm, CoilGenerator *g)
{
    if (!gen_frame(g)) return;
    CoilCode *code = gen_frame(g)->code;
    if (!(g->frame_where & GEN_FRAME_INLINE)) vm_mem_free(vm, gen_frame(g), frame_bytes(code));
    gen_set_frame(g, NULL);
    g->aflags &= (uint8_t)~CORO_CHAINED;
    *gen_closed_code(g) = code;
}

static void gen_release_frame(CoilVM *vm, CoilGenerator *g) { gen_free_frame(vm, g); }

static void gen_finalize(CoilVM *vm, CoilObject *o) { gen_free_frame(vm, (CoilGenerator *)o); }

CoilValue gen_name(const CoilGenerator *g)
{
    CoilValue names = gen_names(g);
    return names == VAL_EMPTY ? value_from_object(gen_code(g)->name) : value_as_tuple(names)->items[0];
}

CoilValue gen_qualname(const CoilGenerator *g)
{
    CoilValue names = gen_names(g);
    return names == VAL_EMPTY ? value_from_object(gen_code(g)->qualname) : value_as_tuple(names)->items[1];
}

CoilValue gen_names_of(CoilVM *vm, CoilFunction *fn)
{
    CoilValue pair[2] = {fn->name, fn->qualname};
    if (pair[0] == value_from_object(fn->code->name) && pair[1] == value_from_object(fn->code->qualname))
        return VAL_EMPTY;
    return tuple_from_array(vm, pair, 2);
}

CoilGenerator *gen_alloc(CoilVM *vm, CoilType *type, CoilCode *code, int where, CoilValue names)
{
    GC_ROOT_OBJ(vm, code);
    GC_ROOT(vm, names);
    size_t size = sizeof(CoilGenerator) + (names != VAL_EMPTY) * sizeof(CoilValue) +
                  (where == GEN_FRAME_INLINE ? frame_bytes(code) : 2 * sizeof(CoilValue));
    CoilGenerator *g = gc_alloc_object(vm, type, size);
    GC_UNROOT(vm, 1);
    if (!g) return GC_UNROOT(vm, 1), NULL;
    g->frame_where = (uint8_t)(where | (names != VAL_EMPTY ? GEN_NAMED : 0));
    if (names != VAL_EMPTY)
        ((CoilValue *)(void *)(g + 1))[where == GEN_FRAME_INLINE ? FRAME_HEADER_VALUES + code->nregs : 2] = names;
    *gen_closed_code(g) = code; /* traced so until the frame holds it */
    CoilFrame *f = gen_inline_frame(g);
    if (where != GEN_FRAME_INLINE) {
        GC_ROOT_OBJ(vm, g);
        f = vm_mem_alloc(vm, frame_bytes(code));
        GC_UNROOT(vm, 1);
        if (!f) {
            GC_UNROOT(vm, 1);
            g->state = GEN_CLOSED; /* never started: no "never awaited" warning for it */
            return NULL;
        }
    }
    GC_UNROOT(vm, 1);
    frame_init(vm, f, code);
    gen_set_frame(g, f);
    return g;
}

CoilValue gen_new(CoilVM *vm, CoilType *type, CoilFunction *fn, const CoilValue *args, size_t nargs,
                  CoilValue kwnames)
{
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, fn);
    CoilValue names = gen_names_of(vm, fn);
    if (value_is_error(names)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, names);
    CoilGenerator *g = gen_alloc(vm, type, fn->code, type == vm->t_generator ? GEN_FRAME_OWN : GEN_FRAME_INLINE, names);
    if (!g) return GC_RESTORE(vm), VAL_ERROR;
    g->state = GEN_CREATED;
    GC_ROOT_OBJ(vm, g);
    CoilFrame *f = gen_frame(g);
    f->saved_handled = VAL_NONE; /* (before coro_on_create, which may put gen_count there) */
    if (type != vm->t_generator) coro_on_create(vm, g, fn);
    f->globals = fn->globals;
    f->flags = FRAME_ENTRY | FRAME_GENERATOR;
    if (frame_bind_args(vm, f, fn, VAL_EMPTY, args, nargs, kwnames) < 0) {
        gen_release_frame(vm, g);
        g->state = GEN_CLOSED;
        return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    vm->fresh_gen = &g->obj;
    vm->fresh_gen_frame = vm->frame;
    vm->fresh_gen_pc = vm->frame ? (const void *)vm->frame->pc : NULL;
    return value_from_object(g);
}

void gen_inline_done(CoilVM *vm, CoilGenerator *g, bool failed)
{
    g->state = GEN_CLOSED;
    gen_release_frame(vm, g);
    /* PEP 479: a StopIteration escaping the body becomes RuntimeError. */
    /* (StopAsyncIteration is converted for async generators only: coro.c.) */
    if (failed && vm_exception_matches(vm, vm->e_StopIteration)) {
        CoilValue cause = vm_take_exception(vm);
        GC_ROOT(vm, cause);
        const char *what = g->obj.type == vm->t_coroutine ? "coroutine" : g->obj.type == vm->t_async_generator ? "async generator" : "generator";
        vm_raise(vm, vm->e_RuntimeError, "%s raised StopIteration", what);
        if (value_is_exception(vm, vm->exc)) {
            value_as_exc(vm->exc)->cause = cause;
            value_as_exc(vm->exc)->context = cause;
            value_as_exc(vm->exc)->suppress_context = true;
        }
        GC_UNROOT(vm, 1);
    }
}

/* Links the generator's frame under the current one and runs it. */
static CoilValue run_frame(CoilVM *vm, CoilGenerator *g, bool throwing, CoilGenStatus *status)
{
    CoilFrame *f = gen_frame(g);
    if (vm->depth >= vm->recursion_limit) {
        *status = GEN_ERROR;
        return vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded");
    }
    g->aflags &= (uint8_t)~CORO_CHAINED; /* (its frame's words are the running frame's again) */
    f->prev = vm->frame;
    f->saved_handled = vm->handled;
    if (f->gen_handled != VAL_NONE) vm->handled = f->gen_handled;
    f->flags = (uint8_t)((f->flags & FRAME_YF_ACTIVE) | FRAME_ENTRY | FRAME_GENERATOR);
    vm->frame = f;
    vm->depth++;
    g->state = GEN_RUNNING;
    CoilValue gv = value_from_object(g);
    GC_ROOT(vm, gv);
    CoilValue r = interp_resume(vm, throwing);
    GC_UNROOT(vm, 1);
    if (value_is_error(r)) {
        gen_inline_done(vm, g, true);
        *status = GEN_ERROR;
        return VAL_ERROR;
    }
    if (f->flags & FRAME_YIELDED) {
        f->flags &= (uint8_t)~FRAME_YIELDED;
        g->state = GEN_SUSPENDED;
        *status = GEN_YIELDED;
        return r;
    }
    g->state = GEN_CLOSED;
    gen_release_frame(vm, g);
    *status = GEN_RETURNED;
    return r;
}

static CoilValue already_running(CoilVM *vm, CoilGenerator *g, CoilGenStatus *status)
{
    *status = GEN_ERROR;
    const char *what = g->obj.type == vm->t_coroutine ? "coroutine" : "generator";
    return vm_raise(vm, vm->e_ValueError, "%s already executing", what);
}

CoilValue gen_resume(CoilVM *vm, CoilValue gv, CoilValue sent, CoilGenStatus *status)
{
    CoilGenerator *g = GEN(gv);
    if (g->state == GEN_RUNNING) return already_running(vm, g, status);
    if (g->state == GEN_CLOSED || !gen_frame(g)) {
        *status = GEN_RETURNED;
        return VAL_NONE;
    }
    if (g->state == GEN_CREATED && sent != VAL_NONE) {
        *status = GEN_ERROR;
        return vm_raise(vm, vm->e_TypeError, "can't send non-None value to a just-started generator");
    }
    if (g->state == GEN_SUSPENDED) frame_regs(gen_frame(g))[gen_frame(g)->resume_reg] = sent;
    return run_frame(vm, g, false, status);
}

CoilValue gen_throw(CoilVM *vm, CoilValue gv, CoilValue exc, CoilGenStatus *status)
{
    CoilGenerator *g = GEN(gv);
    if (g->state == GEN_RUNNING) return already_running(vm, g, status);
    if (g->state == GEN_CREATED && gen_frame(g)) {
        *status = GEN_ERROR;
        gen_throw_unstarted(vm, g, exc);
        return VAL_ERROR;
    }
    if (g->state == GEN_CLOSED || !gen_frame(g)) {
        /* Nothing to run: the exception simply propagates. */
        g->state = GEN_CLOSED;
        gen_release_frame(vm, g);
        *status = GEN_ERROR;
        vm->exc = exc;
        vm->exc_reraise = false;
        return VAL_ERROR;
    }
    CoilFrame *f = gen_frame(g);
    if (f->flags & FRAME_YF_ACTIVE) {
        /* Delegate to the sub-generator first (yield from). */
        CoilValue sub = f->yf_iter;
        if (value_is_object(sub) && (value_as_object(sub)->type == vm->t_generator)) {
            GC_ROOT(vm, gv);
            CoilGenStatus st;
            CoilValue r;
            if (type_is_subtype(vm_typeof(vm, exc), vm->e_GeneratorExit)) {
                if (gen_close(vm, sub) < 0) {
                    r = VAL_ERROR;
                    st = GEN_ERROR;
                } else {
                    vm->exc = exc;
                    st = GEN_ERROR;
                    r = VAL_ERROR;
                }
            } else {
                r = gen_throw(vm, sub, exc, &st);
            }
            GC_UNROOT(vm, 1);
            if (st == GEN_YIELDED) {
                *status = GEN_YIELDED;
                return r;
            }
            f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
            f->yf_iter = VAL_NONE;
            f->pc++; /* past the YIELDFROM */
            if (st == GEN_RETURNED) {
                frame_regs(f)[f->resume_reg] = r;
                return run_frame(vm, g, false, status);
            }
            return run_frame(vm, g, true, status);
        }
        if (value_is_object(sub)) {
            /* Any other iterator: its close() or throw(type, value, tb),
             * if it has them (PEP 380). */
            bool closing = type_is_subtype(vm_typeof(vm, exc), vm->e_GeneratorExit);
            GC_ROOT(vm, gv);
            GC_ROOT(vm, exc);
            CoilValue meth = vm_getattr(vm, sub, str_intern_cstr(vm, closing ? "close" : "throw"));
            if (value_is_error(meth) && vm_exception_matches(vm, vm->e_AttributeError)) {
                vm_take_exception(vm);
                meth = VAL_EMPTY;
            }
            if (value_is_error(meth)) {
                exc = vm_take_exception(vm);
            } else if (meth != VAL_EMPTY && closing) {
                if (value_is_error(vm_call0(vm, meth))) exc = vm_take_exception(vm);
            } else if (meth != VAL_EMPTY) {
                /* the arguments throw() was given, as they were */
                CoilValue r = vm->throw_args ? vm_call(vm, meth, vm->throw_args, vm->throw_nargs, VAL_EMPTY)
                                             : vm_call(vm, meth, &exc, 1, VAL_EMPTY);
                if (!value_is_error(r)) {
                    GC_UNROOT(vm, 2);
                    *status = GEN_YIELDED; /* still delegating */
                    return r;
                }
                if (vm_exception_matches(vm, vm->e_StopIteration)) {
                    CoilValue stop = vm_take_exception(vm);
                    GC_UNROOT(vm, 2);
                    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
                    f->yf_iter = VAL_NONE;
                    f->pc++; /* the yield from is done, with the value */
                    frame_regs(f)[f->resume_reg] = value_is_exception(vm, stop) ? value_as_exc(stop)->value : VAL_NONE;
                    return run_frame(vm, g, false, status);
                }
                exc = vm_take_exception(vm);
            }
            GC_UNROOT(vm, 2);
        }
        f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        f->yf_iter = VAL_NONE;
        f->pc++;
    }
    vm->exc = exc;
    vm->exc_reraise = false;
    return run_frame(vm, g, true, status);
}

void gen_throw_unstarted(CoilVM *vm, CoilGenerator *g, CoilValue exc)
{
    vm->exc = exc;
    vm->exc_reraise = false;
    if (gen_frame(g)) {
        CoilValue gv = value_from_object(g);
        GC_ROOT(vm, gv);
        exc_add_traceback_unstarted(vm, gen_frame(g)->code, gen_frame(g)->globals);
        GC_UNROOT(vm, 1);
    }
    g->state = GEN_CLOSED;
    if (g->obj.type == vm->t_generator) gen_release_frame(vm, g);
    else coro_release_frame(vm, g);
}

int gen_close(CoilVM *vm, CoilValue gv)
{
    CoilGenerator *g = GEN(gv);
    if (g->state == GEN_CLOSED || g->state == GEN_CREATED) {
        g->state = GEN_CLOSED;
        gen_release_frame(vm, g);
        return 0;
    }
    if (g->state == GEN_RUNNING) {
        vm_raise(vm, vm->e_ValueError, "generator already executing");
        return -1;
    }
    CoilValue exc = exc_new(vm, vm->e_GeneratorExit, vm->empty_tuple);
    if (value_is_error(exc)) return -1;
    GC_ROOT(vm, gv);
    CoilGenStatus st;
    gen_throw(vm, gv, exc, &st);
    GC_UNROOT(vm, 1);
    if (st == GEN_YIELDED) {
        vm_raise(vm, vm->e_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (st == GEN_ERROR) {
        if (vm_exception_matches(vm, vm->e_GeneratorExit) || vm_exception_matches(vm, vm->e_StopIteration)) {
            vm_take_exception(vm);
            return 0;
        }
        return -1;
    }
    return 0;
}

/* --- closing dying generators ----------------------------------------------------------- */

bool gen_needs_close(const CoilObject *o)
{
    const CoilGenerator *g = (const CoilGenerator *)o;
    if (g->state != GEN_SUSPENDED || !gen_frame(g) || !gen_frame(g)->code || !gen_frame(g)->pc) return false;
    const CoilFrame *f = gen_frame(g);
    if (f->yf_iter != VAL_NONE && f->yf_iter != VAL_EMPTY && value_is_object(f->yf_iter)) return true;
    const CoilCode *c = f->code;
    size_t off = (size_t)(f->pc - c->code);
    if (off == 0) return false;
    off--;
    for (size_t i = 0; i < c->nexc; i++)
        if (off >= c->exc_table[i].start && off < c->exc_table[i].end) return true;
    return false;
}

static void close_reporting(CoilVM *vm, CoilValue gv)
{
    if (gen_close(vm, gv) == 0) return;
    /* CPython's unraisable hook: the object, then the traceback. */
    CoilValue exc = vm_take_exception(vm);
    GC_ROOT(vm, exc);
    CoilValue r = vm_repr(vm, gv);
    fflush(stdout);
    if (value_is_error(r)) {
        vm_take_exception(vm);
        fprintf(stderr, "Exception ignored in: <generator>\n");
    } else {
        fprintf(stderr, "Exception ignored in: %s\n", value_as_str(r)->data);
    }
    /* The hook prints the exception alone, without its context chain. */
    exc_print_one(vm, exc, stderr, "Traceback (most recent call last):\n");
    fflush(stderr);
    GC_UNROOT(vm, 1);
}

void gen_close_owned(CoilVM *vm, CoilValue it)
{
    if (!value_is_object(it)) return;
    CoilObject *o = value_as_object(it);
    if (o->type != vm->t_generator && o->type != vm->t_async_generator) return;
    CoilGenerator *g = (CoilGenerator *)o;
    if (!g->loop_owned) return;
    g->loop_owned = 0;
    if (o->type == vm->t_async_generator) {
        aio_agen_abandoned(vm, g);
        return;
    }
    if (g->state == GEN_CLOSED || g->state == GEN_RUNNING) return;
    CoilValue saved = vm->exc; /* an exception being unwound past the loop */
    vm->exc = VAL_EMPTY;
    GC_ROOT(vm, saved);
    GC_ROOT(vm, it);
    close_reporting(vm, it);
    GC_UNROOT(vm, 2);
    vm->exc = saved;
}

void gen_close_dying(CoilVM *vm)
{
    if (vm->gen_closing) return; /* a finally block collected more: the outer loop takes them */
    vm->gen_closing = true;
    CoilValue saved = vm->exc;
    vm->exc = VAL_EMPTY;
    GC_ROOT(vm, saved);
    /* First in, first closed.  The queue stays rooted (marked) until every
     * entry is done; a collection during a close may append to it. */
    for (size_t i = 0; i < vm->ngen_dying; i++) {
        CoilValue gv = value_from_object(vm->gen_dying[i]);
        close_reporting(vm, gv);
    }
    vm->ngen_dying = 0;
    GC_UNROOT(vm, 1);
    vm->exc = saved;
    vm->gen_closing = false;
}

void gen_close_at_exit(CoilVM *vm, CoilValue main_globals)
{
    if (value_is_dict(vm, main_globals)) {
        CoilValue seen = list_from_array(vm, NULL, 0);
        if (value_is_error(seen)) {
            vm_take_exception(vm);
            return;
        }
        GC_ROOT(vm, seen);
        /* The dict of __main__ goes away value by value, in insertion order. */
        size_t pos = 0;
        CoilValue k, v;
        while (dict_next(value_as_dict(main_globals), &pos, &k, &v)) {
            if (!value_is_generator(vm, v)) continue;
            if (!list_append(vm, value_as_list(seen), v)) {
                vm_take_exception(vm);
                break;
            }
        }
        /* Closing one without a try/with has no visible effect but drops
         * what its frame holds (a generator it reads from dies after it). */
        CoilList *l = value_as_list(seen);
        for (size_t i = 0; i < l->len; i++) {
            if (GEN(l->items[i])->state != GEN_SUSPENDED) continue;
            close_reporting(vm, l->items[i]);
            /* What only it held dies now, as its refcount would have it in
             * CPython (a collection per generator: a few, at exit). */
            if (l->len <= 32) {
                gc_collect(vm);
                gen_close_dying(vm);
            }
        }
        GC_UNROOT(vm, 1);
    }
    /* Then what died unreachable, until closing frees no more. */
    for (int round = 0; round < 8; round++) {
        gc_collect(vm);
        if (!vm->ngen_dying) break;
        gen_close_dying(vm);
    }
}

/* --- the generator type ------------------------------------------------------------------ */

static CoilValue gen_next(CoilVM *vm, CoilValue self)
{
    CoilGenStatus st;
    CoilValue r = gen_resume(vm, self, VAL_NONE, &st);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        vm->stop_value = r;
        return VAL_EMPTY;
    }
    return VAL_ERROR;
}

/* send()/throw() turn a return into StopIteration(value). */
static CoilValue finish(CoilVM *vm, CoilValue r, CoilGenStatus st)
{
    if (st != GEN_RETURNED) return r;
    if (r == VAL_NONE) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
    GC_ROOT(vm, r); /* the returned value is held by nothing else now */
    CoilValue args = tuple_from_array(vm, &r, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(args)) return args;
    return vm_raise_args(vm, vm->e_StopIteration, args);
}

static CoilValue m_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilGenStatus st;
    CoilValue r = gen_resume(vm, args[0], args[1], &st);
    return finish(vm, r, st);
}

static CoilValue m_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue typ = args[1], exc;
    if (value_is_object(typ) && (value_as_object(typ)->type->flags & TYPE_TYPE_SUBCLASS)) {
        if (!(((CoilType *)value_as_object(typ))->flags & TYPE_EXCEPTION))
            return vm_raise(vm, vm->e_TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
        CoilValue val = nargs > 2 ? args[2] : VAL_NONE;
        if (value_is_exception(vm, val)) exc = val;
        else exc = val == VAL_NONE ? vm_call0(vm, typ) : vm_call1(vm, typ, val);
        if (value_is_error(exc)) return exc;
    } else if (value_is_exception(vm, typ)) {
        if (nargs > 2 && args[2] != VAL_NONE)
            return vm_raise(vm, vm->e_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return vm_raise(vm, vm->e_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        value_type_name(vm, typ));
    }
    GC_ROOT(vm, exc);
    CoilGenStatus st;
    const CoilValue *saved_args = vm->throw_args;
    size_t saved_n = vm->throw_nargs;
    vm->throw_args = args + 1;
    vm->throw_nargs = nargs - 1;
    CoilValue r = gen_throw(vm, args[0], exc, &st);
    vm->throw_args = saved_args;
    vm->throw_nargs = saved_n;
    GC_UNROOT(vm, 1);
    return finish(vm, r, st);
}

static CoilValue m_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return gen_close(vm, args[0]) < 0 ? VAL_ERROR : VAL_NONE;
}

static const CoilMethodDef gen_methods[] = {
    {"send", m_send, 0}, {"throw", m_throw, 0}, {"close", m_close, 0}, {NULL, NULL, 0}};

static CoilValue gen_repr(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    return str_format(vm, "<%s object %s at %p>", g->obj.type->name, value_as_str(gen_qualname(g))->data, (void *)g);
}

static CoilValue gen_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static CoilValue g_name(CoilVM *vm, CoilValue self) { (void)vm; return gen_name(GEN(self)); }
static CoilValue g_qualname(CoilVM *vm, CoilValue self) { (void)vm; return gen_qualname(GEN(self)); }
static CoilValue g_running(CoilVM *vm, CoilValue self) { (void)vm; return value_from_bool(GEN(self)->state == GEN_RUNNING); }

CoilValue frameobj_snapshot_gen(CoilVM *vm, CoilFrame *f, bool fresh);

static CoilValue g_frame(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    if (g->state == GEN_CLOSED || !gen_frame(g)) return VAL_NONE;
    return frameobj_snapshot_gen(vm, gen_frame(g), g->state == GEN_CREATED);
}
static CoilValue g_code(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(gen_code(GEN(self))); }
static CoilValue g_suspended(CoilVM *vm, CoilValue self) { (void)vm; return value_from_bool(GEN(self)->state == GEN_SUSPENDED); }
static CoilValue g_yieldfrom(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilGenerator *g = GEN(self);
    if (g->state != GEN_SUSPENDED || !gen_frame(g) || !value_is_object(gen_frame(g)->yf_iter)) return VAL_NONE;
    return gen_frame(g)->yf_iter;
}

static const CoilGetSetDef gen_getsets[] = {
    {"__name__", g_name, NULL}, {"__qualname__", g_qualname, NULL}, {"gi_running", g_running, NULL},
    {"gi_frame", g_frame, NULL}, {"gi_code", g_code, NULL}, {"gi_suspended", g_suspended, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL}, {NULL, NULL, NULL}};

void gen_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_generator;
    t->instance_size = sizeof(CoilGenerator);
    t->finalize = gen_finalize;
    t->trace = gen_trace;
    t->repr = gen_repr;
    type_add_getsets(vm, t, gen_getsets);
    t->iter = gen_iter;
    t->next = gen_next;
    type_add_methods(vm, t, gen_methods);
    coro_init_types(vm); /* coroutines and async generators: coro.c */
}
