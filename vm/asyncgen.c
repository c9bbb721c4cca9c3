/* asyncgen.c — async generators (PEP 525): the async_generator type
 * (__anext__, asend, athrow, aclose, ag_*), its awaitables, their two ways
 * of running (linked on the awaiting frame by AWAIT/ASYNCFORITER, or driven
 * as an iterator from C), YIELD to the consumer, aiter()/anext() and
 * anext's default-returning awaitable.  Semantics and texts follow
 * CPython 3.11's genobject.c. */
#include "vm/args.h"
#include "vm/asyncgen.h"
#include "vm/builtins.h"
#include "vm/call.h"
#include "vm/exc.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define GEN(v) ((CoilGenerator *)value_as_object(v))

enum { AG_ASEND, AG_ATHROW, AG_ACLOSE };
enum { OP_INIT, OP_ITER, OP_CLOSED };

/* An asend/athrow/aclose awaitable (also __anext__'s). */
typedef struct CoilAGenOp {
    CoilObject obj;
    CoilValue agen;
    CoilValue arg;   /* asend: the value to send; athrow: the (typ, val, tb) tuple */
    uint8_t kind;    /* AG_* */
    uint8_t state;   /* OP_* */
} CoilAGenOp;

/* anext(ag, default): the awaitable __anext__ returned, and the default. */
typedef struct CoilANextAwaitable {
    CoilObject obj;
    CoilValue wrapped;
    CoilValue dflt;
    CoilValue it;    /* the wrapped awaitable's iterator once started */
} CoilANextAwaitable;

#define OP(v) ((CoilAGenOp *)value_as_object(v))

bool asyncgen_is_op(CoilVM *vm, CoilValue v)
{
    if (!value_is_object(v)) return false;
    CoilType *t = value_as_object(v)->type;
    return t == vm->t_async_generator_asend || t == vm->t_async_generator_athrow;
}

CoilGenerator *asyncgen_op_gen(CoilValue op) { return GEN(OP(op)->agen); }

static const char *op_name(const CoilAGenOp *op)
{
    return op->kind == AG_ASEND ? "anext" : op->kind == AG_ATHROW ? "athrow" : "aclose";
}

static CoilValue reuse_error(CoilVM *vm, const CoilAGenOp *op)
{
    return vm_raise(vm, vm->e_RuntimeError, op->kind == AG_ASEND ? "cannot reuse already awaited __anext__()/asend()"
                                                                   : "cannot reuse already awaited aclose()/athrow()");
}

/* The firstiter hook, once per generator (async_gen_init_hooks). */
static int init_hooks(CoilVM *vm, CoilValue agen)
{
    CoilGenerator *g = GEN(agen);
    if (g->aflags & CORO_HOOKS_INITED) return 0;
    g->aflags |= CORO_HOOKS_INITED;
    return aio_agen_firstiter(vm, agen);
}

/* The exception athrow()/aclose() raise in the generator. */
static CoilValue op_exception(CoilVM *vm, CoilAGenOp *op)
{
    if (op->kind == AG_ACLOSE) return exc_new(vm, vm->e_GeneratorExit, vm->empty_tuple);
    CoilTuple *t = value_as_tuple(op->arg);
    return coro_throw_arg(vm, t->items, t->len);
}

/* CPython 3.11 counts athrow()'s arguments only when the awaitable first
 * runs (a closed generator answers StopAsyncIteration before any check),
 * and it has marked the generator running by then without clearing the
 * mark on this error: every later step of the generator is refused as
 * "already running".  True (exception pending) on a bad count. */
static bool op_bad_arg_count(CoilVM *vm, CoilAGenOp *op, CoilGenerator *g)
{
    if (op->kind != AG_ATHROW) return false;
    size_t n = value_as_tuple(op->arg)->len;
    if (n >= 1 && n <= 3) return false;
    args_count(vm, "athrow", n, 1, 3);
    g->aflags |= CORO_RUNNING_ASYNC;
    op->state = OP_CLOSED;
    return true;
}

/* --- running linked on the awaiting frame ------------------------------------------------ */

int asyncgen_await_op(CoilVM *vm, CoilFrame *f, CoilValue opv, uint8_t ret_reg, CoilValue *out)
{
    CoilAGenOp *op = OP(opv);
    CoilGenerator *g = GEN(op->agen);
    if (op->state == OP_CLOSED) {
        reuse_error(vm, op);
        return CORO_ERROR;
    }
    if (op->state == OP_ITER) {
        /* Started by hand (send()): keep driving it as an iterator. */
        CoilValue v;
        f->yf_iter = opv;
        int r = asyncgen_iter_send(vm, opv, VAL_NONE, VAL_EMPTY, &v);
        if (r == 0) {
            f->pc--;
            f->resume_reg = ret_reg;
            f->flags |= FRAME_YF_ACTIVE;
            return coro_suspend_chain(vm, f, v, out);
        }
        f->yf_iter = VAL_NONE;
        if (r < 0) return CORO_ERROR;
        frame_regs(f)[ret_reg] = v;
        return CORO_NEXT;
    }
    bool finished = g->state == GEN_CLOSED || !gen_frame(g);
    if (op->kind != AG_ASEND && finished) {
        op->state = OP_CLOSED;
        frame_regs(f)[ret_reg] = VAL_NONE;
        return CORO_NEXT;
    }
    if (g->aflags & CORO_RUNNING_ASYNC) {
        op->state = OP_CLOSED;
        vm_raise(vm, vm->e_RuntimeError, "%s(): asynchronous generator is already running", op_name(op));
        return CORO_ERROR;
    }
    if (init_hooks(vm, op->agen) < 0) return CORO_ERROR;
    if (op->kind == AG_ASEND) {
        if (finished) {
            op->state = OP_CLOSED;
            vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
            return CORO_ERROR;
        }
        if (g->state == GEN_CREATED && op->arg != VAL_NONE) {
            op->state = OP_CLOSED;
            vm_raise(vm, vm->e_TypeError, "can't send non-None value to a just-started async generator");
            return CORO_ERROR;
        }
        op->state = OP_ITER;
        g->aflags |= CORO_RUNNING_ASYNC;
        int r = coro_link_child(vm, f, g, opv, ret_reg, op->arg);
        if (r == CORO_ERROR) {
            op->state = OP_CLOSED;
            g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
        }
        return r;
    }
    if (g->aflags & CORO_AG_CLOSED) {
        op->state = OP_CLOSED;
        vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
        return CORO_ERROR;
    }
    if (op_bad_arg_count(vm, op, g)) return CORO_ERROR;
    CoilValue exc = op_exception(vm, op);
    if (value_is_error(exc)) return CORO_ERROR;
    op->state = OP_ITER;
    if (op->kind == AG_ACLOSE) g->aflags |= CORO_AG_CLOSED;
    if (g->state == GEN_CREATED) {
        /* Thrown into before it started: it finishes with the exception. */
        op->state = OP_CLOSED;
        if (op->kind == AG_ACLOSE) {
            g->state = GEN_CLOSED;
            coro_release_frame(vm, g);
            frame_regs(f)[ret_reg] = VAL_NONE;
            return CORO_NEXT;
        }
        gen_throw_unstarted(vm, g, exc);
        return CORO_ERROR;
    }
    GC_ROOT(vm, exc);
    g->aflags |= CORO_RUNNING_ASYNC;
    int r = coro_link_child(vm, f, g, opv, ret_reg, VAL_NONE);
    GC_UNROOT(vm, 1);
    if (r == CORO_ERROR) {
        op->state = OP_CLOSED;
        g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
        return r;
    }
    vm->exc = exc;
    vm->exc_reraise = false;
    return CORO_THROW;
}

int asyncgen_link_anext(CoilVM *vm, CoilFrame *f, CoilValue agen, uint8_t ret_reg)
{
    CoilGenerator *g = GEN(agen);
    if (coro_agen_link_fast(vm, f, agen, ret_reg)) return CORO_ENTER;
    if (g->aflags & CORO_RUNNING_ASYNC) {
        vm_raise(vm, vm->e_RuntimeError, "anext(): asynchronous generator is already running");
        return CORO_ERROR;
    }
    if (init_hooks(vm, agen) < 0) return CORO_ERROR;
    if (g->state == GEN_CLOSED || !gen_frame(g)) return CORO_NEXT; /* exhausted: the exit JUMP follows */
    g->aflags |= CORO_RUNNING_ASYNC;
    int r = coro_link_child(vm, f, g, agen, ret_reg, VAL_NONE);
    if (r == CORO_ERROR) g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
    return r;
}

int asyncgen_child_exit(CoilVM *vm, CoilFrame *p, CoilValue aw, int how, CoilValue v, uint8_t ret_reg)
{
    bool for_loop = value_is_async_generator(vm, aw);
    CoilGenerator *g = for_loop ? GEN(aw) : GEN(OP(aw)->agen);
    g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
    if (how == 1) g->aflags |= CORO_AG_CLOSED;
    if (for_loop) {
        if (how == 0) {
            frame_regs(p)[ret_reg] = v;
            p->pc++; /* past the loop-exit JUMP */
            return CORO_NEXT;
        }
        return how == 1 ? CORO_NEXT : CORO_ERROR;
    }
    CoilAGenOp *op = OP(aw);
    op->state = OP_CLOSED;
    if (how < 0 && (vm_exception_matches(vm, vm->e_StopAsyncIteration) || vm_exception_matches(vm, vm->e_GeneratorExit)))
        g->aflags |= CORO_AG_CLOSED;
    if (op->kind == AG_ACLOSE) {
        if (how == 0) {
            vm_raise(vm, vm->e_RuntimeError, "async generator ignored GeneratorExit");
            return CORO_ERROR;
        }
        if (how < 0) {
            if (!vm_exception_matches(vm, vm->e_StopAsyncIteration) && !vm_exception_matches(vm, vm->e_GeneratorExit))
                return CORO_ERROR;
            vm_take_exception(vm);
        }
        frame_regs(p)[ret_reg] = VAL_NONE;
        return CORO_NEXT;
    }
    if (how == 0) {
        frame_regs(p)[ret_reg] = v;
        return CORO_NEXT;
    }
    if (how == 1) vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
    return CORO_ERROR;
}

int coro_op_yield(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out)
{
    uint8_t a = (uint8_t)INSTR_A(i);
    if (coro_agen_yield_fast(vm, f, a)) return CORO_NEXT;
    CoilValue v = frame_regs(f)[a];
    f->resume_reg = a;
    f->gen_handled = vm->handled != f->saved_handled ? vm->handled : VAL_NONE;
    if (f->flags & FRAME_AWAITED) {
        CoilFrame *p = f->prev;
        CoilValue aw = p->yf_iter;
        uint8_t ret = f->ret_reg;
        frame_pop(vm, f);
        f->flags &= (uint8_t)~FRAME_AWAITED;
        p->yf_iter = VAL_NONE;
        p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        GEN(OP(aw)->agen)->state = GEN_SUSPENDED;
        return asyncgen_child_exit(vm, p, aw, 0, v, ret);
    }
    /* The base of the chain its driver resumed: leave the run loop. */
    CoilDriver *d = vm->driver;
    frame_pop(vm, f);
    vm->stack_top = d->stack_top;
    vm->seg = d->seg;
    vm->depth = d->depth;
    d->exit = DRIVE_AGEN_YIELD;
    *out = v;
    return CORO_SUSPEND;
}

/* --- driven as an iterator from C ----------------------------------------------------- */

/* Maps a drive of the generator to the awaitable's iterator result. */
static int op_result(CoilVM *vm, CoilAGenOp *op, int r, CoilValue v, CoilValue *out)
{
    CoilGenerator *g = GEN(op->agen);
    if (r == DRIVE_YIELD) {
        *out = v;
        return 0;
    }
    g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
    op->state = OP_CLOSED;
    if (r == DRIVE_AGEN_YIELD) {
        if (op->kind == AG_ACLOSE) {
            vm_raise(vm, vm->e_RuntimeError, "async generator ignored GeneratorExit");
            return -1;
        }
        *out = v;
        return 1;
    }
    if (r == DRIVE_RETURN) {
        g->aflags |= CORO_AG_CLOSED;
        if (op->kind == AG_ACLOSE) {
            *out = VAL_NONE;
            return 1;
        }
        vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
        return -1;
    }
    if (vm_exception_matches(vm, vm->e_StopAsyncIteration) || vm_exception_matches(vm, vm->e_GeneratorExit)) {
        g->aflags |= CORO_AG_CLOSED;
        if (op->kind == AG_ACLOSE) {
            vm_take_exception(vm);
            *out = VAL_NONE;
            return 1;
        }
    }
    return -1;
}

/* The iterator an anext_awaitable delegates to (the awaitable __anext__
 * returned, through its __await__), made on first use; VAL_ERROR. */
static CoilValue anext_awaitable_iter(CoilVM *vm, CoilANextAwaitable *a)
{
    if (a->it != VAL_EMPTY) return a->it;
    CoilValue w = a->wrapped;
    CoilType *t = vm_typeof(vm, w);
    CoilValue it;
    if (asyncgen_is_op(vm, w)) {
        it = w;
    } else if (t->await) {
        it = t->await(vm, w);
        if (value_is_error(it)) return it;
        if (!vm_typeof(vm, it)->next)
            return vm_raise(vm, vm->e_TypeError, "__await__() returned non-iterator of type '%s'",
                            value_type_name(vm, it));
    } else {
        return vm_raise(vm, vm->e_TypeError, "'%s' object is not awaitable", t->name);
    }
    a->it = it;
    return it;
}

static int anext_awaitable_send(CoilVM *vm, CoilValue self, CoilValue sent, CoilValue exc, CoilValue *out)
{
    CoilANextAwaitable *a = (CoilANextAwaitable *)value_as_object(self);
    if (value_is_error(anext_awaitable_iter(vm, a))) return -1;
    int r = coro_iter_send(vm, a->it, sent, exc, out);
    if (r < 0 && vm_exception_matches(vm, vm->e_StopAsyncIteration)) {
        vm_take_exception(vm);
        *out = a->dflt;
        return 1;
    }
    return r;
}

/* throw() into an awaitable, as CPython 3.11 does it: the exception goes
 * straight into the generator whatever the awaitable's state, without the
 * firstiter hook or the running flag; an athrow()/aclose() not yet started
 * stays so, its own exception still to be thrown at its first send.  So a
 * Task cancelled before its first step on an aclose() runs the generator's
 * cleanup with the CancelledError, then closes it with GeneratorExit. */
static int op_throw(CoilVM *vm, CoilAGenOp *op, CoilValue exc, CoilValue *out)
{
    CoilGenerator *g = GEN(op->agen);
    CoilValue v;
    int r = coro_drive(vm, op->agen, VAL_NONE, exc, &v);
    if (r == DRIVE_YIELD) {
        *out = v;
        return 0;
    }
    if (op->kind == AG_ACLOSE) {
        if (r == DRIVE_AGEN_YIELD) {
            g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
            op->state = OP_CLOSED;
            vm_raise(vm, vm->e_RuntimeError, "async generator ignored GeneratorExit");
            return -1;
        }
        /* 3.11 leaves the running flag set here (a later __anext__() says
         * the generator is already running). */
        if (r == DRIVE_ERROR && !vm_exception_matches(vm, vm->e_StopAsyncIteration) &&
            !vm_exception_matches(vm, vm->e_GeneratorExit))
            return -1;
        if (r == DRIVE_ERROR) vm_take_exception(vm);
        *out = VAL_NONE;
        return 1;
    }
    /* asend and athrow unwrap the outcome as async_gen_unwrap_value does. */
    int res = 1;
    if (r == DRIVE_AGEN_YIELD) {
        *out = v;
    } else {
        if (r == DRIVE_RETURN) vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
        if (vm_exception_matches(vm, vm->e_StopAsyncIteration) || vm_exception_matches(vm, vm->e_GeneratorExit))
            g->aflags |= CORO_AG_CLOSED;
        res = -1;
    }
    g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
    if (op->kind == AG_ASEND) op->state = OP_CLOSED;
    return res;
}

int asyncgen_iter_send(CoilVM *vm, CoilValue opv, CoilValue sent, CoilValue exc, CoilValue *out)
{
    if (value_is_type(opv, vm->t_anext_awaitable)) return anext_awaitable_send(vm, opv, sent, exc, out);
    CoilAGenOp *op = OP(opv);
    CoilGenerator *g = GEN(op->agen);
    if (op->state == OP_CLOSED) {
        reuse_error(vm, op);
        return -1;
    }
    if (exc != VAL_EMPTY) return op_throw(vm, op, exc, out);
    bool finished = g->state == GEN_CLOSED || !gen_frame(g);
    if (op->kind != AG_ASEND && finished) {
        /* athrow()/aclose() of a finished generator is done, in any state. */
        op->state = OP_CLOSED;
        *out = VAL_NONE;
        return 1;
    }
    CoilValue v;
    if (op->state == OP_ITER) {
        int r = coro_drive(vm, op->agen, sent, VAL_EMPTY, &v);
        return op_result(vm, op, r, v, out);
    }
    if (g->aflags & CORO_RUNNING_ASYNC) {
        op->state = OP_CLOSED;
        vm_raise(vm, vm->e_RuntimeError, "%s(): asynchronous generator is already running", op_name(op));
        return -1;
    }
    if (init_hooks(vm, op->agen) < 0) return -1;
    if (op->kind == AG_ASEND) {
        if (finished) {
            op->state = OP_CLOSED;
            vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
            return -1;
        }
        op->state = OP_ITER;
        g->aflags |= CORO_RUNNING_ASYNC;
        int r = coro_drive(vm, op->agen, sent == VAL_NONE ? op->arg : sent, VAL_EMPTY, &v);
        return op_result(vm, op, r, v, out);
    }
    if (g->aflags & CORO_AG_CLOSED) {
        op->state = OP_CLOSED;
        vm_raise_args(vm, vm->e_StopAsyncIteration, vm->empty_tuple);
        return -1;
    }
    if (sent != VAL_NONE) {
        vm_raise(vm, vm->e_RuntimeError, "can't send non-None value to a just-started coroutine");
        return -1;
    }
    if (op_bad_arg_count(vm, op, g)) return -1;
    CoilValue e = op_exception(vm, op);
    if (value_is_error(e)) return -1;
    GC_ROOT(vm, e);
    op->state = OP_ITER;
    if (op->kind == AG_ACLOSE) g->aflags |= CORO_AG_CLOSED;
    g->aflags |= CORO_RUNNING_ASYNC;
    int r = coro_drive(vm, op->agen, VAL_NONE, e, &v);
    GC_UNROOT(vm, 1);
    return op_result(vm, op, r, v, out);
}

/* --- the awaitable types' Python face ---------------------------------------------------- */

static void op_trace(CoilVM *vm, CoilObject *o)
{
    CoilAGenOp *op = (CoilAGenOp *)o;
    gc_mark_value(vm, op->agen);
    gc_mark_value(vm, op->arg);
}

static void anext_trace(CoilVM *vm, CoilObject *o)
{
    CoilANextAwaitable *a = (CoilANextAwaitable *)o;
    gc_mark_value(vm, a->wrapped);
    gc_mark_value(vm, a->dflt);
    gc_mark_value(vm, a->it);
}

static CoilValue self_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

/* send()/__next__ turn a completion into StopIteration(value). */
static CoilValue op_finish(CoilVM *vm, int r, CoilValue v)
{
    if (r < 0) return VAL_ERROR;
    if (r == 0) return v;
    if (v == VAL_NONE) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
    GC_ROOT(vm, v);
    CoilValue args = tuple_from_array(vm, &v, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(args)) return args;
    return vm_raise_args(vm, vm->e_StopIteration, args);
}

static CoilValue op_next(CoilVM *vm, CoilValue self)
{
    CoilValue v;
    int r = asyncgen_iter_send(vm, self, VAL_NONE, VAL_EMPTY, &v);
    if (r < 0) return VAL_ERROR;
    if (r == 1) {
        vm->stop_value = v;
        return VAL_EMPTY;
    }
    return v;
}

static CoilValue op_m_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue v;
    int r = asyncgen_iter_send(vm, args[0], args[1], VAL_EMPTY, &v);
    return op_finish(vm, r, v);
}

static CoilValue op_m_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    GC_ROOT(vm, exc);
    CoilValue v;
    int r = asyncgen_iter_send(vm, args[0], VAL_NONE, exc, &v);
    GC_UNROOT(vm, 1);
    return op_finish(vm, r, v);
}

static CoilValue op_m_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    if (value_is_type(args[0], vm->t_anext_awaitable)) {
        /* As CPython: closes what it delegates to (so the coroutine
         * __anext__ made is not reported as never awaited). */
        CoilValue it = anext_awaitable_iter(vm, (CoilANextAwaitable *)value_as_object(args[0]));
        if (value_is_error(it)) return it;
        CoilString *name = str_intern_cstr(vm, "close");
        return name ? vm_call_method(vm, it, name, NULL, 0) : VAL_ERROR;
    }
    OP(args[0])->state = OP_CLOSED;
    return VAL_NONE;
}

static CoilValue op_m_await(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__await__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return args[0];
}

static const CoilMethodDef op_methods[] = {{"send", op_m_send, 0},   {"throw", op_m_throw, 0},
                                           {"close", op_m_close, 0}, {"__await__", op_m_await, 0},
                                           {NULL, NULL, 0}};

/* --- the async_generator type ------------------------------------------------------------ */

static CoilValue new_op(CoilVM *vm, CoilValue agen, int kind, CoilValue arg)
{
    /* CPython runs the firstiter hook (the running loop starts tracking the
     * generator for shutdown_asyncgens) when the awaitable is made. */
    if (init_hooks(vm, agen) < 0) return VAL_ERROR;
    GC_ROOT(vm, agen);
    GC_ROOT(vm, arg);
    CoilType *t = kind == AG_ASEND ? vm->t_async_generator_asend : vm->t_async_generator_athrow;
    CoilAGenOp *op = gc_alloc_object(vm, t, sizeof(CoilAGenOp));
    GC_UNROOT(vm, 2);
    if (!op) return VAL_ERROR;
    op->agen = agen;
    op->arg = arg;
    op->kind = (uint8_t)kind;
    op->state = OP_INIT;
    return value_from_object(op);
}

static CoilValue agen_anext_slot(CoilVM *vm, CoilValue self) { return new_op(vm, self, AG_ASEND, VAL_NONE); }

static CoilValue ag_m_anext(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__anext__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return new_op(vm, args[0], AG_ASEND, VAL_NONE);
}

static CoilValue ag_m_aiter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__aiter__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return args[0];
}

static CoilValue ag_m_asend(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "asend", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return new_op(vm, args[0], AG_ASEND, args[1]);
}

static CoilValue ag_m_athrow(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue t = tuple_from_array(vm, args + 1, nargs - 1);
    if (value_is_error(t)) return t;
    return new_op(vm, args[0], AG_ATHROW, t);
}

static CoilValue ag_m_aclose(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "aclose", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return new_op(vm, args[0], AG_ACLOSE, VAL_NONE);
}

static const CoilMethodDef ag_methods[] = {
    {"__aiter__", ag_m_aiter, 0}, {"__anext__", ag_m_anext, 0}, {"asend", ag_m_asend, 0},
    {"athrow", ag_m_athrow, 0},   {"aclose", ag_m_aclose, 0},   {NULL, NULL, 0}};

static CoilValue ag_name(CoilVM *vm, CoilValue self) { (void)vm; return gen_name(GEN(self)); }
static CoilValue ag_qualname(CoilVM *vm, CoilValue self) { (void)vm; return gen_qualname(GEN(self)); }
static CoilValue ag_running(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool((GEN(self)->aflags & CORO_RUNNING_ASYNC) != 0);
}
CoilValue frameobj_snapshot_gen(CoilVM *vm, CoilFrame *f, bool fresh);
static CoilValue ag_frame(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    if (g->state == GEN_CLOSED || !gen_frame(g)) return VAL_NONE;
    return frameobj_snapshot_gen(vm, gen_frame(g), g->state == GEN_CREATED);
}
static CoilValue ag_await(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    if (gen_frame(g) && (gen_frame(g)->flags & FRAME_YF_ACTIVE)) {
        CoilValue yf = gen_frame(g)->yf_iter;
        if (vm_typeof(vm, yf) == vm->t_coroutine_wrapper) return ((CoilWrapper *)value_as_object(yf))->func;
        return yf;
    }
    return VAL_NONE;
}

static CoilValue ag_code(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(gen_code(GEN(self))); }

static const CoilGetSetDef ag_getsets[] = {{"__name__", ag_name, NULL},    {"__qualname__", ag_qualname, NULL},
                                           {"ag_running", ag_running, NULL}, {"ag_frame", ag_frame, NULL},
                                           {"ag_await", ag_await, NULL},   {"ag_code", ag_code, NULL},
                                           {NULL, NULL, NULL}};

static CoilValue ag_repr(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    return str_format(vm, "<async_generator object %s at %p>", value_as_str(gen_qualname(g))->data, (void *)g);
}

static CoilValue op_repr(CoilVM *vm, CoilValue self)
{
    return str_format(vm, "<%s object at %p>", value_as_object(self)->type->name, (void *)value_as_object(self));
}

/* --- aiter() / anext() ------------------------------------------------------------------ */

CoilValue asyncgen_builtin_aiter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    if (args_no_kw(vm, "aiter", kwnames) < 0 || args_count(vm, "aiter", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilType *t = vm_typeof(vm, args[0]);
    if (!t->aiter) return vm_raise(vm, vm->e_TypeError, "'%s' object is not an async iterable", t->name);
    CoilValue it = t->aiter(vm, args[0]);
    if (value_is_error(it)) return it;
    if (!vm_typeof(vm, it)->anext)
        return vm_raise(vm, vm->e_TypeError, "aiter() returned not an async iterator of type '%s'", value_type_name(vm, it));
    return it;
}

CoilValue asyncgen_builtin_anext(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    if (args_no_kw(vm, "anext", kwnames) < 0 || args_count(vm, "anext", nargs, 1, 2) < 0) return VAL_ERROR;
    CoilType *t = vm_typeof(vm, args[0]);
    if (!t->anext) return vm_raise(vm, vm->e_TypeError, "'%s' object is not an async iterator", t->name);
    CoilValue aw = t->anext(vm, args[0]);
    if (value_is_error(aw) || nargs == 1) return aw;
    GC_ROOT(vm, aw);
    CoilANextAwaitable *a = gc_alloc_object(vm, vm->t_anext_awaitable, sizeof(CoilANextAwaitable));
    GC_UNROOT(vm, 1);
    if (!a) return VAL_ERROR;
    a->wrapped = aw;
    a->dflt = args[1];
    a->it = VAL_EMPTY;
    return value_from_object(a);
}

const CoilMethodDef builtins_async[] = {
    {"aiter", asyncgen_builtin_aiter, 0}, {"anext", asyncgen_builtin_anext, 0}, {NULL, NULL, 0}};

void asyncgen_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_async_generator;
    t->instance_size = sizeof(CoilGenerator);
    t->trace = gen_trace;
    t->repr = ag_repr;
    t->aiter = self_iter;
    t->anext = agen_anext_slot;
    type_add_methods(vm, t, ag_methods);
    type_add_getsets(vm, t, ag_getsets);

    const char *names[3] = {"async_generator_asend", "async_generator_athrow", "anext_awaitable"};
    CoilType **slots[3] = {&vm->t_async_generator_asend, &vm->t_async_generator_athrow, &vm->t_anext_awaitable};
    for (int k = 0; k < 3; k++) {
        t = type_new_builtin(vm, names[k], vm->t_object, k < 2 ? sizeof(CoilAGenOp) : sizeof(CoilANextAwaitable), 0);
        if (!t) return;
        *slots[k] = t;
        t->trace = k < 2 ? op_trace : anext_trace;
        t->repr = op_repr;
        t->iter = self_iter;
        t->next = op_next;
        t->await = self_iter;
        type_add_methods(vm, t, op_methods);
    }
}
