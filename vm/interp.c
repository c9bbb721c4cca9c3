/* interp.c — the dispatch loop.  One body serves both dispatch styles:
 * computed goto under GCC/Clang, a switch elsewhere, through CASE/DISPATCH.
 * Registers live in a local pointer; small-int and float fast paths are
 * inline; script-to-script calls push a frame and continue in this loop
 * (RETURN pops back), so only entry from C nests on the C stack.  A failing
 * instruction jumps to `error`, which records the traceback line and finds
 * the handler in the code's exception table, or pops the frame. */
#include <math.h>
#include <stdlib.h>

#include "vm/attrcache.h"
#include "vm/builtins.h"
#include "vm/call.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gen.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/interp_ops.h"
#include "vm/match.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/weakref.h"

#if defined(__GNUC__) || defined(__clang__)
#define INTERP_COMPUTED_GOTO 1
#endif

int interp_check_point(CoilVM *vm)
{
    vm->check_counter = INTERP_CHECK_INTERVAL;
    /* Host interrupts and step limits take effect here. */
    if (vm->steps_limited) {
        if (vm->steps_left <= INTERP_CHECK_INTERVAL) {
            vm->steps_left = 0;
            vm_raise(vm, vm->e_RuntimeError, "step limit exceeded");
            vm->exc_uncatchable = true;
            return -1;
        }
        vm->steps_left -= INTERP_CHECK_INTERVAL;
    }
    if (vm->interrupt_requested) {
        vm->interrupt_requested = 0;
        vm_raise_args(vm, vm->e_KeyboardInterrupt, vm->empty_tuple);
        return -1;
    }
    /* Generators the collector found dying inside a try/with run their finally now. */
    if (vm->ngen_dying) gen_close_dying(vm);
    /* Callbacks of the weak references a collection cleared. */
    if (vm->weak_pending) weakref_run_pending(vm);
    return 0;
}

/* The handler covering instruction `off`: entries are sorted by start and
 * never overlap, so a binary search finds the only candidate. */
static const CoilExcEntry *find_handler(const CoilCode *code, uint32_t off)
{
    size_t lo = 0, hi = code->nexc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const CoilExcEntry *e = &code->exc_table[mid];
        if (off < e->start) hi = mid;
        else if (off >= e->end) lo = mid + 1;
        else return e;
    }
    return NULL;
}

static CoilValue frame_names(CoilVM *vm, CoilFrame *f)
{
    return value_is_object(frame_ns(f)) ? f->locals : f->globals;
}

static CoilValue run_loop(CoilVM *vm, bool throwing);

/* GETITER/GETAITER of a call's result: if the call just before (at the
 * saved pc, in this frame) made generator it and iter() gave it back, the
 * loop's register is its only holder (CLOSEITER, gen_close_owned). */
static inline void loop_claims(CoilVM *vm, CoilFrame *f, const CoilInstr *pc, CoilValue it, CoilValue made)
{
    if (it == made && value_is_object(it) && value_as_object(it) == vm->fresh_gen && vm->fresh_gen_frame == f &&
        vm->fresh_gen_pc == (const void *)(pc - 1))
        ((CoilGenerator *)value_as_object(it))->loop_owned = 1;
}

/* The builtins code running with globals g sees: g['__builtins__'] when it
 * is a dict or a module other than the VM's own (exec(src, {'__builtins__':
 * {...}}) restricts or replaces them, as in CPython), else the VM's. */
static CoilDict *globals_builtins(CoilVM *vm, CoilDict *g)
{
    CoilValue b = dict_get_str(vm, g, vm->names.__builtins__);
    if (b == VAL_EMPTY || b == vm->builtins || b == vm->builtins_dict) return value_as_dict(vm->builtins_dict);
    if (value_is_dict(vm, b)) return value_as_dict(b);
    if (value_is_type(b, vm->t_module)) return value_as_dict(module_dict(b));
    return value_as_dict(vm->builtins_dict);
}

/* Python's // and % for y != 0.  The usual case (x >= 0, 0 < y, both below
 * 2**32) takes an unsigned 32-bit division, several times cheaper than a
 * 64-bit one and already rounded the right way. */
static inline int64_t interp_floordiv(int64_t x, int64_t y)
{
    if ((uint64_t)x <= UINT32_MAX && y > 0 && y <= (int64_t)UINT32_MAX) return (uint32_t)x / (uint32_t)y;
    return x / y - ((x % y != 0) & ((x ^ y) < 0));
}

static inline int64_t interp_floormod(int64_t x, int64_t y)
{
    if ((uint64_t)x <= UINT32_MAX && y > 0 && y <= (int64_t)UINT32_MAX) return (uint32_t)x % (uint32_t)y;
    int64_t r = x % y;
    return r != 0 && (r ^ y) < 0 ? r + y : r;
}

/* t is vt or on vt's MRO (type_is_subtype, inlined for CALL's class checks). */
static inline bool interp_subtype(const CoilType *vt, const CoilType *t)
{
    if (vt == t) return true;
    if (!value_is_object(vt->mro)) return type_is_subtype(vt, t);
    const CoilTuple *m = (const CoilTuple *)value_as_object(vt->mro);
    /* items[0] is vt itself (tested above) and the last is object, which
     * is tested once after the loop rather than on every iteration. */
    CoilValue tv = value_from_object((CoilObject *)t);
    size_t n = m->len;
    if (n == 0) return false;
    for (size_t k = 1; k + 1 < n; k++)
        if (m->items[k] == tv) return true;
    return m->items[n - 1] == tv;
}

/* A miss of the MRO scan stands when v.__class__ is type(v): 0, else -1. */
static inline int interp_isinstance_miss(CoilVM *vm, CoilType *vt)
{
    if (!(vt->flags & TYPE_HEAPTYPE)) return 0;
    size_t h = ((uintptr_t)vt >> 6) & 15; /* vm_class_is_type's cache, probed here */
    if (vm->class_is_type[h].type == vt && vm->class_is_type[h].epoch == vm->type_epoch) return 0;
    return vm_class_is_type(vm, vt) ? 0 : -1;
}

/* isinstance(v, cls) decided in the loop when cls is a class whose
 * metaclass is type itself (no __instancecheck__ to call) or a flat tuple
 * of such classes: exact type, then the MRO.  A miss also needs v.__class__
 * to be type(v) (vm_class_is_type).  -1: anything else; the full check
 * (vm_isinstance_check) then starts over, nothing having run yet. */
static inline int interp_isinstance(CoilVM *vm, CoilValue v, CoilValue cls)
{
    if (!value_is_object(cls)) return -1;
    CoilObject *co = value_as_object(cls);
    CoilType *vt = vm_typeof(vm, v);
    if (co->type == vm->t_type) {
        if (interp_subtype(vt, (CoilType *)co)) return 1;
    } else if (co->type == vm->t_tuple) {
        const CoilTuple *tt = (const CoilTuple *)co;
        for (size_t k = 0; k < tt->len; k++) {
            CoilValue item = tt->items[k];
            if (!value_is_object(item) || value_as_object(item)->type != vm->t_type) return -1;
            if (interp_subtype(vt, (CoilType *)value_as_object(item))) return 1;
        }
    } else {
        return -1;
    }
    return interp_isinstance_miss(vm, vt);
}

/* interp_isinstance(v, tuple(items[0..n))) for a tuple display about to be
 * passed to isinstance: decided from the registers, the tuple never built. */
static inline int interp_isinstance_items(CoilVM *vm, CoilValue v, const CoilValue *items, size_t n)
{
    CoilType *vt = vm_typeof(vm, v);
    for (size_t k = 0; k < n; k++) {
        CoilValue item = items[k];
        if (!value_is_object(item) || value_as_object(item)->type != vm->t_type) return -1;
        if (interp_subtype(vt, (CoilType *)value_as_object(item))) return 1;
    }
    return interp_isinstance_miss(vm, vt);
}

/* object_alloc_instance for the classes CALL instantiates, with the common
 * case (inline attributes, a small block on its free list) inlined. */
static inline CoilValue interp_alloc_instance(CoilVM *vm, CoilType *t)
{
    if ((t->flags & (TYPE_INLINE_ATTRS | TYPE_IS_ABSTRACT)) == TYPE_INLINE_ATTRS) {
        uint32_t cap = inst_inline_new_cap(t);
        CoilInstance *inst = gc_alloc_small_uninit(vm, t, sizeof(CoilInstance) + cap * sizeof(CoilValue));
        if (!inst) return VAL_ERROR;
        inst->dict = inst_inline_tag(0, cap);
        return value_from_object(&inst->obj);
    }
    return object_alloc_instance(vm, t);
}

#ifndef NDEBUG
/* Debug builds: an opcode body read an operand after moving pc. */
static inline void interp_operand_check(bool ok)
{
    if (!ok) abort();
}
#endif

/* Every entry into the dispatch loop from C goes through here: the C stack
 * guard (script-to-script calls never come back here). */
static CoilValue run(CoilVM *vm, bool throwing)
{
    char probe;
    uintptr_t sp = (uintptr_t)&probe;
    if (vm->c_nesting == 0) vm->c_stack_base = sp;
    else if (vm->c_stack_base > sp && vm->c_stack_base - sp > vm->c_stack_max) {
        /* The frame was pushed by the caller: discard it, report at the call. */
        CoilFrame *f = vm->frame;
        frame_pop(vm, f);
        return vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded");
    }
    vm->c_nesting++;
    CoilValue r = run_loop(vm, throwing);
    vm->c_nesting--;
    return r;
}

static CoilValue run_loop(CoilVM *vm, bool throwing)
{
    CoilFrame *f;
    CoilCode *code;
    CoilValue *R;
    const CoilValue *K;
    const CoilInstr *pc;
    CoilInstr i;
    uint32_t ext = 0;
    /* Operands of the shared call path. */
    CoilValue call_callee = VAL_NONE, call_self = VAL_EMPTY, call_kw = VAL_EMPTY;
    const CoilValue *call_args = NULL;
    size_t call_nargs = 0;
    uint8_t call_ret = 0;
    /* Operands of push_simple. */
    CoilFunction *do_call_fn = NULL;
    CoilValue do_call_self = VAL_EMPTY;
    uint8_t do_call_flags = 0;

#define LOAD_FRAME()          \
    do {                      \
        f = vm->frame;        \
        code = f->code;       \
        R = frame_regs(f);          \
        K = code->consts;     \
        pc = f->pc;           \
    } while (0)

/* A plain generator's frame resumed by FORITER in this loop (linked
 * without FRAME_ENTRY; run_frame always sets it). */
#define GEN_INLINE(fr) (((fr)->flags & (FRAME_GENERATOR | FRAME_ENTRY)) == FRAME_GENERATOR && \
                        ((fr)->code->flags & CODE_INLINE_GEN))
/* The operand bytes are read from the instruction word in memory (it is
 * pc[-1] throughout an opcode's body, which never moves pc before its last
 * operand use): one zero-extending load each, where decoding the register
 * copy `i` takes a move, a shift and a mask.  Debug builds check that the
 * two agree. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#ifdef NDEBUG
#define INSTR_BYTE(k) ((size_t)((const uint8_t *)(const void *)(pc - 1))[k])
#else
#define INSTR_BYTE(k) (interp_operand_check(pc[-1] == i), (size_t)((const uint8_t *)(const void *)(pc - 1))[k])
#endif
#define A INSTR_BYTE(1)
#define B INSTR_BYTE(2)
#define C INSTR_BYTE(3)
#else
#define A INSTR_A(i)
#define B INSTR_B(i)
#define C INSTR_C(i)
#endif
#define BX (INSTR_BX(i) | (ext << 16))
#define KC (INSTR_C(i) | (ext << 8))
#define KB (INSTR_B(i) | (ext << 8))
#define NAME(idx) value_as_str(K[idx])
#if defined(__GNUC__) || defined(__clang__)
#define INTERP_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define INTERP_LIKELY(x) (x)
#endif
#define CHECK(v)                          \
    do {                                  \
        if (value_is_error(v)) goto error; \
    } while (0)
#define CHECK_POINT()                                          \
    do {                                                       \
        if (--vm->check_counter <= 0) {                        \
            f->pc = pc;                                        \
            if (interp_check_point(vm) < 0) goto error;        \
        }                                                      \
    } while (0)

    LOAD_FRAME();
    if (throwing) goto error;

#ifdef INTERP_COMPUTED_GOTO
    static const void *const labels[OP__COUNT] = {
#define COIL_OPCODE_LABEL(name, fmt, doc) &&L_##name,
        COIL_OPCODE_LIST(COIL_OPCODE_LABEL)
#undef COIL_OPCODE_LABEL
    };
#define DISPATCH()                    \
    do {                              \
        i = *pc++;                    \
        goto *labels[INSTR_OP(i)];    \
    } while (0)
#define CASE(name) L_##name:
    DISPATCH();
#else
#define DISPATCH() goto dispatch
#define CASE(name) case OP_##name:
dispatch:
    i = *pc++;
dispatch_nofetch:
    switch (INSTR_OP(i)) {
#endif

    CASE(NOP) DISPATCH();
    CASE(EXTARG) {
        ext = i >> 8;
        i = *pc++;
#ifdef INTERP_COMPUTED_GOTO
        goto *labels[INSTR_OP(i)];
#else
        goto dispatch_nofetch;
#endif
    }

    /* --- loads and moves --- */
    CASE(MOVE) R[A] = R[B]; DISPATCH();
    CASE(LOADK) {
        R[A] = K[BX];
        ext = 0;
        DISPATCH();
    }
    CASE(LOADI) R[A] = value_from_small_int(INSTR_SBX(i)); DISPATCH();
    CASE(LOADNONE) {
        for (unsigned k = 0; k <= B; k++) R[A + k] = VAL_NONE;
        DISPATCH();
    }
    CASE(LOADBOOL) R[A] = value_from_bool(B != 0); DISPATCH();
    CASE(LOADEMPTY) R[A] = VAL_EMPTY; DISPATCH();
    CASE(CHECKBOUND) {
        uint32_t idx = BX;
        ext = 0;
        if (R[A] == VAL_EMPTY) {
            vm_raise(vm, vm->e_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value", NAME(idx)->data);
            goto error;
        }
        DISPATCH();
    }

    /* --- names --- */
    CASE(GETGLOBAL) {
        CoilGlobalCache *gc = &code_cache_at(code, pc - 1)->g;
        CoilDict *g = value_as_dict(f->globals);
        if (gc->gver == g->version && *gc->bverp == gc->bver) {
            R[A] = *gc->slot;
            ext = 0;
            DISPATCH();
        }
        CoilString *name = NAME(BX);
        ext = 0;
        int64_t ix = dict_find_str(vm, g, name);
        if (ix >= 0) {
            gc->gver = g->version;
            gc->bver = 0;
            gc->bverp = &gc->bver;
            gc->slot = &g->entries[ix].value;
            R[A] = g->entries[ix].value;
            DISPATCH();
        }
        CoilDict *bd = globals_builtins(vm, g);
        ix = dict_find_str(vm, bd, name);
        if (ix < 0) {
            iop_name_error(vm, name);
            goto error;
        }
        if (bd != value_as_dict(vm->builtins_dict)) { /* custom builtins: not cached */
            R[A] = bd->entries[ix].value;
            DISPATCH();
        }
        gc->gver = g->version;
        gc->bver = bd->version;
        gc->bverp = &bd->version;
        gc->slot = &bd->entries[ix].value;
        R[A] = bd->entries[ix].value;
        DISPATCH();
    }
    CASE(SETGLOBAL) {
        CoilGlobalCache *gc = &code_cache_at(code, pc - 1)->g;
        CoilDict *g = value_as_dict(f->globals);
        if (gc->gver == g->version && gc->bver == 0) {
            *gc->slot = R[A];
            ext = 0;
            DISPATCH();
        }
        CoilString *name = NAME(BX);
        ext = 0;
        if (dict_set_str(vm, g, name, R[A]) < 0) goto error;
        int64_t ix = dict_find_str(vm, g, name);
        if (ix >= 0) {
            gc->gver = g->version;
            gc->bver = 0;
            gc->bverp = &gc->bver;
            gc->slot = &g->entries[ix].value;
        }
        DISPATCH();
    }
    CASE(DELGLOBAL) {
        CoilString *name = NAME(BX);
        ext = 0;
        int r = dict_del(vm, value_as_dict(f->globals), value_from_object(name), NULL);
        if (r < 0) goto error;
        if (r == 0) {
            iop_name_error(vm, name);
            goto error;
        }
        DISPATCH();
    }
    CASE(GETNAME) {
        CoilString *name = NAME(BX);
        ext = 0;
        CoilValue v = VAL_EMPTY;
        if (value_is_object(f->locals)) {
            if (vm_typeof(vm, f->locals) == vm->t_dict) { /* a __prepare__d mapping may override [] */
                v = dict_get_str(vm, value_as_dict(f->locals), name);
            } else {
                v = vm_getitem(vm, f->locals, value_from_object(name));
                if (value_is_error(v)) {
                    if (!vm_exception_matches(vm, vm->e_KeyError)) goto error;
                    vm_take_exception(vm);
                    v = VAL_EMPTY;
                }
            }
        }
        if (v == VAL_EMPTY) v = dict_get_str(vm, value_as_dict(f->globals), name);
        if (v == VAL_EMPTY) v = dict_get_str(vm, globals_builtins(vm, value_as_dict(f->globals)), name);
        if (v == VAL_EMPTY) {
            iop_name_error(vm, name);
            goto error;
        }
        R[A] = v;
        DISPATCH();
    }
    CASE(SETUPANN) { /* exec/single input: an existing __annotations__ is kept */
        CoilString *name = NAME(BX);
        ext = 0;
        CoilValue ns = frame_names(vm, f);
        bool is_dict = vm_typeof(vm, ns) == vm->t_dict;
        CoilValue old = is_dict ? dict_get_str(vm, value_as_dict(ns), name) : vm_getitem(vm, ns, value_from_object(name));
        if (value_is_error(old)) {
            if (!vm_exception_matches(vm, vm->e_KeyError)) goto error;
            vm_take_exception(vm);
            old = VAL_EMPTY;
        }
        if (old == VAL_EMPTY) {
            CoilValue d = dict_new(vm);
            if (value_is_error(d)) goto error;
            GC_ROOT(vm, d); /* storing it may grow the namespace */
            int r = is_dict ? dict_set_str(vm, value_as_dict(ns), name, d) : vm_setitem(vm, ns, value_from_object(name), d);
            GC_UNROOT(vm, 1);
            if (r < 0) goto error;
        }
        DISPATCH();
    }
    CASE(SETNAME) {
        CoilString *name = NAME(BX);
        ext = 0;
        CoilValue ns = frame_names(vm, f);
        int r = vm_typeof(vm, ns) == vm->t_dict ? dict_set_str(vm, value_as_dict(ns), name, R[A])
                                      : vm_setitem(vm, ns, value_from_object(name), R[A]);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DELNAME) {
        CoilString *name = NAME(BX);
        ext = 0;
        CoilValue ns = frame_names(vm, f);
        int r;
        if (value_is_dict(vm, ns)) {
            r = dict_del(vm, value_as_dict(ns), value_from_object(name), NULL);
        } else { /* exec/eval with a locals mapping */
            r = vm_delitem(vm, ns, value_from_object(name)) < 0 ? -1 : 1;
            if (r < 0 && vm_exception_matches(vm, vm->e_KeyError)) {
                vm_take_exception(vm);
                r = 0;
            }
        }
        if (r < 0) goto error;
        if (r == 0) {
            iop_name_error(vm, name);
            goto error;
        }
        DISPATCH();
    }
    CASE(MAKECELL) {
        CoilValue c = cell_new(vm, R[A]);
        CHECK(c);
        R[A] = c;
        DISPATCH();
    }
    CASE(GETCELL) {
        CoilValue v = ((CoilCell *)value_as_object(R[B]))->ref;
        if (v == VAL_EMPTY) {
            unsigned idx = C;
            const char *n = code->cellnames[idx]->data;
            if (idx < code->ncellvars)
                vm_raise(vm, vm->e_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value", n);
            else
                vm_raise(vm, vm->e_NameError,
                         "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                         n);
            goto error;
        }
        R[A] = v;
        DISPATCH();
    }
    CASE(SETCELL) ((CoilCell *)value_as_object(R[A]))->ref = R[B]; DISPATCH();
    CASE(DELCELL) {
        CoilCell *cell = (CoilCell *)value_as_object(R[A]);
        if (cell->ref == VAL_EMPTY) {
            unsigned idx = C;
            const char *n = code->cellnames[idx]->data;
            if (idx < code->ncellvars)
                vm_raise(vm, vm->e_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value", n);
            else
                vm_raise(vm, vm->e_NameError,
                         "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                         n);
            goto error;
        }
        cell->ref = VAL_EMPTY;
        DISPATCH();
    }

    /* --- attributes and items --- */
    CASE(GETATTR) {
        CoilValue obj = R[B];
        if (INTERP_LIKELY(value_is_object(obj))) {
            /* The inline cache (attrcache.h).  The hit that matters most, an
             * instance attribute stored inline, is tested first with nothing
             * else computed (the name is only needed off this path). */
            CoilObject *o = value_as_object(obj);
            CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
            if (INTERP_LIKELY(ac->type == o->type && ac->epoch == vm->type_epoch && ac->kind == AC_GET_DICT)) {
                /* offset 0 (no dict) reads the type pointer, never inline-tagged. */
                CoilValue d = *(CoilValue *)(void *)((char *)o + ac->offset);
                uint32_t ip = ac->ipos;
                if (INTERP_LIKELY(inst_is_inline(d) && ip < inst_inline_n(d))) {
                    R[A] = inst_inline_vals(o)[ip];
                    ext = 0;
                    DISPATCH();
                }
            }
        }
        goto getattr_cached;
    }
    CASE(SETATTR) {
        CoilValue obj = R[A];
        if (INTERP_LIKELY(value_is_object(obj))) {
            /* As GETATTR: an inline attribute the instance already has is
             * one store, tested before anything else is computed. */
            CoilObject *o = value_as_object(obj);
            CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
            if (INTERP_LIKELY(ac->type == o->type && ac->epoch == vm->type_epoch && ac->kind == AC_SET_DICT)) {
                CoilValue *sp = (CoilValue *)(void *)((char *)o + ac->offset);
                CoilValue d = *sp;
                uint32_t ip = ac->ipos;
                if (INTERP_LIKELY(inst_is_inline(d))) {
                    uint32_t n = inst_inline_n(d);
                    if (ip < n) {
                        inst_inline_vals(o)[ip] = R[C];
                        ext = 0;
                        DISPATCH();
                    }
                    if (ip == n && n < inst_inline_cap(d)) { /* the next key of the class's sequence (__init__) */
                        inst_inline_vals(o)[n] = R[C];
                        *sp = d + 1;
                        ext = 0;
                        DISPATCH();
                    }
                }
            }
        }
        goto setattr_cached;
    }
    CASE(DELATTR) {
        CoilString *name = NAME(KB);
        ext = 0;
        if (vm_delattr(vm, R[A], name) < 0) goto error;
        DISPATCH();
    }
    CASE(GETITEM) {
        CoilValue obj = R[B], key = R[C];
        if (value_is_object(obj)) {
            CoilType *t = value_as_object(obj)->type;
            if (t == vm->t_list && value_is_small_int(key)) {
                CoilList *l = (CoilList *)value_as_object(obj);
                int64_t k = value_as_small_int(key);
                if (k < 0) k += (int64_t)l->len;
                if (k >= 0 && k < (int64_t)l->len) {
                    R[A] = l->items[k];
                    DISPATCH();
                }
            }
            if (t->getitem) {
                CoilValue v = t->getitem(vm, obj, key);
                CHECK(v);
                R[A] = v;
                DISPATCH();
            }
        }
        CoilValue v = vm_getitem(vm, obj, key);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(SETITEM) {
        CoilValue obj = R[A], key = R[B];
        if (value_is_type(obj, vm->t_list) && value_is_small_int(key)) {
            CoilList *l = (CoilList *)value_as_object(obj);
            int64_t k = value_as_small_int(key);
            if (k < 0) k += (int64_t)l->len;
            if (k >= 0 && k < (int64_t)l->len) {
                l->items[k] = R[C];
                DISPATCH();
            }
        }
        if (value_is_type(obj, vm->t_dict)) {
            if (dict_set(vm, value_as_dict(obj), key, R[C]) < 0) goto error;
            DISPATCH();
        }
        if (vm_setitem(vm, obj, key, R[C]) < 0) goto error;
        DISPATCH();
    }
    CASE(DELITEM) {
        if (vm_delitem(vm, R[A], R[B]) < 0) goto error;
        DISPATCH();
    }
    CASE(GETMETHOD) {
        CoilValue obj = R[B];
        if (INTERP_LIKELY(value_is_object(obj))) {
            /* A plain method found on the type (cached), not shadowed by an
             * inline-attribute instance (none of the names its class's
             * instances have shown is this one): skip the bound method. */
            CoilObject *o = value_as_object(obj);
            CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
            if (INTERP_LIKELY(ac->type == o->type && ac->epoch == vm->type_epoch && ac->kind == AC_METHOD)) {
                CoilValue d = *(CoilValue *)(void *)((char *)o + ac->offset);
                if (INTERP_LIKELY(inst_is_inline(d) && ac->ipos == AC_IPOS_NONE && inst_inline_n(d) <= ac->iknown)) {
                    R[A + 1] = obj;
                    R[A] = ac->attr;
                    ext = 0;
                    DISPATCH();
                }
            }
        }
        goto getmethod_cached;
    }

    /* --- operators --- */
#define ARITH_INT_ADD(x, y, r) (r = (x) + (y), value_fits_small_int(r))
#define ARITH_INT_SUB(x, y, r) (r = (x) - (y), value_fits_small_int(r))
#define ARITH_INT_MUL(x, y, r) (!__builtin_mul_overflow((x), (y), &r) && value_fits_small_int(r))
/* The shared fast path of BINOP/BINOPK: two small ints (intop: no overflow
 * past the small range) or two floats, written to R[A] and dispatched. */
#define ARITH_FAST(b, c, intop, fexpr)                                              \
    do {                                                                             \
        if (value_is_small_int(b) && value_is_small_int(c)) {                        \
            int64_t x = value_as_small_int(b), y = value_as_small_int(c), r;        \
            if (intop(x, y, r)) {                                                   \
                R[A] = value_from_small_int(r);                                     \
                DISPATCH();                                                         \
            }                                                                       \
        } else if (value_is_double(b) && value_is_double(c)) {                      \
            double x = value_as_double(b), y = value_as_double(c);                  \
            R[A] = value_from_double(fexpr);                                        \
            DISPATCH();                                                             \
        }                                                                           \
    } while (0)
#define BINOP(name, op, intop, fexpr, vmfn)                                         \
    CASE(name) {                                                                     \
        CoilValue b = R[B], c = R[C];                                               \
        ARITH_FAST(b, c, intop, fexpr);                                              \
        BINOP_DUNDER(op, vmfn == vm_inplace);                                       \
        if (vmfn != vm_inplace) BINOP_RDUNDER(op);                                  \
        CoilValue v = vmfn(vm, op, b, c);                                           \
        CHECK(v);                                                                   \
        R[A] = v;                                                                   \
        DISPATCH();                                                                 \
    }
    /* A user class's __add__ (etc.) runs as a frame of this loop instead of
     * nesting through the slot and vm_call; FRAME_BINOP returns handle the
     * NotImplemented case. */
#define OPCACHE_FN(oc, dta, dtb, resolve, op)                                                \
    ((oc)->ta == (dta) && (oc)->tb == (dtb) && (oc)->epoch == vm->type_epoch                 \
         ? (oc)->fn                                                                          \
         : ((oc)->ta = (dta), (oc)->tb = (dtb), (oc)->epoch = vm->type_epoch,                 \
            (oc)->fn = resolve(vm, (dta), (dtb), (op))))
#define BINOP_DUNDER(op, is_inplace) BINOP_DUNDER_ARGS(op, is_inplace, &R[C])
#define BINOP_DUNDER_ARGS(op, is_inplace, argp)                                                  \
    if (value_is_object(b) && (value_as_object(b)->type->flags & TYPE_HEAPTYPE) &&           \
        !((is_inplace) && value_as_object(b)->type->inplace[op])) {                            \
        CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;                               \
        CoilType *dta = value_as_object(b)->type, *dtb = vm_typeof(vm, c);                    \
        CoilFunction *dfn = OPCACHE_FN(oc, dta, dtb, class_binary_dunder, op);                \
        if (dfn) {                                                                          \
            do_call_fn = dfn;                                                               \
            do_call_self = b;                                                               \
            do_call_flags = FRAME_OPERATOR;                                                    \
            call_args = (argp);                                                             \
            call_nargs = 1;                                                                 \
            call_ret = (uint8_t)A;                                                          \
            goto push_simple;                                                               \
        }                                                                                   \
    }
/* `1 + x` with x a user-class instance: x's __radd__ as a frame
 * (class_rbinary_dunder), the instance as self. */
#define BINOP_RDUNDER(op)                                                                     \
    if ((value_is_small_int(b) || value_is_double(b)) && value_is_object(c) &&               \
        (value_as_object(c)->type->flags & TYPE_HEAPTYPE)) {                                  \
        CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;                               \
        CoilType *dta = vm_typeof(vm, b), *dtb = value_as_object(c)->type;                    \
        CoilFunction *dfn = OPCACHE_FN(oc, dta, dtb, class_rbinary_dunder, op);               \
        if (dfn) {                                                                          \
            do_call_fn = dfn;                                                               \
            do_call_self = c;                                                               \
            do_call_flags = FRAME_OPERATOR;                                                 \
            call_args = &R[B];                                                              \
            call_nargs = 1;                                                                 \
            call_ret = (uint8_t)A;                                                          \
            goto push_simple;                                                               \
        }                                                                                   \
    }
#define SLOWOP(name, op, vmfn)                  \
    CASE(name) {                                \
        CoilValue v = vmfn(vm, op, R[B], R[C]); \
        CHECK(v);                               \
        R[A] = v;                               \
        DISPATCH();                             \
    }
    BINOP(ADD, BIN_ADD, ARITH_INT_ADD, x + y, vm_binary)
    BINOP(SUB, BIN_SUB, ARITH_INT_SUB, x - y, vm_binary)
    BINOP(MUL, BIN_MUL, ARITH_INT_MUL, x * y, vm_binary)
    BINOP(IADD, BIN_ADD, ARITH_INT_ADD, x + y, vm_inplace)
    BINOP(ISUB, BIN_SUB, ARITH_INT_SUB, x - y, vm_inplace)
    BINOP(IMUL, BIN_MUL, ARITH_INT_MUL, x * y, vm_inplace)
    /* Two floats, or two small ints (exact as doubles, so one IEEE division
     * rounds as CPython's int true division does); a zero divisor takes the
     * slow path, which raises. */
    CASE(TRUEDIV) {
        CoilValue b = R[B], c = R[C];
        if (value_is_double(b) && value_is_double(c) && value_as_double(c) != 0.0) {
            R[A] = value_from_double(value_as_double(b) / value_as_double(c));
            DISPATCH();
        }
        if (value_is_small_int(b) && value_is_small_int(c) && value_as_small_int(c) != 0) {
            R[A] = value_from_double((double)value_as_small_int(b) / (double)value_as_small_int(c));
            DISPATCH();
        }
        CoilValue v = vm_binary(vm, BIN_TRUEDIV, b, c);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    /* // and % on small ints round toward minus infinity (the remainder takes
     * the divisor's sign); a zero divisor takes the slow path, which raises.
     * Quotients of 48-bit ints cannot overflow int64; -MIN // -1 is range-checked. */
#define ARITH_INT_FLOORDIV(x, y, r) ((y) != 0 && (r = interp_floordiv(x, y), value_fits_small_int(r)))
#define ARITH_INT_MOD(x, y, r) ((y) != 0 && (r = interp_floormod(x, y), true))
    /* &, |, ^ of two small ints stay within the small-int range. */
#define ARITH_INT_AND(x, y, r) (r = (x) & (y), true)
#define ARITH_INT_OR(x, y, r) (r = (x) | (y), true)
#define ARITH_INT_XOR(x, y, r) (r = (x) ^ (y), true)
#define INTOP(name, op, intop, vmfn)                                                 \
    CASE(name) {                                                                     \
        CoilValue b = R[B], c = R[C];                                               \
        if (value_is_small_int(b) && value_is_small_int(c)) {                        \
            int64_t x = value_as_small_int(b), y = value_as_small_int(c), r;        \
            if (intop(x, y, r)) {                                                   \
                R[A] = value_from_small_int(r);                                     \
                DISPATCH();                                                         \
            }                                                                       \
        }                                                                           \
        CoilValue v = vmfn(vm, op, b, c);                                           \
        CHECK(v);                                                                   \
        R[A] = v;                                                                   \
        DISPATCH();                                                                 \
    }
    INTOP(FLOORDIV, BIN_FLOORDIV, ARITH_INT_FLOORDIV, vm_binary)
    INTOP(MOD, BIN_MOD, ARITH_INT_MOD, vm_binary)
    /* float ** float goes straight to float_pow (CPython's float_pow rules). */
    CASE(POW) {
        CoilValue b = R[B], c = R[C];
        CoilValue v = value_is_double(b) && value_is_double(c) ? float_pow(vm, value_as_double(b), value_as_double(c))
                                                              : vm_binary(vm, BIN_POW, b, c);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    SLOWOP(MATMUL, BIN_MATMUL, vm_binary)
    SLOWOP(LSHIFT, BIN_LSHIFT, vm_binary)
    SLOWOP(RSHIFT, BIN_RSHIFT, vm_binary)
    INTOP(BITAND, BIN_AND, ARITH_INT_AND, vm_binary)
    INTOP(BITOR, BIN_OR, ARITH_INT_OR, vm_binary)
    INTOP(BITXOR, BIN_XOR, ARITH_INT_XOR, vm_binary)
    SLOWOP(ITRUEDIV, BIN_TRUEDIV, vm_inplace)
    INTOP(IFLOORDIV, BIN_FLOORDIV, ARITH_INT_FLOORDIV, vm_inplace)
    INTOP(IMOD, BIN_MOD, ARITH_INT_MOD, vm_inplace)
    SLOWOP(IPOW, BIN_POW, vm_inplace)
    SLOWOP(IMATMUL, BIN_MATMUL, vm_inplace)
    SLOWOP(ILSHIFT, BIN_LSHIFT, vm_inplace)
    SLOWOP(IRSHIFT, BIN_RSHIFT, vm_inplace)
    INTOP(IBITAND, BIN_AND, ARITH_INT_AND, vm_inplace)
    INTOP(IBITOR, BIN_OR, ARITH_INT_OR, vm_inplace)
    INTOP(IBITXOR, BIN_XOR, ARITH_INT_XOR, vm_inplace)
    CASE(IADDACC) {
        CoilValue b = R[B], c = R[C];
        if (value_is_small_int(b) && value_is_small_int(c)) {
            int64_t r = value_as_small_int(b) + value_as_small_int(c);
            if (value_fits_small_int(r)) {
                R[A] = value_from_small_int(r);
                DISPATCH();
            }
        } else if (value_is_type(b, vm->t_str) && value_is_type(c, vm->t_str)) {
            CoilValue v = str_accumulate(vm, value_as_str(b), value_as_str(c));
            CHECK(v);
            R[A] = v;
            DISPATCH();
        }
        if (value_is_type(b, vm->t_str)) str_seal(value_as_str(b)); /* __radd__ may keep it */
        CoilValue v = vm_inplace(vm, BIN_ADD, b, c);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(SEAL) {
        CoilValue v = R[A];
        if (value_is_type(v, vm->t_str)) str_seal(value_as_str(v));
        DISPATCH();
    }
    /* x + 1, n - 1, i += 1: the small int sC as right operand.  Anything but
     * an int or float goes through the generic operation of the plain opcode
     * with sC boxed, so dunders and error texts are unchanged. */
#define IMMOP(name, op, sign, vmfn)                                          \
    CASE(name) {                                                             \
        CoilValue b = R[B];                                                  \
        int64_t c = INSTR_SC(i);                                             \
        if (value_is_small_int(b)) {                                         \
            int64_t r = value_as_small_int(b) sign c;                        \
            if (value_fits_small_int(r)) {                                   \
                R[A] = value_from_small_int(r);                              \
                DISPATCH();                                                  \
            }                                                                \
        } else if (value_is_double(b)) {                                     \
            R[A] = value_from_double(value_as_double(b) sign (double)c);     \
            DISPATCH();                                                      \
        }                                                                    \
        CoilValue v = vmfn(vm, op, b, value_from_small_int(c));              \
        CHECK(v);                                                            \
        R[A] = v;                                                            \
        DISPATCH();                                                          \
    }
    IMMOP(ADDI, BIN_ADD, +, vm_binary)
    IMMOP(SUBI, BIN_SUB, -, vm_binary)
    IMMOP(IADDI, BIN_ADD, +, vm_inplace)
    IMMOP(ISUBI, BIN_SUB, -, vm_inplace)
    /* R[B] op K[C]: the bodies of BINOP/INTOP with the constant as right
     * operand (C is a plain index: the compiler never puts EXTARG before these). */
#define BINOPK(name, op, intop, fexpr)                                              \
    CASE(name) {                                                                     \
        CoilValue b = R[B], c = K[C];                                               \
        ARITH_FAST(b, c, intop, fexpr);                                              \
        BINOP_DUNDER_ARGS(op, false, &K[C]);                                        \
        CoilValue v = vm_binary(vm, op, b, c);                                      \
        CHECK(v);                                                                   \
        R[A] = v;                                                                   \
        DISPATCH();                                                                 \
    }
#define INTOPK(name, op, intop)                                                      \
    CASE(name) {                                                                     \
        CoilValue b = R[B], c = K[C];                                               \
        if (value_is_small_int(b) && value_is_small_int(c)) {                        \
            int64_t x = value_as_small_int(b), y = value_as_small_int(c), r;        \
            if (intop(x, y, r)) {                                                   \
                R[A] = value_from_small_int(r);                                     \
                DISPATCH();                                                         \
            }                                                                       \
        }                                                                           \
        CoilValue v = vm_binary(vm, op, b, c);                                      \
        CHECK(v);                                                                   \
        R[A] = v;                                                                   \
        DISPATCH();                                                                 \
    }
    BINOPK(ADDK, BIN_ADD, ARITH_INT_ADD, x + y)
    BINOPK(SUBK, BIN_SUB, ARITH_INT_SUB, x - y)
    BINOPK(MULK, BIN_MUL, ARITH_INT_MUL, x * y)
    INTOPK(FLOORDIVK, BIN_FLOORDIV, ARITH_INT_FLOORDIV)
    INTOPK(MODK, BIN_MOD, ARITH_INT_MOD)
    CASE(NEG) {
        CoilValue b = R[B];
        if (value_is_small_int(b) && value_as_small_int(b) != VAL_SMALL_INT_MIN) {
            R[A] = value_from_small_int(-value_as_small_int(b));
            DISPATCH();
        }
        if (value_is_double(b)) {
            R[A] = value_from_double(-value_as_double(b));
            DISPATCH();
        }
        if (value_is_object(b) && (value_as_object(b)->type->flags & TYPE_HEAPTYPE)) {
            /* The instruction's cache remembers the class's __neg__. */
            CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;
            CoilType *dt = value_as_object(b)->type;
            CoilFunction *dfn = oc->ta == dt && oc->epoch == vm->type_epoch
                                    ? oc->fn
                                    : (oc->ta = dt, oc->tb = NULL, oc->epoch = vm->type_epoch,
                                       oc->fn = class_neg_dunder(vm, dt));
            if (dfn) {
                do_call_fn = dfn;
                do_call_self = b;
                do_call_flags = 0;
                call_args = &R[B];
                call_nargs = 0;
                call_ret = (uint8_t)A;
                goto push_simple;
            }
        }
        CoilValue v = vm_unary(vm, OP_NEG, b);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(POS) {
        CoilValue v = vm_unary(vm, OP_POS, R[B]);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(INVERT) {
        CoilValue b = R[B];
        if (value_is_small_int(b)) {
            R[A] = value_from_small_int(~value_as_small_int(b));
            DISPATCH();
        }
        CoilValue v = vm_unary(vm, OP_INVERT, b);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(NOT) {
        CoilValue b = R[B];
        int t = b == VAL_TRUE ? 1 : b == VAL_FALSE ? 0 : vm_truthy(vm, b);
        if (t < 0) goto error;
        R[A] = value_from_bool(!t);
        DISPATCH();
    }

    /* --- comparisons --- */
#define CMPOP(name, cop, op)                                                            \
    CASE(name) {                                                                         \
        CoilValue b = R[B], c = R[C];                                                   \
        if (value_is_small_int(b) && value_is_small_int(c)) {                            \
            R[A] = value_from_bool(value_as_small_int(b) cop value_as_small_int(c));     \
            DISPATCH();                                                                 \
        }                                                                               \
        if (value_is_double(b) && value_is_double(c)) {                                 \
            R[A] = value_from_bool(value_as_double(b) cop value_as_double(c));          \
            DISPATCH();                                                                 \
        }                                                                               \
        CMP_DUNDER(b, c, op);                                                           \
        CoilValue v = vm_compare(vm, b, c, op);                                         \
        CHECK(v);                                                                       \
        R[A] = v;                                                                       \
        DISPATCH();                                                                     \
    }
    /* A user class's __eq__/__lt__/... runs as a frame of this loop (see
     * BINOP_DUNDER); its FRAME_OPERATOR return finishes the instruction. */
#define CMP_DUNDER(x, y, cop)                                                                     \
    if (value_is_object(x) && (value_as_object(x)->type->flags & TYPE_HEAPTYPE)) {                \
        CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;                                   \
        CoilType *dta = value_as_object(x)->type, *dtb = vm_typeof(vm, y);                        \
        CoilFunction *dfn = OPCACHE_FN(oc, dta, dtb, class_compare_dunder, cop);                  \
        if (dfn) {                                                                                \
            do_call_fn = dfn;                                                                     \
            do_call_self = x;                                                                     \
            do_call_flags = FRAME_OPERATOR;                                                       \
            call_args = &R[INSTR_OP(i) == OP_CMPJ ? B : C];                                       \
            call_nargs = 1;                                                                       \
            call_ret = (uint8_t)A;                                                                \
            goto push_simple;                                                                     \
        }                                                                                         \
    }
    CMPOP(EQ, ==, CMP_EQ)
    CMPOP(NE, !=, CMP_NE)
    CMPOP(LT, <, CMP_LT)
    CMPOP(LE, <=, CMP_LE)
    CMPOP(GT, >, CMP_GT)
    CMPOP(GE, >=, CMP_GE)
    CASE(IS) R[A] = value_from_bool(R[B] == R[C]); DISPATCH();
    CASE(ISNOT) R[A] = value_from_bool(R[B] != R[C]); DISPATCH();
    CASE(IN) {
        int r = vm_contains(vm, R[C], R[B]);
        if (r < 0) goto error;
        R[A] = value_from_bool(r);
        DISPATCH();
    }
    CASE(NOTIN) {
        int r = vm_contains(vm, R[C], R[B]);
        if (r < 0) goto error;
        R[A] = value_from_bool(!r);
        DISPATCH();
    }

    /* --- control flow --- */
    CASE(JUMP) {
        int32_t sj = INSTR_SJ(i);
        pc += sj;
        if (sj < 0) CHECK_POINT();
        DISPATCH();
    }
    /* A condition (TEST, CMPJ...) either skips the JUMP the compiler always
     * puts after it or takes that JUMP right here, saving its dispatch. */
#define COND_JUMP(take)                          \
    do {                                         \
        if (!(take)) {                           \
            pc++;                                \
        } else {                                 \
            int32_t sj_ = INSTR_SJ(*pc);         \
            pc += 1 + sj_;                       \
            if (sj_ < 0) CHECK_POINT();          \
        }                                        \
    } while (0)
    CASE(TEST) {
        CoilValue v = R[A];
        int t = v == VAL_TRUE                ? 1
                : v == VAL_FALSE || v == VAL_NONE ? 0
                : value_is_small_int(v)      ? v != value_from_small_int(0)
                                             : vm_truthy(vm, v);
        if (t < 0) goto error;
        COND_JUMP(t == (int)B);
        DISPATCH();
    }
    CASE(TESTSET) {
        CoilValue v = R[B];
        int t = v == VAL_TRUE ? 1 : v == VAL_FALSE || v == VAL_NONE ? 0 : vm_truthy(vm, v);
        if (t < 0) goto error;
        if (t == (int)C) R[A] = v;
        else pc++;
        DISPATCH();
    }
    /* The six comparisons in CMPJ's op order (==, !=, <, <=, >, >=); measured
     * faster than a switch or a branch-free outcome mask. */
#define CMPJ_INT(op, x, y)                                                                      \
    ((op) == 0 ? (x) == (y) : (op) == 1 ? (x) != (y) : (op) == 2 ? (x) < (y) : (op) == 3 ? (x) <= (y) \
     : (op) == 4 ? (x) > (y) : (x) >= (y))
    CASE(CMPJ) {
        CoilValue b = R[A], c = R[B];
        unsigned op = C & 15, want = C >> 4;
        int t;
        if (value_is_small_int(b) && value_is_small_int(c) && op <= CMP_GE) {
            int64_t x = value_as_small_int(b), y = value_as_small_int(c);
            t = CMPJ_INT(op, x, y);
        } else if (value_is_double(b) && value_is_double(c) && op <= CMP_GE) {
            double x = value_as_double(b), y = value_as_double(c);
            switch (op) { /* NaN: every order comparison false, != true */
            case 0: t = x == y; break;
            case 1: t = x != y; break;
            case 2: t = x < y; break;
            case 3: t = x <= y; break;
            case 4: t = x > y; break;
            default: t = x >= y; break;
            }
        } else if (op == 6 || op == 7) {
            t = (b == c) == (op == 6);
        } else if (op >= 8) {
            t = vm_contains(vm, c, b);
            if (t < 0) goto error;
            if (op == 9) t = !t;
        } else {
            /* op 0..5 are CPython's Py_EQ.. order mapped to CoilCompareOp. */
            static const CoilCompareOp ops[6] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};
            CMP_DUNDER(b, c, ops[op]);
            CoilValue v = vm_compare(vm, b, c, ops[op]);
            CHECK(v);
            t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : vm_truthy(vm, v);
            if (t < 0) goto error;
        }
        COND_JUMP((unsigned)t == want);
        DISPATCH();
    }
    CASE(CMPJI) {
        CoilValue b = R[A];
        int64_t y = (int64_t)B - 128;
        unsigned op = C & 15, want = C >> 4;
        int t;
        if (value_is_small_int(b) && op <= CMP_GE) {
            int64_t x = value_as_small_int(b);
            t = CMPJ_INT(op, x, y);
        } else {
            static const CoilCompareOp ops[6] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};
            CoilValue v = vm_compare(vm, b, value_from_small_int(y), ops[op < 6 ? op : 0]);
            CHECK(v);
            t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : vm_truthy(vm, v);
            if (t < 0) goto error;
        }
        COND_JUMP((unsigned)t == want);
        DISPATCH();
    }
    CASE(CMPJK) {
        CoilValue b = R[A], c = K[B];
        unsigned op = C & 15, want = C >> 4;
        int t;
        if (value_is_small_int(b) && value_is_small_int(c)) {
            int64_t x = value_as_small_int(b), y = value_as_small_int(c);
            t = CMPJ_INT(op, x, y);
        } else if (value_is_double(b) && value_is_double(c)) {
            double x = value_as_double(b), y = value_as_double(c);
            t = CMPJ_INT(op, x, y); /* NaN: every order comparison false, != true */
        } else {
            static const CoilCompareOp ops[6] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};
            CoilValue v = vm_compare(vm, b, c, ops[op < 6 ? op : 0]);
            CHECK(v);
            t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : vm_truthy(vm, v);
            if (t < 0) goto error;
        }
        COND_JUMP((unsigned)t == want);
        DISPATCH();
    }
    CASE(GETITER) {
        CoilValue v = vm_iter(vm, R[B]);
        CHECK(v);
        if (C) loop_claims(vm, f, pc, v, R[B]);
        R[A] = v;
        DISPATCH();
    }
    CASE(FORITER) {
        CoilValue it = R[A];
        if (value_is_object(it)) {
            CoilObject *io = value_as_object(it);
            if (io->type == vm->t_range_iterator) {
                CoilRangeIter *ri = (CoilRangeIter *)io;
                if (ri->remaining <= 0) DISPATCH(); /* take the exit jump */
                int64_t n = ri->next;
                ri->next += ri->step;
                ri->remaining--;
                if (value_fits_small_int(n)) R[B] = value_from_small_int(n);
                else {
                    CoilValue v = int_from_i64(vm, n);
                    CHECK(v);
                    R[B] = v;
                }
                pc++;
                DISPATCH();
            }
            if (io->type == vm->t_generator) {
                CoilGenerator *g = (CoilGenerator *)io;
                CoilFrame *gf = gen_frame(g);
                if (gf && g->state <= GEN_SUSPENDED && /* GEN_CREATED or GEN_SUSPENDED */
                    (gf->code->flags & CODE_INLINE_GEN) && vm->depth < vm->recursion_limit) {
                    /* Resume the generator as a frame of this loop, linked
                     * without FRAME_ENTRY: its YIELD comes back here (R[B],
                     * skip the exit jump), its RETURN takes the exit jump,
                     * an exception closes it (GEN_INLINE below). */
                    if (g->state == GEN_SUSPENDED) frame_regs(gf)[gf->resume_reg] = VAL_NONE;
                    f->pc = pc;
                    gf->prev = f;
                    gf->saved_handled = vm->handled;
                    if (gf->gen_handled != VAL_NONE) vm->handled = gf->gen_handled;
                    gf->flags = FRAME_GENERATOR;
                    vm->frame = gf;
                    vm->depth++;
                    g->state = GEN_RUNNING;
                    f = gf;
                    code = gf->code;
                    R = frame_regs(gf);
                    K = code->consts;
                    pc = gf->pc;
                    CHECK_POINT();
                    DISPATCH();
                }
                CoilGenStatus st;
                CoilValue v = gen_resume(vm, it, VAL_NONE, &st);
                if (st == GEN_ERROR) goto error;
                if (st == GEN_RETURNED) DISPATCH();
                R[B] = v;
                pc++;
                DISPATCH();
            }
            if (io->type == vm->t_list_iterator) {
                CoilSeqIter *li = (CoilSeqIter *)io;
                if (li->seq != VAL_EMPTY) {
                    CoilList *l = (CoilList *)value_as_object(li->seq);
                    if ((size_t)li->index < l->len) {
                        R[B] = l->items[li->index++];
                        pc++;
                        DISPATCH();
                    }
                    li->seq = VAL_EMPTY;
                }
                DISPATCH();
            }
        }
        CoilValue v = vm_next(vm, it);
        if (v == VAL_EMPTY) DISPATCH();
        CHECK(v);
        R[B] = v;
        pc++;
        DISPATCH();
    }
    CASE(UNPACK) {
        if (iop_unpack(vm, &R[A], B, R[C]) < 0) goto error;
        DISPATCH();
    }
    CASE(UNPACKEX) {
        if (iop_unpack_ex(vm, &R[A], B, C, R[A]) < 0) goto error;
        DISPATCH();
    }

    /* --- calls --- */
    CASE(CALL) {
        CoilValue cv = R[A];
        if (INTERP_LIKELY(value_is_object(cv))) {
            /* The two calls that dominate, straight to push_simple: a plain
             * script function with exactly its positional parameters, and a
             * class whose __init__ CALL's cache holds (filled by do_call below
             * only after all of its checks passed; vm->type_epoch covers any
             * later change of __init__, __new__ or the metaclass). */
            CoilObject *co = value_as_object(cv);
            CoilFunction *fn;
            if (co->type == vm->t_function) {
                fn = (CoilFunction *)co;
                if (fn->simple && B == fn->code->argcount) {
                    do_call_self = VAL_EMPTY;
                    do_call_flags = 0;
                    goto call_push;
                }
            } else if (co->type == vm->t_builtin_function_or_method) {
                call_callee = cv;
                call_kw = VAL_EMPTY;
                call_args = &R[A + 1];
                call_nargs = B;
                call_ret = (uint8_t)A;
                goto call_builtin;
            } else {
                CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;
                if ((CoilObject *)oc->ta == co && oc->epoch == vm->type_epoch && (fn = oc->fn) != NULL &&
                    fn->simple && B + 1 == fn->code->argcount) {
                    f->pc = pc;
                    CoilValue inst = interp_alloc_instance(vm, oc->ta);
                    CHECK(inst);
                    R[A] = inst; /* rooted in the caller until the frame holds it */
                    do_call_self = inst;
                    do_call_flags = FRAME_INIT;
                    goto call_push;
                }
            }
            if (0) {
            call_push:
                do_call_fn = fn;
                call_args = &R[A + 1];
                call_nargs = B;
                call_ret = (uint8_t)A;
                goto push_simple;
            }
        }
        call_callee = R[A];
        call_self = VAL_EMPTY;
        call_args = &R[A + 1];
        call_nargs = B;
        call_kw = VAL_EMPTY;
        call_ret = (uint8_t)A;
        goto do_call;
    }
    CASE(CALLKW) {
        call_callee = R[A];
        call_self = VAL_EMPTY;
        call_kw = R[A + B + 1];
        call_args = &R[A + 1];
        call_nargs = B - value_as_tuple(call_kw)->len;
        call_ret = (uint8_t)A;
        goto do_call;
    }
    CASE(CALLMETHOD) {
        call_callee = R[A];
        call_self = VAL_EMPTY;
        call_kw = VAL_EMPTY;
        call_ret = (uint8_t)A;
        if (R[A + 1] != VAL_EMPTY) {
            call_args = &R[A + 1];
            call_nargs = (size_t)B + 1;
        } else {
            call_args = &R[A + 2];
            call_nargs = B;
        }
        goto do_call;
    }
    CASE(CALLEX) {
        f->pc = pc;
        CoilValue v = iop_call_ex(vm, R[A], R[A + 1], R[A + 2]);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(RETURN) {
        CoilValue res = R[A];
        uint8_t rr = f->ret_reg;
        uint8_t fl = f->flags;
        if (fl == 0 || (fl == FRAME_INIT && res == VAL_NONE)) {
            /* The common case: back to a script caller in this loop (a
             * class's __init__ called by the class returns the instance). */
            if (fl) res = f->init_self;
            CoilFrame *caller = f->prev;
            vm->stack_top = frame_link(f)->saved_top;
            vm->seg = frame_link(f)->saved_seg;
            vm->frame = caller;
            vm->handled = f->saved_handled;
            vm->depth--;
            f = caller;
            code = f->code;
            R = frame_regs(f);
            K = code->consts;
            pc = f->pc;
            R[rr] = res;
            DISPATCH();
        }
        if (f->flags == FRAME_AWAITED && coro_inline_return(vm, f, res)) {
            /* An `await f()` or async-for __anext__ frame finishing without
             * having suspended (coro.h): as plain as the case above. */
            LOAD_FRAME();
            DISPATCH();
        }
        if (GEN_INLINE(f)) {
            /* A generator resumed by FORITER finished: the loop's exit jump. */
            frame_pop(vm, f);
            LOAD_FRAME();
            gen_inline_done(vm, (CoilGenerator *)value_as_object(R[INSTR_A(pc[-1])]), false);
            DISPATCH();
        }
        bool entry = (f->flags & FRAME_ENTRY) != 0;
        if (f->flags & FRAME_INIT) {
            if (res != VAL_NONE) {
                vm_raise(vm, vm->e_TypeError, "__init__() should return None, not '%s'", value_type_name(vm, res));
                goto error;
            }
            res = f->init_self;
        }
        if (f->flags & FRAME_AWAITED) {
            /* A coroutine awaited by the frame below: finish it there (coro.c). */
            if (coro_inline_return(vm, f, res)) {
                LOAD_FRAME();
                DISPATCH();
            }
            int r = coro_frame_return(vm, f, res);
            LOAD_FRAME();
            if (r != CORO_NEXT) goto error;
            DISPATCH();
        }
        bool oper = (f->flags & FRAME_OPERATOR) != 0;
        frame_pop(vm, f);
        if (entry) return res;
        LOAD_FRAME();
        if (oper) {
            /* Finish the caller's operator instruction, still at pc - 1
             * with its operands. */
            static const CoilCompareOp cmp_ops[6] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};
            CoilInstr oi = pc[-1];
            CoilOpcode oop = INSTR_OP(oi);
            if (oop == OP_CMPJ) {
                if (res == VAL_NOTIMPLEMENTED) {
                    res = vm_compare_rest(vm, R[INSTR_A(oi)], R[INSTR_B(oi)], cmp_ops[INSTR_C(oi) & 15]);
                    CHECK(res);
                }
                int t = res == VAL_TRUE ? 1 : res == VAL_FALSE ? 0 : vm_truthy(vm, res);
                if (t < 0) goto error;
                if ((unsigned)t != INSTR_C(oi) >> 4) pc++;
                DISPATCH();
            }
            if (res == VAL_NOTIMPLEMENTED) {
                if (oop >= OP_EQ && oop <= OP_GE) {
                    res = vm_compare_rest(vm, R[INSTR_B(oi)], R[INSTR_C(oi)], cmp_ops[oop - OP_EQ]);
                } else if (oop >= OP_ADDK && oop <= OP_MULK) { /* BINOPK: a constant right operand */
                    res = vm_binary_rest(vm, (CoilBinaryOp)(BIN_ADD + (oop - OP_ADDK)), R[INSTR_B(oi)], K[INSTR_C(oi)], false);
                } else {
                    bool inplace = oop >= OP_IADD;
                    CoilBinaryOp bop = (CoilBinaryOp)(oop - (inplace ? OP_IADD : OP_ADD));
                    CoilValue lhs = R[INSTR_B(oi)];
                    /* A number on the left: what ran was the right operand's
                     * reflected dunder (BINOP_RDUNDER), the last resort. */
                    if (value_is_small_int(lhs) || value_is_double(lhs))
                        res = vm_binary_fail(vm, bop, lhs, R[INSTR_C(oi)], inplace);
                    else
                        res = vm_binary_rest(vm, bop, lhs, R[INSTR_C(oi)], inplace);
                }
                CHECK(res);
            }
        }
        R[rr] = res;
        DISPATCH();
    }

    /* --- building values --- */
    CASE(BUILDTUPLE) {
        CoilInstr ni = *pc;
        if (INSTR_OP(ni) == OP_CALL && INSTR_B(ni) == 2 && INSTR_A(ni) + 2 == A && C > 0) {
            /* isinstance(x, (A, B, ...)): the tuple is only ever seen by
             * isinstance, so when the classes decide it here (as CALL
             * would), it is not built; the CALL and a TEST after it are
             * taken here. */
            unsigned ca = INSTR_A(ni);
            CoilValue cv = R[ca];
            if (value_is_object(cv) && value_as_object(cv)->type == vm->t_builtin_function_or_method) {
                CoilBuiltin *bf = (CoilBuiltin *)value_as_object(cv);
                if (bf->def->fn == builtin_isinstance && bf->self == VAL_EMPTY && !bf->owner) {
                    int r = interp_isinstance_items(vm, R[ca + 1], &R[B], C);
                    if (r >= 0) {
                        R[ca] = value_from_bool(r);
                        pc++;
                        CoilInstr ti = *pc;
                        if (INSTR_OP(ti) == OP_TEST && INSTR_A(ti) == ca) {
                            pc++;
                            COND_JUMP(r == (int)INSTR_B(ti));
                        }
                        DISPATCH();
                    }
                }
            }
        }
        CoilValue t = tuple_from_array(vm, &R[B], C);
        CHECK(t);
        R[A] = t;
        DISPATCH();
    }
    CASE(BUILDLIST) {
        CoilValue l = list_from_array(vm, &R[B], C);
        CHECK(l);
        R[A] = l;
        DISPATCH();
    }
    CASE(BUILDSET) {
        CoilValue s = iop_build_set(vm, &R[B], C);
        CHECK(s);
        R[A] = s;
        DISPATCH();
    }
    CASE(BUILDDICT) {
        CoilValue d = iop_build_dict(vm, &R[B], C);
        CHECK(d);
        R[A] = d;
        DISPATCH();
    }
    CASE(BUILDSLICE) {
        CoilValue s = slice_new(vm, R[B], R[B + 1], C == 3 ? R[B + 2] : VAL_NONE);
        CHECK(s);
        R[A] = s;
        DISPATCH();
    }
    CASE(BUILDSTR) {
        CoilValue s = iop_build_str(vm, &R[B], C);
        CHECK(s);
        R[A] = s;
        DISPATCH();
    }
    CASE(FORMAT) {
        CoilValue s = iop_format(vm, R[B], (C & 4) ? R[B + 1] : VAL_EMPTY, C & 3);
        CHECK(s);
        R[A] = s;
        DISPATCH();
    }
    CASE(LISTAPPEND) {
        if (!list_append(vm, value_as_list(R[A]), R[B])) goto error;
        DISPATCH();
    }
    CASE(LISTEXTEND) {
        CoilValue src = R[B];
        if (!vm_typeof(vm, src)->iter && !vm_typeof(vm, src)->getitem) {
            /* f(*x) names the callee (a CALLEX with its tuple in this register follows). */
            const CoilInstr *q = pc;
            const CoilInstr *end = code->code + code->ncode;
            CoilValue callee = VAL_EMPTY;
            for (; q < end && q < pc + 64; q++) {
                if (INSTR_OP(*q) == OP_CALLEX && INSTR_A(*q) + 1 == A) {
                    callee = R[INSTR_A(*q)];
                    break;
                }
            }
            if (callee != VAL_EMPTY) {
                char buf[256];
                vm_raise(vm, vm->e_TypeError, "%s argument after * must be an iterable, not %s",
                         iop_callable_name(vm, callee, buf, sizeof buf), value_type_name(vm, src));
            } else {
                vm_raise(vm, vm->e_TypeError, "Value after * must be an iterable, not %s", value_type_name(vm, src));
            }
            goto error;
        }
        if (!list_extend(vm, value_as_list(R[A]), src)) goto error;
        DISPATCH();
    }
    CASE(LISTTOTUPLE) {
        CoilList *l = value_as_list(R[B]);
        CoilValue t = tuple_from_array(vm, l->items, l->len);
        CHECK(t);
        R[A] = t;
        DISPATCH();
    }
    CASE(SETADD) {
        if (set_add(vm, value_as_set(R[A]), R[B]) < 0) goto error;
        DISPATCH();
    }
    CASE(SETUPDATE) {
        if (!set_update(vm, value_as_set(R[A]), R[B])) goto error;
        DISPATCH();
    }
    CASE(DICTSET) {
        if (dict_set(vm, value_as_dict(R[A]), R[B], R[C]) < 0) goto error;
        DISPATCH();
    }
    CASE(DICTUPDATE) {
        if (iop_dict_update(vm, R[A], R[B]) < 0) goto error;
        DISPATCH();
    }
    CASE(DICTMERGE) {
        CoilValue callee = R[C]; /* named for the error texts */
        if (iop_dict_merge(vm, R[A], R[B], callee) < 0) goto error;
        DISPATCH();
    }
    CASE(CLOSURE) {
        CoilValue cv = K[BX];
        ext = 0;
        CoilValue fv = function_new(vm, (CoilCode *)value_as_object(cv), f->globals);
        CHECK(fv);
        CoilFunction *fn = (CoilFunction *)value_as_object(fv);
        if (value_is_tuple(vm, R[A + 1]) && value_as_tuple(R[A + 1])->len) fn->defaults = R[A + 1];
        if (value_is_dict(vm, R[A + 2])) fn->kwdefaults = R[A + 2];
        if (value_is_tuple(vm, R[A + 3])) fn->closure = R[A + 3];
        if (value_is_dict(vm, R[A + 4])) fn->annotations = R[A + 4];
        if (fn->code->docconst >= 0) fn->doc = fn->code->consts[fn->code->docconst];
        fn->simple = fn->simple && fn->defaults == VAL_NONE;
        R[A] = fv;
        DISPATCH();
    }
    CASE(CLASS) {
        f->pc = pc;
        CoilValue cls = iop_build_class(vm, &R[A]);
        CHECK(cls);
        R[A] = cls;
        DISPATCH();
    }

    /* --- exceptions --- */
    CASE(RAISE) {
        if (B == 2) {
            if (!value_is_exception(vm, vm->handled)) {
                vm_raise(vm, vm->e_RuntimeError, "No active exception to reraise");
                goto error;
            }
            vm->exc = vm->handled;
            vm->exc_reraise = true;
            goto error;
        }
        if (B == 0 && (f->flags & FRAME_AWAITED) && coro_raise_stop_anext(vm, f, pc, R[A])) {
            /* `raise StopAsyncIteration` ending an async for: no exception object. */
            LOAD_FRAME();
            DISPATCH();
        }
        iop_raise(vm, R[A], B == 1 ? R[A + 1] : VAL_NONE, B == 1);
        goto error;
    }
    CASE(RERAISE) {
        vm->exc = R[A];
        vm->exc_reraise = true;
        goto error;
    }
    CASE(EXCMATCH) {
        int r = iop_exc_match(vm, R[B], R[C]);
        if (r < 0) goto error;
        R[A] = value_from_bool(r);
        DISPATCH();
    }
    CASE(PUSHEXC) {
        CoilValue exc = R[B];
        R[A] = vm->handled;
        vm->handled = exc;
        DISPATCH();
    }
    CASE(POPEXC) vm->handled = R[A]; DISPATCH();
    CASE(EGMATCH) {
        CoilValue rest;
        CoilValue m = excgroup_star_match(vm, R[B], R[C], &rest);
        CHECK(m);
        R[A] = m;
        R[B] = rest;
        COND_JUMP(m == VAL_NONE);
        DISPATCH();
    }
    CASE(PREPRERAISE) {
        CoilValue r = excgroup_prep_reraise(vm, R[B], R[C]);
        CHECK(r);
        R[A] = r;
        COND_JUMP(r == VAL_NONE);
        DISPATCH();
    }
    CASE(ASSERTFAIL) {
        if (B == 1) {
            CoilValue args = tuple_from_array(vm, &R[A], 1);
            CHECK(args);
            vm_raise_args(vm, vm->e_AssertionError, args);
        } else {
            vm_raise_args(vm, vm->e_AssertionError, vm->empty_tuple);
        }
        goto error;
    }

    /* --- modules --- */
    CASE(IMPORT) {
        CoilString *name = NAME(KB);
        ext = 0;
        f->pc = pc;
        CoilValue m = iop_import(vm, name, R[A], C, f->globals);
        CHECK(m);
        R[A] = m;
        DISPATCH();
    }
    CASE(IMPORTFROM) {
        CoilString *name = NAME(KC);
        ext = 0;
        CoilValue v = iop_import_from(vm, R[B], name);
        CHECK(v);
        R[A] = v;
        DISPATCH();
    }
    CASE(IMPORTSTAR) {
        if (iop_import_star(vm, R[A], frame_names(vm, f)) < 0) goto error;
        DISPATCH();
    }

    /* --- context managers --- */
    CASE(BEFOREWITH) {
        if (iop_before_with(vm, &R[A], R[B], C == 1) < 0) goto error;
        DISPATCH();
    }

    /* --- generators (coroutines: the async layer) --- */
    CASE(YIELD) {
        if (GEN_INLINE(f)) {
            /* Back to the FORITER that resumed it (at pc - 1 in the caller);
             * tested first: an inline generator is never an async one. */
            CoilValue v = R[A];
            f->pc = pc;
            f->resume_reg = (uint8_t)A;
            f->gen_handled = vm->handled != f->saved_handled ? vm->handled : VAL_NONE;
            frame_pop(vm, f);
            f->flags = FRAME_ENTRY | FRAME_GENERATOR;
            LOAD_FRAME();
            CoilInstr fi = pc[-1];
            ((CoilGenerator *)value_as_object(R[INSTR_A(fi)]))->state = GEN_SUSPENDED;
            R[INSTR_B(fi)] = v;
            pc++;
            DISPATCH();
        }
        if (code->flags & PROTO_ASYNC_GENERATOR) {
            /* Yield to the consumer of an async generator (coro.c). */
            f->pc = pc;
            if (coro_agen_yield_fast(vm, f, (uint8_t)A)) {
                LOAD_FRAME();
                DISPATCH();
            }
            CoilValue out;
            int r = coro_op_yield(vm, f, i, &out);
            if (r == CORO_SUSPEND) return out;
            LOAD_FRAME();
            if (r != CORO_NEXT) goto error;
            DISPATCH();
        }
        CoilValue v = R[A];
        f->pc = pc;
        f->resume_reg = (uint8_t)A;
        f->gen_handled = vm->handled != f->saved_handled ? vm->handled : VAL_NONE;
        CoilGenSink *sink = vm->gen_sink;
        if (sink && sink->frame == f && sink->fold(sink, v)) {
            /* Taken by the C consumer: carry on as resumed by next(). */
            R[A] = VAL_NONE;
            CHECK_POINT();
            DISPATCH();
        }
        /* Suspend: the generator owns the frame; unlink it and leave. */
        f->flags |= FRAME_YIELDED;
        frame_pop(vm, f);
        return v;
    }
    CASE(YIELDFROM) {
        CoilValue sub, v, sent = VAL_NONE;
        if (f->flags & FRAME_YF_ACTIVE) {
            sub = f->yf_iter;
            sent = R[A];
            f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        } else {
            sub = vm_iter(vm, R[B]);
            CHECK(sub);
            f->yf_iter = sub;
        }
        CoilGenStatus st;
        if (value_is_generator(vm, sub)) {
            v = gen_resume(vm, sub, sent, &st);
        } else if (sent == VAL_NONE) {
            vm->stop_value = VAL_NONE;
            v = vm_next(vm, sub);
            st = value_is_error(v) ? GEN_ERROR : v == VAL_EMPTY ? GEN_RETURNED : GEN_YIELDED;
            if (v == VAL_EMPTY) {
                v = vm->stop_value;
                vm->stop_value = VAL_NONE;
            }
        } else {
            CoilString *send = str_intern_cstr(vm, "send");
            v = send ? vm_call_method(vm, sub, send, &sent, 1) : VAL_ERROR;
            st = GEN_YIELDED;
            if (value_is_error(v)) {
                st = GEN_ERROR;
                if (vm_exception_matches(vm, vm->e_StopIteration)) {
                    v = value_as_exc(vm_take_exception(vm))->value;
                    st = GEN_RETURNED;
                }
            }
        }
        if (st == GEN_ERROR) {
            f->yf_iter = VAL_NONE;
            goto error;
        }
        if (st == GEN_RETURNED) {
            f->yf_iter = VAL_NONE;
            R[A] = v;
            DISPATCH();
        }
        /* Pass the value up; resuming re-enters this instruction. */
        f->pc = pc - 1;
        f->resume_reg = (uint8_t)A;
        f->flags |= FRAME_YF_ACTIVE | FRAME_YIELDED;
        f->gen_handled = vm->handled != f->saved_handled ? vm->handled : VAL_NONE;
        frame_pop(vm, f);
        return v;
    }
    /* --- coroutines: the await machinery lives in coro.c --- */
#define CORO_RESULT(r, out)                                     \
    do {                                                        \
        switch (r) {                                            \
        case CORO_NEXT:                                         \
        case CORO_ENTER: LOAD_FRAME(); DISPATCH();              \
        case CORO_SUSPEND: return out;                          \
        default: LOAD_FRAME(); goto error;                      \
        }                                                       \
    } while (0)
    CASE(AWAIT) {
        f->pc = pc;
        CoilValue out = VAL_NONE;
        int r = coro_op_await(vm, f, i, &out);
        CORO_RESULT(r, out);
    }
    CASE(GETAITER) {
        CoilValue v = coro_op_aiter(vm, R[B]);
        CHECK(v);
        if (C) loop_claims(vm, f, pc, v, R[B]);
        R[A] = v;
        DISPATCH();
    }
    CASE(CLOSEITER) {
        f->pc = pc;
        gen_close_owned(vm, R[A]);
        DISPATCH();
    }
    CASE(ASYNCFORITER) {
        f->pc = pc;
        if (!(f->flags & FRAME_YF_ACTIVE) && value_is_async_generator(vm, R[A]) &&
            coro_agen_link_fast(vm, f, R[A], (uint8_t)B)) {
            LOAD_FRAME();
            DISPATCH();
        }
        if (!(f->flags & FRAME_YF_ACTIVE) &&
            coro_anext_push_fast(vm, f, &code_cache_at(code, pc - 1)->o, R[A], (uint8_t)B)) {
            LOAD_FRAME();
            DISPATCH();
        }
        CoilValue out = VAL_NONE;
        int r = coro_op_anext(vm, f, i, &out);
        CORO_RESULT(r, out);
    }

    /* --- the match statement (vm/match.c); each is followed by its fail JUMP --- */
    CASE(MATCHSEQ) {
        f->pc = pc;
        int r = match_is_sequence(vm, R[A]);
        if (r < 0) goto error;
        COND_JUMP(!r);
        DISPATCH();
    }
    CASE(MATCHMAP) {
        f->pc = pc;
        int r = match_is_mapping(vm, R[A]);
        if (r < 0) goto error;
        COND_JUMP(!r);
        DISPATCH();
    }
    CASE(MATCHLEN) {
        f->pc = pc;
        int64_t n;
        if (vm_len(vm, R[A], &n) < 0) goto error;
        COND_JUMP(C ? n < (int64_t)B : n != (int64_t)B);
        DISPATCH();
    }
    CASE(GETLEN) {
        f->pc = pc;
        int64_t n;
        if (vm_len(vm, R[B], &n) < 0) goto error;
        CoilValue v = int_from_i64(vm, n);
        if (value_is_error(v)) goto error;
        R[A] = v;
        DISPATCH();
    }
    CASE(MATCHKEYS) {
        f->pc = pc;
        CoilValue v = match_keys(vm, R[B], R[C]);
        if (value_is_error(v)) goto error;
        if (v != VAL_EMPTY) R[A] = v;
        COND_JUMP(v == VAL_EMPTY);
        DISPATCH();
    }
    CASE(MATCHCLASS) {
        f->pc = pc;
        CoilValue v = match_class(vm, R[B], R[B + 1], R[B + 2], (int)C);
        if (value_is_error(v)) goto error;
        if (v != VAL_EMPTY) R[A] = v;
        COND_JUMP(v == VAL_EMPTY);
        DISPATCH();
    }

#ifndef INTERP_COMPUTED_GOTO
    default:
        vm_raise(vm, vm->e_SystemError, "unknown opcode %d", (int)INSTR_OP(i));
        goto error;
    }
#endif

/* GETATTR past its inline-attribute hit: fill the cache if it missed, then
 * the other cached kinds, else the generic protocol. */
getattr_cached : {
    CoilString *name = NAME(KC);
    CoilValue obj = R[B];
    ext = 0;
    if (value_is_object(obj)) {
        CoilObject *o = value_as_object(obj);
        CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
        if (ac->type != o->type || ac->epoch != vm->type_epoch) attrcache_fill_get(vm, ac, o->type, name);
        if (ac->type == o->type) {
            if (ac->kind == AC_GET_DICT) {
                CoilValue *slot = ac->offset ? ac_get_slot(vm, ac, o, name) : NULL;
                if (slot) {
                    R[A] = *slot;
                    DISPATCH();
                }
                if (ac->fallback == AC_FB_VALUE) {
                    R[A] = ac->attr;
                    DISPATCH();
                }
                if (ac->fallback == AC_FB_BIND) {
                    CoilValue m = method_new(vm, ac->attr, obj);
                    CHECK(m);
                    R[A] = m;
                    DISPATCH();
                }
            } else if (ac->kind == AC_GET_FGET) {
                /* A property getter written in Python runs as a frame of
                 * this loop, its result landing in R[A]. */
                call_callee = ((CoilWrapper *)value_as_object(ac->attr))->func;
                call_self = VAL_EMPTY;
                call_args = &R[B];
                call_nargs = 1;
                call_kw = VAL_EMPTY;
                call_ret = (uint8_t)A;
                goto do_call;
            }
        }
    }
    CoilValue v = vm_getattr(vm, obj, name);
    CHECK(v);
    R[A] = v;
    DISPATCH();
}

/* SETATTR past its inline-attribute hit. */
setattr_cached : {
    CoilString *name = NAME(KB);
    CoilValue obj = R[A];
    ext = 0;
    if (value_is_object(obj)) {
        CoilObject *o = value_as_object(obj);
        CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
        if (ac->type != o->type || ac->epoch != vm->type_epoch) attrcache_fill_set(vm, ac, o->type, name);
        if (ac->type == o->type && ac->kind == AC_SET_DICT) {
            if (ac_set(vm, ac, o, name, R[C]) < 0) goto error;
            DISPATCH();
        }
    }
    if (vm_setattr(vm, obj, name, R[C]) < 0) goto error;
    DISPATCH();
}

/* GETMETHOD past its inline-attribute hit. */
getmethod_cached : {
    CoilValue obj = R[B];
    CoilString *name = NAME(KC);
    ext = 0;
    if (value_is_object(obj)) {
        CoilObject *o = value_as_object(obj);
        CoilAttrCache *ac = &code_cache_at(code, pc - 1)->a;
        if (ac->type != o->type || ac->epoch != vm->type_epoch) attrcache_fill_method(vm, ac, o->type, name);
        if (ac->type == o->type) {
            if (!ac->offset || ac_lacks(vm, ac, o, name)) {
                R[A + 1] = obj;
                R[A] = ac->attr;
                DISPATCH();
            }
        }
    }
    CoilValue v = vm_getattr(vm, obj, name);
    CHECK(v);
    R[A] = v;
    R[A + 1] = VAL_EMPTY;
    DISPATCH();
}

do_call : {
    CoilValue callee = call_callee;
    CoilFunction *fn = NULL;
    CoilValue self = call_self;
    if (value_is_object(callee)) {
        CoilObject *co = value_as_object(callee);
        if (co->type == vm->t_function) {
            fn = (CoilFunction *)co;
        } else if (co->type == vm->t_method) {
            CoilMethod *m = (CoilMethod *)co;
            if (value_is_type(m->func, vm->t_function)) {
                fn = (CoilFunction *)value_as_object(m->func);
                self = m->self;
            }
        } else if (co->type == vm->t_builtin_function_or_method || co->type == vm->t_method_descriptor) {
            if (self == VAL_EMPTY && call_kw == VAL_EMPTY) goto call_builtin;
        } else if (co == &vm->t_type->obj && call_nargs == 1 && self == VAL_EMPTY && call_kw == VAL_EMPTY) {
            /* type(x): nothing to call. */
            R[call_ret] = value_from_object(vm_typeof(vm, call_args[0]));
            DISPATCH();
        }
    }
    /* The hot path: plain positional call (self, if any, goes first). */
    if (fn && fn->simple && call_kw == VAL_EMPTY && call_nargs + (self != VAL_EMPTY) == fn->code->argcount) {
        do_call_fn = fn;
        do_call_self = self;
        do_call_flags = 0;
        goto push_simple;
    }
    if (!fn && self == VAL_EMPTY && value_is_object(callee) &&
        (value_as_object(callee)->type->flags & TYPE_TYPE_SUBCLASS) &&
        value_as_object(callee)->type->call == vm->t_type->call) { /* no metaclass __call__ */
        /* Instantiating a class whose __init__ is a script function: push
         * the __init__ frame here (FRAME_INIT returns the instance). */
        CoilType *cls = (CoilType *)value_as_object(callee);
        if (cls->init == class_slot_init && cls->new_ == vm->t_object->new_) {
            CoilValue init;
            if (INSTR_OP(pc[-1]) == OP_CALL) {
                /* CALL's cache remembers the class's __init__. */
                CoilOpCache *oc = &code_cache_at(code, pc - 1)->o;
                if (oc->ta != cls || oc->epoch != vm->type_epoch) {
                    CoilValue fv = type_lookup(vm, cls, vm->names.__init__);
                    oc->fn = value_is_type(fv, vm->t_function) ? (CoilFunction *)value_as_object(fv) : NULL;
                    oc->ta = cls;
                    oc->epoch = vm->type_epoch;
                }
                init = oc->fn ? value_from_object(oc->fn) : VAL_NONE;
            } else {
                init = type_lookup(vm, cls, vm->names.__init__);
            }
            if (value_is_type(init, vm->t_function) &&
                !(((CoilFunction *)value_as_object(init))->code->flags &
                  (PROTO_GENERATOR | PROTO_COROUTINE | PROTO_ASYNC_GENERATOR))) {
                CoilFunction *ifn = (CoilFunction *)value_as_object(init);
                f->pc = pc;
                CoilValue inst = interp_alloc_instance(vm, cls);
                CHECK(inst);
                R[call_ret] = inst; /* rooted in the caller until the frame holds it */
                if (ifn->simple && call_kw == VAL_EMPTY && call_nargs + 1 == ifn->code->argcount) {
                    do_call_fn = ifn;
                    do_call_self = inst;
                    do_call_flags = FRAME_INIT;
                    goto push_simple;
                }
                CoilFrame *nf = frame_push(vm, ifn->code);
                if (!nf) goto error;
                nf->globals = ifn->globals;
                nf->ret_reg = call_ret;
                nf->flags = FRAME_INIT;
                nf->init_self = inst;
                if (frame_bind_args(vm, nf, ifn, inst, call_args, call_nargs, call_kw) < 0) {
                    frame_pop(vm, nf);
                    goto error;
                }
                LOAD_FRAME();
                CHECK_POINT();
                DISPATCH();
            }
        }
    }
    if (fn && !(fn->code->flags & (PROTO_GENERATOR | PROTO_COROUTINE | PROTO_ASYNC_GENERATOR))) {
        f->pc = pc;
        CoilFrame *nf = frame_push(vm, fn->code);
        if (!nf) goto error;
        nf->globals = fn->globals;
        nf->ret_reg = call_ret;
        if (frame_bind_args(vm, nf, fn, self, call_args, call_nargs, call_kw) < 0) {
            frame_pop(vm, nf);
            goto error;
        }
        LOAD_FRAME();
        CHECK_POINT();
        DISPATCH();
    }
    if (fn && (fn->code->flags & (PROTO_COROUTINE | PROTO_ASYNC_GENERATOR)) == PROTO_COROUTINE &&
        INSTR_OP(*pc) == OP_AWAIT && INSTR_B(*pc) == call_ret) {
        /* `await f(...)` of an async def: run it as a plain frame awaited by
         * this one; a coroutine object is built only if it suspends (coro.c). */
        f->pc = pc + 1;
        if (coro_push_awaited(vm, f, fn, self, call_args, call_nargs, call_kw, (uint8_t)INSTR_A(*pc)) < 0) {
            f->pc = pc;
            goto error;
        }
        LOAD_FRAME();
        CHECK_POINT();
        DISPATCH();
    }
    f->pc = pc;
    CoilValue v = vm_call(vm, callee, call_args, call_nargs, call_kw);
    CHECK(v);
    R[call_ret] = v;
    DISPATCH();
}

/* A built-in function (len, isinstance, ...) called with positional
 * arguments only: straight to its C function, as builtin_call would after
 * its checks; isinstance/issubclass of plain classes need no call at all. */
call_builtin : {
    CoilBuiltin *bf = (CoilBuiltin *)value_as_object(call_callee);
    f->pc = pc;
    if (bf->self == VAL_EMPTY && !bf->owner) {
        CoilNativeFn cf = bf->def->fn;
        if (call_nargs == 2) {
            int r = -1;
            if (cf == builtin_isinstance) {
                r = interp_isinstance(vm, call_args[0], call_args[1]);
            } else if (cf == builtin_issubclass) {
                CoilValue a = call_args[0], b = call_args[1];
                if (value_is_object(a) && (value_as_object(a)->type->flags & TYPE_TYPE_SUBCLASS) &&
                    value_is_object(b) && value_as_object(b)->type == vm->t_type)
                    r = interp_subtype((CoilType *)value_as_object(a), (CoilType *)value_as_object(b));
            }
            if (r >= 0) {
                /* An `if` TEST on the result just after is taken here too. */
                R[call_ret] = value_from_bool(r);
                CoilInstr ni = *pc;
                if (INSTR_OP(ni) == OP_TEST && INSTR_A(ni) == call_ret) {
                    pc++;
                    COND_JUMP(r == (int)INSTR_B(ni));
                }
                DISPATCH();
            }
        }
        /* vm_enter_recursion's depth test; the C stack needs none here (run
         * checked it on entry, and a builtin re-entering the loop goes through run). */
        /* (no suffix: CPython's fast-call builtins report a plain "maximum
         * recursion depth exceeded") */
        if (vm_enter_recursion(vm, "") < 0) goto error;
        CoilValue v = cf(vm, call_args, call_nargs, VAL_EMPTY);
        vm_leave_recursion(vm);
        CHECK(v);
        R[call_ret] = v;
        DISPATCH();
    }
    if (bf->self == VAL_EMPTY && bf->owner && !(bf->def->flags & (METH_CLASS | METH_STATIC)) && call_nargs) {
        CoilType *st = vm_typeof(vm, call_args[0]);
        if (st != bf->owner && !type_is_subtype(st, bf->owner)) goto call_generic;
        /* A method of a built-in type called on an instance (`q.append(x)`
         * after GETMETHOD): builtin_call's checks hold, call it directly.
         * The depth test of vm_enter_recursion (which raises). */
        if (vm->depth >= vm->recursion_limit) {
            vm_enter_recursion(vm, " while calling a Python object");
            goto error;
        }
        vm->depth++;
        CoilValue v = bf->def->fn(vm, call_args, call_nargs, VAL_EMPTY);
        vm->depth--;
        CHECK(v);
        R[call_ret] = v;
        DISPATCH();
    }
call_generic:;
    CoilValue v = vm_call(vm, call_callee, call_args, call_nargs, call_kw);
    CHECK(v);
    R[call_ret] = v;
    DISPATCH();
}

/* Pushes a frame for fn (simple: positional parameters only, nothing to
 * bind but copying) with self (if not VAL_EMPTY) and call_args, flags
 * push_flags; FRAME_INIT frames return self. */
push_simple : {
    CoilFunction *fn = do_call_fn;
    CoilValue self = do_call_self;
    CoilCode *nc = fn->code;
    size_t need = FRAME_LINK_VALUES + FRAME_HEADER_VALUES + nc->nregs;
    CoilValue *top = vm->stack_top;
    CoilFrame *nf;
    f->pc = pc;
    if (vm->depth < vm->recursion_limit && (size_t)(vm->seg->data + vm->seg->cap - top) >= need + 8) {
        nf = (CoilFrame *)(void *)(top + FRAME_LINK_VALUES);
        CoilValue *regs = frame_regs(nf);
        nf->prev = f;
        nf->code = nc;
        nf->pc = nc->code;
        nf->locals = VAL_EMPTY; /* and yf_iter; init_self is set below */
        nf->saved_handled = vm->handled;
        frame_link(nf)->saved_top = top;
        frame_link(nf)->saved_seg = vm->seg;
        nf->resume_reg = 0;
        nf->parked = 0;
        /* Every register unbound (the collector scans them all): the first
         * eight with straight stores -- the check above left room past the
         * frame -- then the rest; the arguments overwrite theirs below. */
        for (size_t k = 0; k < 8; k++) regs[k] = VAL_EMPTY;
        for (size_t k = 8; k < nc->nregs; k++) regs[k] = VAL_EMPTY;
        vm->stack_top = top + need;
        vm->frame = nf;
        vm->depth++;
    } else {
        /* A new stack segment, or the RecursionError. */
        nf = frame_push(vm, nc);
        if (!nf) goto error;
    }
    nf->globals = fn->globals;
    nf->ret_reg = call_ret;
    nf->flags = do_call_flags;
    nf->init_self = self;
    CoilValue *r = frame_regs(nf);
    if (self != VAL_EMPTY) *r++ = self;
    switch (call_nargs) { /* mostly one to three arguments: straight copies */
    case 3: r[2] = call_args[2]; /* fall through */
    case 2: r[1] = call_args[1]; /* fall through */
    case 1: r[0] = call_args[0]; /* fall through */
    case 0: break;
    default:
        for (size_t k = 0; k < call_nargs; k++) r[k] = call_args[k];
    }
    if (nc->nfreevars) {
        /* A closure: its cells go to their registers (as frame_bind_args does). */
        const CoilValue *cells = value_as_tuple(fn->closure)->items;
        for (size_t k = 0; k < nc->nfreevars; k++) frame_regs(nf)[nc->freeregs[k]] = cells[k];
    }
    f = nf;
    code = nc;
    R = frame_regs(nf);
    K = nc->consts;
    pc = nc->code;
    CHECK_POINT();
    DISPATCH();
}

error : {
    size_t off = (size_t)(pc - code->code) - 1;
    ext = 0;
    if (vm->exc == VAL_EMPTY) vm_raise(vm, vm->e_SystemError, "error return without exception set");
    if (vm->exc_reraise) vm->exc_reraise = false;
    else exc_add_traceback(vm, code, off, f->globals);
    const CoilExcEntry *h = vm->exc_uncatchable ? NULL : find_handler(code, (uint32_t)off);
    if (h) {
        R[h->reg] = vm_take_exception(vm);
        pc = code->code + h->handler;
        DISPATCH();
    }
    if (GEN_INLINE(f)) {
        /* A generator resumed by FORITER raised: close it, then unwind the
         * caller from its FORITER. */
        frame_pop(vm, f);
        LOAD_FRAME();
        gen_inline_done(vm, (CoilGenerator *)value_as_object(R[INSTR_A(pc[-1])]), true);
        goto error;
    }
    if (f->flags & FRAME_AWAITED) {
        /* Leaving an awaited coroutine: its awaiter may absorb the exception
         * (StopAsyncIteration ending an async for). */
        int r = coro_frame_unwind(vm, f);
        LOAD_FRAME();
        if (r == CORO_NEXT) DISPATCH();
        goto error;
    }
    bool entry = (f->flags & FRAME_ENTRY) != 0;
    frame_pop(vm, f);
    if (entry) return VAL_ERROR;
    LOAD_FRAME();
    goto error;
}
}

/* --- entry points from C ------------------------------------------------------------------ */

CoilValue interp_resume(CoilVM *vm, bool throwing) { return run(vm, throwing); }

CoilValue interp_call_function(CoilVM *vm, CoilFunction *fn, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    uint32_t kind = fn->code->flags & (PROTO_GENERATOR | PROTO_COROUTINE | PROTO_ASYNC_GENERATOR);
    if (kind) {
        CoilType *t = kind & PROTO_ASYNC_GENERATOR ? vm->t_async_generator
                    : kind & PROTO_COROUTINE       ? vm->t_coroutine
                                                   : vm->t_generator;
        return gen_new(vm, t, fn, args, nargs, kwnames);
    }
    CoilFrame *f = frame_push(vm, fn->code);
    if (!f) return VAL_ERROR;
    f->globals = fn->globals;
    f->flags = FRAME_ENTRY;
    if (frame_bind_args(vm, f, fn, VAL_EMPTY, args, nargs, kwnames) < 0) {
        frame_pop(vm, f);
        return VAL_ERROR;
    }
    return run(vm, false);
}

CoilValue interp_run_module(CoilVM *vm, CoilCode *code, CoilValue globals)
{
    CoilFrame *f = frame_push(vm, code);
    if (!f) return VAL_ERROR;
    f->globals = globals;
    f->locals = globals;
    f->flags = FRAME_ENTRY;
    return run(vm, false);
}

CoilValue interp_run_code(CoilVM *vm, CoilCode *code, CoilValue globals, CoilValue locals)
{
    CoilFrame *f = frame_push(vm, code);
    if (!f) return VAL_ERROR;
    f->globals = globals;
    f->locals = locals;
    f->flags = FRAME_ENTRY;
    return run(vm, false);
}

CoilValue interp_run_class_body(CoilVM *vm, CoilFunction *fn, CoilValue ns)
{
    CoilFrame *f = frame_push(vm, fn->code);
    if (!f) return VAL_ERROR;
    f->globals = fn->globals;
    f->locals = ns;
    f->flags = FRAME_ENTRY | FRAME_CLASS_BODY;
    if (frame_bind_args(vm, f, fn, VAL_EMPTY, NULL, 0, VAL_EMPTY) < 0) {
        frame_pop(vm, f);
        return VAL_ERROR;
    }
    return run(vm, false);
}
