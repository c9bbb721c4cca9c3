/* frame.h — an activation record of script code.  A frame sits at the bottom
 * of its register window on the VM's segmented stack (or, for a generator,
 * in memory the generator owns), and frames chain through `prev`, so calls
 * between script functions never nest on the C stack. */
#ifndef COIL_FRAME_H
#define COIL_FRAME_H

#include "compiler/bytecode.h"
#include "vm/object.h"

struct CoilCode;
struct CoilFunction;
struct CoilStackSeg;

enum {
    FRAME_ENTRY = 1,      /* entered from C (vm_call): RETURN leaves the dispatch loop */
    FRAME_CLASS_BODY = 2, /* GETNAME/SETNAME use `locals` */
    FRAME_GENERATOR = 4,  /* owned by a generator/coroutine, not on the register stack */
    FRAME_YIELDED = 8,    /* the dispatch loop left this frame by suspending it */
    FRAME_YF_ACTIVE = 16, /* suspended inside YIELDFROM/AWAIT: resume re-enters it */
    FRAME_INIT = 32,      /* a class's __init__ called by the class: returns init_self */
    FRAME_AWAITED = 64,   /* a coroutine/async-generator frame awaited by prev (AWAIT or
                             ASYNCFORITER there): returns, yields and raises into it (coro.c) */
    FRAME_OPERATOR = 128, /* a user class's operator dunder run for the operator instruction
                             before prev's pc (binary, in-place, comparison or CMPJ): the
                             return finishes that instruction (NotImplemented falls back to
                             vm_binary_rest / vm_compare_rest; CMPJ tests and jumps) */
};

typedef struct CoilFrame {
    /* While linked, the caller.  A generator's or coroutine's own frame
     * keeps here, while it is not running, what its object needs then
     * (gen.h): the innermost frame of the await chain suspended under it,
     * or, before it first runs, the code that created the coroutine. */
    union {
        struct CoilFrame *prev;
        struct CoilFrame *gen_inner;
        struct CoilCode *gen_origin;
    };
    struct CoilCode *code;
    const CoilInstr *pc;            /* next instruction, saved while not running */
    CoilValue globals;              /* dict */
    union {
        CoilValue saved_handled;    /* vm->handled at entry, restored at exit */
        CoilValue gen_count;        /* not running, as above: a small int, the chain's
                                       length or the coroutine's creating line */
    };
    /* Pairs of fields no frame uses both of share a word (every coroutine
     * and waiting task carries a frame): read them through the frame kinds
     * that own them. */
    union {
        CoilValue locals;           /* module, class-body and exec frames: the GETNAME/SETNAME
                                       namespace (frame_ns), else not an object */
        CoilValue yf_iter;          /* generator and awaited frames: what a YIELDFROM/AWAIT
                                       delegates to */
    };
    union {
        CoilValue gen_handled;      /* generator frames: the handled exception inside, across yields */
        CoilValue init_self;        /* FRAME_INIT frames: the new instance the call returns */
        CoilValue awaited_fn;       /* FRAME_AWAITED frames on the register stack: the function
                                       (a coroutine object made for it takes its names) */
    };
    uint8_t ret_reg;                /* caller register that receives the result */
    uint8_t flags;                  /* FRAME_* */
    uint8_t resume_reg;             /* generators: register that receives the sent value */
    uint8_t parked;                 /* suspended at an AWAIT of Event.wait() with its task parked in
                                       the event's _waiters: yf_iter is that task (event.c) */
} CoilFrame;

/* Where the register stack stood before a frame on it was pushed: kept
 * just below the frame's header.  A generator's frame, in memory of its
 * own, has no such words: while it runs, the stack top stays where it was
 * when the frame was linked (every frame pushed above it pops back to
 * there), so leaving it restores nothing -- and every coroutine, waiting
 * task and generator is two words smaller. */
typedef struct CoilFrameLink {
    CoilValue *saved_top;
    struct CoilStackSeg *saved_seg;
} CoilFrameLink;

#define FRAME_LINK_VALUES (sizeof(CoilFrameLink) / sizeof(CoilValue))

/* f must be on the register stack (not FRAME_GENERATOR). */
static inline CoilFrameLink *frame_link(CoilFrame *f) { return (CoilFrameLink *)(void *)f - 1; }

/* The namespace dict of a module, class-body or exec frame, or a
 * non-object for a function frame (whose locals are registers); generator
 * and awaited frames keep yf_iter in that word. */
static inline CoilValue frame_ns(const CoilFrame *f)
{
    return (f->flags & (FRAME_GENERATOR | FRAME_AWAITED)) ? VAL_EMPTY : f->locals;
}

/* Stack slots a frame header occupies before its registers. */
#define FRAME_HEADER_VALUES ((sizeof(CoilFrame) + sizeof(CoilValue) - 1) / sizeof(CoilValue))

/* The code->nregs registers, right after the header (on the register
 * stack and in a generator's memory alike). */
static inline CoilValue *frame_regs(const CoilFrame *f)
{
    return (CoilValue *)(void *)f + FRAME_HEADER_VALUES;
}

#endif
