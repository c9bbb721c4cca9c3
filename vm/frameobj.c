/* frameobj.c — frame objects for sys._getframe(): a snapshot of an active
 * frame (its code, current line, globals, locals) linked to its caller's
 * snapshot through f_back.  Live frames sit on the register stack and die
 * on return, so scripts get copies, built only when asked for: calls pay
 * nothing for this. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"

typedef struct CoilFrameObj {
    CoilObject obj;
    CoilValue code;    /* the code object */
    CoilValue globals; /* dict */
    CoilValue locals;  /* dict (a copy for function frames) */
    CoilValue back;    /* the caller's frame object, or None */
    int lineno;
    int lasti;         /* f_lasti: byte offset of the current instruction (pc * 2) */
} CoilFrameObj;

#define FOBJ(v) ((CoilFrameObj *)value_as_object(v))

static void frameobj_trace(CoilVM *vm, CoilObject *o)
{
    CoilFrameObj *f = (CoilFrameObj *)o;
    gc_mark_value(vm, f->code);
    gc_mark_value(vm, f->globals);
    gc_mark_value(vm, f->locals);
    gc_mark_value(vm, f->back);
}

/* The locals of a function frame as a dict (cells read through). */
static CoilValue frame_locals(CoilVM *vm, CoilFrame *f)
{
    if (value_is_object(frame_ns(f))) return f->locals;
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return d;
    GC_ROOT(vm, d);
    CoilCode *c = f->code;
    for (size_t i = 0; i < c->nlocals && i < c->nregs; i++) {
        CoilValue v = frame_regs(f)[i];
        if (value_is_type(v, vm->t_cell)) v = ((CoilCell *)value_as_object(v))->ref;
        if (v == VAL_EMPTY) continue;
        if (dict_set_str(vm, value_as_dict(d), c->localnames[i], v) < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return d;
}

static CoilValue snapshot(CoilVM *vm, CoilFrame *g, CoilValue back)
{
    GC_SAVE(vm);
    GC_ROOT(vm, back);
    CoilValue locals = frame_locals(vm, g);
    if (value_is_error(locals)) return GC_RESTORE(vm), locals;
    GC_ROOT(vm, locals);
    CoilFrameObj *o = gc_alloc_object(vm, vm->t_frame, sizeof(CoilFrameObj));
    GC_RESTORE(vm);
    if (!o) return VAL_ERROR;
    o->code = value_from_object(g->code);
    o->globals = g->globals;
    o->locals = locals;
    o->back = back;
    size_t pc = g->pc ? (size_t)(g->pc - g->code->code) : 1;
    o->lineno = code_line(g->code, pc ? pc - 1 : 0);
    o->lasti = pc ? (int)(pc - 1) * 2 : 0;
    return value_from_object(o);
}

/* tb_frame of a traceback record: the frame has usually returned by the
 * time a script looks, so this stands for it with its code, globals and
 * line.  A module's locals are its globals; a function's are gone (keeping
 * them would cost every raise a dict), so f_locals is empty, f_back None. */
CoilValue frameobj_detached(CoilVM *vm, CoilCode *code, CoilValue globals, int lineno, int lasti)
{
    CoilValue locals = (code->flags & PROTO_MODULE) && value_is_object(globals) ? globals : dict_new(vm);
    if (value_is_error(locals)) return locals;
    GC_ROOT(vm, locals);
    CoilFrameObj *o = gc_alloc_object(vm, vm->t_frame, sizeof(CoilFrameObj));
    GC_UNROOT(vm, 1);
    if (!o) return VAL_ERROR;
    o->code = value_from_object(code);
    o->globals = globals;
    o->locals = locals;
    o->back = VAL_NONE;
    o->lineno = lineno;
    o->lasti = lasti;
    return value_from_object(o);
}

/* A generator's suspended frame (gi_frame), without a caller. */
CoilValue frameobj_snapshot(CoilVM *vm, CoilFrame *f) { return snapshot(vm, f, VAL_NONE); }

/* The same for a generator or coroutine; one not started yet is at its
 * def line, as CPython's (co_firstlineno). */
CoilValue frameobj_snapshot_gen(CoilVM *vm, CoilFrame *f, bool fresh)
{
    CoilValue o = snapshot(vm, f, VAL_NONE);
    if (fresh && !value_is_error(o)) FOBJ(o)->lineno = f->code->firstlineno;
    return o;
}

/* Whether a frame is one CPython would have (not a stand-in for C code). */
static bool frame_visible(const CoilFrame *f) { return f->code && !(f->code->flags & CODE_NATIVE_FRAME); }

/* sys._getframe(depth=0): the frame `depth` calls below the caller's. */
CoilValue frameobj_getframe(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "_getframe", kw) < 0 || args_count(vm, "_getframe", nargs, 0, 1) < 0) return VAL_ERROR;
    int64_t depth = 0;
    if (nargs && vm_index(vm, args[0], &depth) < 0) return VAL_ERROR;
    CoilFrame *f = vm->frame;
    while (f && !frame_visible(f)) f = f->prev;
    for (; depth > 0 && f; depth--) {
        f = f->prev;
        while (f && !frame_visible(f)) f = f->prev;
    }
    if (!f) return vm_raise(vm, vm->e_ValueError, "call stack is not deep enough");
    /* Snapshot the chain oldest first, so each object can point at its caller's. */
    size_t n = 0;
    for (CoilFrame *g = f; g; g = g->prev) n += frame_visible(g);
    CoilFrame **chain = vm_mem_alloc(vm, n * sizeof *chain);
    if (!chain) return VAL_ERROR;
    size_t k = 0;
    for (CoilFrame *g = f; g; g = g->prev)
        if (frame_visible(g)) chain[k++] = g;
    CoilValue back = VAL_NONE;
    for (size_t i = n; i-- > 0 && !value_is_error(back);) back = snapshot(vm, chain[i], back);
    vm_mem_free(vm, chain, n * sizeof *chain);
    return back;
}

static CoilValue g_code(CoilVM *vm, CoilValue self) { (void)vm; return FOBJ(self)->code; }
static CoilValue g_globals(CoilVM *vm, CoilValue self) { (void)vm; return FOBJ(self)->globals; }
static CoilValue g_locals(CoilVM *vm, CoilValue self) { (void)vm; return FOBJ(self)->locals; }
static CoilValue g_back(CoilVM *vm, CoilValue self) { (void)vm; return FOBJ(self)->back; }
static CoilValue g_lineno(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(FOBJ(self)->lineno); }
static CoilValue g_lasti(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(FOBJ(self)->lasti); }
static CoilValue g_builtins(CoilVM *vm, CoilValue self) { (void)self; return vm->builtins_dict; }

static const CoilGetSetDef frameobj_getsets[] = {
    {"f_code", g_code, NULL},     {"f_globals", g_globals, NULL}, {"f_locals", g_locals, NULL},
    {"f_back", g_back, NULL},     {"f_lineno", g_lineno, NULL},   {"f_builtins", g_builtins, NULL},
    {"f_lasti", g_lasti, NULL},
    {NULL, NULL, NULL}};

static CoilValue frameobj_repr(CoilVM *vm, CoilValue self)
{
    CoilFrameObj *f = FOBJ(self);
    CoilCode *c = (CoilCode *)value_as_object(f->code);
    return str_format(vm, "<frame at %p, file '%s', line %d, code %s>", (void *)f, c->filename->data, f->lineno,
                      c->name->data);
}

void frameobj_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_frame;
    t->instance_size = sizeof(CoilFrameObj);
    t->trace = frameobj_trace;
    t->repr = frameobj_repr;
    type_add_getsets(vm, t, frameobj_getsets);
}
