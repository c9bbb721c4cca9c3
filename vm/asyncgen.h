/* asyncgen.h — async generators (PEP 525): the asend/athrow/aclose
 * awaitables, anext(ag, default), and the hooks coro.c calls when an await
 * or an async for reaches an async generator, which runs linked on top of
 * its consumer (yield-to-consumer and await-to-loop are separate exits). */
#ifndef COIL_ASYNCGEN_H
#define COIL_ASYNCGEN_H

#include "vm/coro.h"

void asyncgen_init_types(CoilVM *vm);
/* v is an asend/athrow awaitable. */
bool asyncgen_is_op(CoilVM *vm, CoilValue v);
/* The async generator an asend/athrow awaitable works on. */
CoilGenerator *asyncgen_op_gen(CoilValue op);
/* AWAIT of an asend/athrow awaitable by frame f (result in ret_reg). */
int asyncgen_await_op(CoilVM *vm, CoilFrame *f, CoilValue op, uint8_t ret_reg, CoilValue *out);
/* ASYNCFORITER over an async generator: runs its next step linked on f. */
int asyncgen_link_anext(CoilVM *vm, CoilFrame *f, CoilValue agen, uint8_t ret_reg);
/* An async generator frame linked on p left it: how = 0 yielded v, 1
 * returned, -1 raised (pending).  Delivers to p as `awaitable` requires:
 * CORO_NEXT, or CORO_ERROR with the exception to raise in p. */
int asyncgen_child_exit(CoilVM *vm, CoilFrame *p, CoilValue awaitable, int how, CoilValue v, uint8_t ret_reg);
/* Drives an asend/athrow awaitable or an anext_awaitable as an iterator
 * (coro_iter_send's contract). */
int asyncgen_iter_send(CoilVM *vm, CoilValue op, CoilValue sent, CoilValue exc, CoilValue *out);

/* The aiter()/anext() builtins. */
CoilValue asyncgen_builtin_aiter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames);
CoilValue asyncgen_builtin_anext(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames);

#endif
