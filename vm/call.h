/* call.h — frames on the register stack and argument binding: pushing a
 * frame for a function, binding positional/keyword/default arguments with
 * CPython's TypeError texts, and popping it again. */
#ifndef COIL_CALL_H
#define COIL_CALL_H

#include "vm/func.h"
#include "vm/state.h"

/* Initialises a frame record and its registers (all unbound). */
void frame_init(CoilVM *vm, CoilFrame *f, CoilCode *code);

/* A new frame for `code` above the current stack top, registers unbound.
 * NULL with RecursionError/MemoryError pending. */
CoilFrame *frame_push(CoilVM *vm, CoilCode *code);
/* Discards the innermost frame f (restoring the stack top, the handled
 * exception and vm->frame). */
static inline void frame_pop(CoilVM *vm, CoilFrame *f)
{
    if (!(f->flags & FRAME_GENERATOR)) {
        vm->stack_top = frame_link(f)->saved_top;
        vm->seg = frame_link(f)->saved_seg;
    }
    vm->frame = f->prev;
    vm->handled = f->saved_handled;
    vm->depth--;
}

/* Binds a call's arguments into f's registers: `self` (VAL_EMPTY for none)
 * comes before args[0..nargs), then len(kwnames) keyword values.  Also
 * loads the closure's cells.  0 or -1 (TypeError pending). */
int frame_bind_args(CoilVM *vm, CoilFrame *f, CoilFunction *fn, CoilValue self, const CoilValue *args,
                    size_t nargs, CoilValue kwnames);

#endif
