/* aqueue.c — native pieces of asyncio's queues and locks: a ring-buffer
 * deque (collections.deque's API as asyncio uses it: append/popleft/remove
 * from either end in O(1), iteration that detects mutation), and the
 * synchronous methods of asyncio.Queue and asyncio.Event (qsize, empty,
 * full, put_nowait, get_nowait, _wakeup_next; set, clear, is_set), which
 * stdlib/asyncio/queues.py and locks.py install over CPython's Python code.
 * They keep that code's exact semantics, attribute by attribute, and call
 * a subclass's _put/_get/_init overrides. */
#include <string.h>

#include "vm/aio.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct CoilDeque {
    CoilObject obj;
    CoilValue *items; /* ring buffer */
    size_t head, len, cap;
    uint64_t stamp;   /* changes with every mutation (iterators check it) */
    size_t parked;    /* entries that are parked Event.wait() objects (below) */
} CoilDeque;

/* Before script code looks at a deque's entries: parked waits become the
 * futures they stand for (0, or -1 with MemoryError). */
static int dq_observe(CoilVM *vm, CoilValue dv);

typedef struct CoilDequeIter {
    CoilObject obj;
    CoilValue deque;
    size_t index;
    uint64_t stamp;
} CoilDequeIter;

#define DQ(v) ((CoilDeque *)value_as_object(v))

static CoilValue *dq_at(CoilDeque *d, size_t k) { return &d->items[(d->head + k) % d->cap]; }

static bool dq_grow(CoilVM *vm, CoilDeque *d)
{
    size_t cap = d->cap ? d->cap * 2 : 8;
    CoilValue *n = vm_mem_alloc(vm, cap * sizeof *n);
    if (!n) return false;
    for (size_t k = 0; k < d->len; k++) n[k] = *dq_at(d, k);
    if (d->items) vm_mem_free(vm, d->items, d->cap * sizeof *d->items);
    d->items = n;
    d->cap = cap;
    d->head = 0;
    return true;
}

static bool dq_push(CoilVM *vm, CoilValue dv, CoilValue v, bool left)
{
    CoilDeque *d = DQ(dv);
    if (d->len == d->cap) {
        GC_ROOT(vm, v);
        bool ok = dq_grow(vm, d);
        GC_UNROOT(vm, 1);
        if (!ok) return false;
    }
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
        d->items[d->head] = v;
    } else {
        *dq_at(d, d->len) = v;
    }
    d->len++;
    d->stamp++;
    return true;
}

static CoilValue dq_pop(CoilVM *vm, CoilDeque *d, bool left)
{
    if (!d->len) return vm_raise(vm, vm->e_IndexError, "pop from an empty deque");
    CoilValue v;
    if (left) {
        v = d->items[d->head];
        d->head = (d->head + 1) % d->cap;
    } else {
        v = *dq_at(d, d->len - 1);
    }
    d->len--;
    d->stamp++;
    return v;
}

/* Removes item k, shifting the shorter side. */
static void dq_delete(CoilDeque *d, size_t k)
{
    if (k < d->len / 2) {
        for (size_t j = k; j > 0; j--) *dq_at(d, j) = *dq_at(d, j - 1);
        d->head = (d->head + 1) % d->cap;
    } else {
        for (size_t j = k; j + 1 < d->len; j++) *dq_at(d, j) = *dq_at(d, j + 1);
    }
    d->len--;
    d->stamp++;
}

static void dq_trace(CoilVM *vm, CoilObject *o)
{
    CoilDeque *d = (CoilDeque *)o;
    for (size_t k = 0; k < d->len; k++) gc_mark_value(vm, *dq_at(d, k));
}

static void dq_finalize(CoilVM *vm, CoilObject *o)
{
    CoilDeque *d = (CoilDeque *)o;
    if (d->items) vm_mem_free(vm, d->items, d->cap * sizeof *d->items);
    d->items = NULL;
    d->cap = d->len = 0;
}

static CoilValue dq_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "deque", kw) < 0 || args_count(vm, "deque", nargs, 0, 1) < 0) return VAL_ERROR;
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilDeque *d = gc_alloc_object(vm, t, sizeof(CoilDeque));
    if (!d) return VAL_ERROR;
    CoilValue dv = value_from_object(d);
    if (nargs == 1) {
        GC_ROOT(vm, dv);
        CoilValue it = vm_iter(vm, args[0]);
        if (value_is_error(it)) return GC_UNROOT(vm, 1), it;
        GC_ROOT(vm, it);
        for (;;) {
            CoilValue v = vm_next(vm, it);
            if (v == VAL_EMPTY) break;
            if (value_is_error(v) || !dq_push(vm, dv, v, false)) return GC_UNROOT(vm, 2), VAL_ERROR;
        }
        GC_UNROOT(vm, 2);
    }
    return dv;
}

static CoilValue dq_init_slot(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)vm;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return VAL_NONE;
}

static CoilValue m_append(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "append", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return dq_push(vm, args[0], args[1], false) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_appendleft(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "appendleft", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return dq_push(vm, args[0], args[1], true) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_pop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "pop", nargs - 1, 0, 0) < 0 || dq_observe(vm, args[0]) < 0) return VAL_ERROR;
    return dq_pop(vm, DQ(args[0]), false);
}

static CoilValue m_popleft(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "popleft", nargs - 1, 0, 0) < 0 || dq_observe(vm, args[0]) < 0) return VAL_ERROR;
    return dq_pop(vm, DQ(args[0]), true);
}

/* The index of the first item equal to v, -1 if none, -2 on error. */
static int64_t dq_find(CoilVM *vm, CoilValue dv, CoilValue v)
{
    if (dq_observe(vm, dv) < 0) return -2;
    CoilDeque *d = DQ(dv);
    uint64_t stamp = d->stamp;
    for (size_t k = 0; k < d->len; k++) {
        CoilValue it = *dq_at(d, k);
        if (it == v) return (int64_t)k;
        int eq = vm_equal(vm, it, v);
        if (eq < 0) return -2;
        if (d->stamp != stamp) {
            vm_raise(vm, vm->e_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (eq) return (int64_t)k;
    }
    return -1;
}

static CoilValue m_remove(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "remove", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t k = dq_find(vm, args[0], args[1]);
    if (k == -2) return VAL_ERROR;
    if (k < 0) return vm_raise(vm, vm->e_ValueError, "deque.remove(x): x not in deque");
    dq_delete(DQ(args[0]), (size_t)k);
    return VAL_NONE;
}

static CoilValue m_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "clear", nargs - 1, 0, 0) < 0 || dq_observe(vm, args[0]) < 0) return VAL_ERROR;
    CoilDeque *d = DQ(args[0]);
    d->len = d->head = 0;
    d->stamp++;
    return VAL_NONE;
}

static const CoilMethodDef dq_methods[] = {{"append", m_append, 0},   {"appendleft", m_appendleft, 0},
                                           {"pop", m_pop, 0},         {"popleft", m_popleft, 0},
                                           {"remove", m_remove, 0},   {"clear", m_clear, 0},
                                           {NULL, NULL, 0}};

static int dq_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)DQ(self)->len;
    return 0;
}

static int dq_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return DQ(self)->len != 0;
}

static int dq_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    int64_t k = dq_find(vm, self, item);
    return k == -2 ? -1 : k >= 0;
}

static CoilValue dq_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    int64_t k;
    if (vm_index(vm, key, &k) < 0 || dq_observe(vm, self) < 0) return VAL_ERROR;
    CoilDeque *d = DQ(self);
    if (k < 0) k += (int64_t)d->len;
    if (k < 0 || k >= (int64_t)d->len) return vm_raise(vm, vm->e_IndexError, "deque index out of range");
    return *dq_at(d, (size_t)k);
}

static CoilValue dq_repr(CoilVM *vm, CoilValue self)
{
    if (dq_observe(vm, self) < 0) return VAL_ERROR;
    CoilDeque *d = DQ(self);
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "[...]");
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_append_str(&b, "deque([");
    for (size_t k = 0; ok && k < d->len; k++) {
        CoilValue s = vm_repr(vm, *dq_at(d, k));
        ok = !value_is_error(s) && (k == 0 || buf_append_str(&b, ", ")) &&
             buf_append(&b, value_as_str(s)->data, value_as_str(s)->len);
    }
    ok = ok && buf_append_str(&b, "])");
    vm_repr_leave(vm, self);
    CoilValue s = ok ? str_new(vm, buf_cstr(&b), b.len) : VAL_ERROR;
    buf_free(&b);
    if (value_is_error(s) && !vm_has_exception(vm)) vm_raise_nomem(vm);
    return s;
}

static CoilType *deque_iter_type(CoilVM *vm)
{
    CoilValue t = dict_get_cstr(vm, value_as_dict(module_dict(vm->async->module)), "_deque_iterator");
    return value_is_object(t) ? (CoilType *)value_as_object(t) : NULL;
}

static CoilValue dq_iter(CoilVM *vm, CoilValue self)
{
    CoilType *t = deque_iter_type(vm);
    if (!t) return vm_raise(vm, vm->e_TypeError, "deque iterator unavailable");
    if (dq_observe(vm, self) < 0) return VAL_ERROR;
    GC_ROOT(vm, self);
    CoilDequeIter *it = gc_alloc_object(vm, t, sizeof(CoilDequeIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->deque = self;
    it->index = 0;
    it->stamp = DQ(self)->stamp;
    return value_from_object(it);
}

static CoilValue dqi_next(CoilVM *vm, CoilValue self)
{
    CoilDequeIter *it = (CoilDequeIter *)value_as_object(self);
    if (it->deque == VAL_NONE) return VAL_EMPTY;
    CoilDeque *d = DQ(it->deque);
    if (d->stamp != it->stamp) {
        it->deque = VAL_NONE;
        return vm_raise(vm, vm->e_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        it->deque = VAL_NONE;
        return VAL_EMPTY;
    }
    return *dq_at(d, it->index++);
}

static void dqi_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilDequeIter *)o)->deque); }

static CoilValue self_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

/* --- Queue and Event fast paths ------------------------------------------------------------- */

/* An attribute of a (Python-level) instance, from its dict: VAL_EMPTY if absent. */
#define NAME(n) (vm->async->names[AN_##n])

#if defined(__GNUC__) || defined(__clang__)
#define AQ_INLINE static inline __attribute__((always_inline))
#else
#define AQ_INLINE static inline
#endif

/* Where the instance attribute AN_n of self is stored (its inline value or
 * its instance-dict entry), or NULL: tries the position the name had last
 * time first, as the attribute caches do. */
AQ_INLINE CoilValue *inst_slot(CoilVM *vm, CoilValue self, int n)
{
    if (!value_is_object(self)) return NULL;
    CoilObject *o = value_as_object(self);
    uint32_t off = o->type->dict_offset;
    if (!off) return NULL;
    CoilValue dv = off == TYPE_DICT_AT_END ? *object_dict_slot(o) : *(CoilValue *)(void *)((char *)o + off);
    CoilString *name = vm->async->names[n];
    uint32_t h = vm->async->name_hint[n];
    if (inst_is_inline(dv)) { /* type.h: attributes kept inline, in the class's key order */
        if (h < inst_inline_n(dv) && o->type->ikeys[h] == name) return &inst_inline_vals(o)[h];
        CoilValue *p = instance_inline_find(o, dv, name);
        if (p) vm->async->name_hint[n] = (uint32_t)(p - inst_inline_vals(o));
        return p;
    }
    if (!value_is_object(dv)) return NULL;
    CoilDict *d = value_as_dict(dv);
    if (h < d->nentries && d->entries[h].key == value_from_object(name)) return &d->entries[h].value;
    int64_t ix = dict_find_str(vm, d, name);
    if (ix < 0) return NULL;
    vm->async->name_hint[n] = (uint32_t)ix;
    return &d->entries[ix].value;
}

/* self.<AN_n>: the instance dict first (these attributes live there),
 * else the full lookup. */
AQ_INLINE CoilValue get_attr_n(CoilVM *vm, CoilValue self, int n)
{
    CoilValue *slot = inst_slot(vm, self, n);
    if (slot) return *slot;
    return vm_getattr(vm, self, vm->async->names[n]);
}
#define get_attr(vm, self, nm) get_attr_n(vm, self, AN_##nm)

static int set_attr(CoilVM *vm, CoilValue self, CoilString *name, CoilValue v)
{
    return vm_setattr(vm, self, name, v);
}

/* What the type info records (CoilAqTypeInfo.flags). */
enum {
    AQ_NATIVE_QSIZE = 1,  /* Queue: qsize, _put, _get are the native defaults */
    AQ_NATIVE_PUT = 2,
    AQ_NATIVE_GET = 4,
    AQ_PLAIN_SET = 8,     /* setting _unfinished_tasks (Queue) / _value (Event) is a plain
                             instance-dict store: object's __setattr__, no data descriptor */
    AQ_NATIVE_CLEAR = 16, /* Event: clear is the native default */
};

static bool uses_native(CoilVM *vm, CoilValue self, CoilString *n, CoilNativeFn fn);

static bool plain_set(CoilVM *vm, CoilType *t, CoilString *name)
{
    if (t->setattr != object_generic_setattr || !t->dict_offset) return false;
    CoilValue attr = type_lookup(vm, t, name);
    return attr == VAL_EMPTY || !vm_typeof(vm, attr)->descr_set;
}

static CoilValue q_qsize_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
static CoilValue q_put_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
static CoilValue q_get_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
static CoilValue ev_clear_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* AQ_* flags of the class t of Queue (event false) or Event (event true)
 * self, when the info is stale. */
static uint32_t aq_flags_fill(CoilVM *vm, CoilValue self, CoilType *t, bool event)
{
    CoilAsync *as = vm->async;
    CoilAqTypeInfo *ti = event ? &as->event_info : &as->queue_info;
    uint32_t fl = 0;
    if (event) {
        if (uses_native(vm, self, as->names[AN_clear], ev_clear_fn)) fl |= AQ_NATIVE_CLEAR;
        if (plain_set(vm, t, as->names[AN__value])) fl |= AQ_PLAIN_SET;
    } else {
        if (uses_native(vm, self, as->names[AN_qsize], q_qsize_fn)) fl |= AQ_NATIVE_QSIZE;
        if (uses_native(vm, self, as->names[AN__put], q_put_fn)) fl |= AQ_NATIVE_PUT;
        if (uses_native(vm, self, as->names[AN__get], q_get_fn)) fl |= AQ_NATIVE_GET;
        if (plain_set(vm, t, as->names[AN__unfinished_tasks])) fl |= AQ_PLAIN_SET;
    }
    ti->type = t;
    ti->epoch = vm->type_epoch;
    ti->flags = fl;
    return fl;
}

AQ_INLINE uint32_t aq_flags(CoilVM *vm, CoilValue self, bool event)
{
    CoilAqTypeInfo *ti = event ? &vm->async->event_info : &vm->async->queue_info;
    CoilType *t = vm_typeof(vm, self);
    if (ti->type == t && ti->epoch == vm->type_epoch) return ti->flags;
    return aq_flags_fill(vm, self, t, event);
}

/* self.<AN_n> = v when the class's info says AQ_PLAIN_SET: straight into the
 * instance dict's slot if the name is there already. */
AQ_INLINE int set_attr_plain(CoilVM *vm, CoilValue self, int n, CoilValue v, uint32_t flags)
{
    if (flags & AQ_PLAIN_SET) {
        CoilValue *slot = inst_slot(vm, self, n);
        if (slot) {
            *slot = v;
            return 0;
        }
    }
    return vm_setattr(vm, self, vm->async->names[n], v);
}

/* The class attribute `name` of type(self) is the native default (or the
 * Python method replacing it must be called). */
static bool uses_native(CoilVM *vm, CoilValue self, CoilString *n, CoilNativeFn fn)
{
    CoilValue m = type_lookup(vm, vm_typeof(vm, self), n);
    return value_is_object(m) && vm_typeof(vm, m) == vm->t_method_descriptor &&
           ((CoilBuiltin *)value_as_object(m))->def->fn == fn;
}

static CoilValue q_qsize_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* len(self._queue) */
static int queue_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilValue q = get_attr(vm, self, _queue);
    if (value_is_error(q)) return -1;
    if (vm->async && value_is_object(q) && vm_typeof(vm, q)->len == dq_len) {
        *out = (int64_t)DQ(q)->len;
        return 0;
    }
    return vm_len(vm, q, out);
}

/* The deque of a Queue whose storage is the default one (qsize, _put and
 * _get native, _queue a deque in the instance's attributes), or NULL: then
 * the general paths call what the class defines. */
AQ_INLINE CoilDeque *plain_deque(CoilVM *vm, CoilValue self, uint32_t fl)
{
    const uint32_t want = AQ_NATIVE_QSIZE | AQ_NATIVE_PUT | AQ_NATIVE_GET;
    if ((fl & want) != want) return NULL;
    CoilValue *qs = inst_slot(vm, self, AN__queue);
    if (!qs || !value_is_object(*qs) || value_as_object(*qs)->type->len != dq_len) return NULL;
    return DQ(*qs);
}

static int queue_full(CoilVM *vm, CoilValue self)
{
    CoilDeque *dq = plain_deque(vm, self, aq_flags(vm, self, false));
    CoilValue *ms = dq ? inst_slot(vm, self, AN__maxsize) : NULL;
    if (ms && value_is_small_int(*ms)) return value_as_small_int(*ms) > 0 && (int64_t)dq->len >= value_as_small_int(*ms);
    CoilValue m = get_attr(vm, self, _maxsize);
    if (value_is_error(m)) return -1;
    if (value_is_small_int(m) && value_as_small_int(m) <= 0) return 0;
    if (!value_is_small_int(m)) {
        CoilValue le = vm_compare(vm, m, value_from_small_int(0), CMP_LE);
        if (value_is_error(le)) return -1;
        int t = vm_truthy(vm, le);
        if (t) return t < 0 ? -1 : 0;
    }
    CoilValue n;
    if (aq_flags(vm, self, false) & AQ_NATIVE_QSIZE) {
        int64_t len;
        if (queue_len(vm, self, &len) < 0) return -1;
        if (value_is_small_int(m)) return len >= value_as_small_int(m);
        n = value_from_small_int(len);
    } else {
        n = vm_call_method(vm, self, NAME(qsize), NULL, 0);
        if (value_is_error(n)) return -1;
    }
    CoilValue ge = vm_compare(vm, n, m, CMP_GE);
    return value_is_error(ge) ? -1 : vm_truthy(vm, ge);
}

/* not self._queue */
static int queue_empty(CoilVM *vm, CoilValue self)
{
    CoilValue q = get_attr(vm, self, _queue);
    if (value_is_error(q)) return -1;
    if (value_is_object(q) && vm_typeof(vm, q)->len == dq_len) return DQ(q)->len == 0;
    int t = vm_truthy(vm, q);
    return t < 0 ? -1 : !t;
}

static CoilValue q_qsize_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "qsize", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    int64_t n;
    return queue_len(vm, args[0], &n) < 0 ? VAL_ERROR : value_from_small_int(n);
}

static CoilValue q_empty_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "empty", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    int r = queue_empty(vm, args[0]);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

static CoilValue q_full_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "full", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    int r = queue_full(vm, args[0]);
    if (r < 0) aio_add_body_frame(vm, vm->async->tb_full); /* its frame, as the Python one had */
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

/* _wakeup_next(waiters): the first waiter not done gets set_result(None). */
static int wakeup_next_general(CoilVM *vm, CoilValue waiters)
{
    if (!(value_is_object(waiters) && vm_typeof(vm, waiters)->len == dq_len)) {
        CoilValue r = vm_call_method(vm, waiters, str_intern_cstr(vm, "__len__"), NULL, 0);
        (void)r;
        vm_raise(vm, vm->e_TypeError, "waiters must be a deque");
        return -1;
    }
    CoilDeque *d = DQ(waiters);
    while (d->len) {
        CoilValue w = dq_pop(vm, d, true);
        if (value_is_future(vm, w)) {
            CoilFuture *f = (CoilFuture *)value_as_object(w);
            if (f->state != FUT_PENDING) continue;
            GC_ROOT(vm, w);
            int rc = future_set_result(vm, f, VAL_NONE);
            GC_UNROOT(vm, 1);
            return rc;
        }
        GC_ROOT(vm, w);
        CoilValue done = vm_call_method(vm, w, NAME(done), NULL, 0);
        int t = value_is_error(done) ? -1 : vm_truthy(vm, done);
        if (t < 0) return GC_UNROOT(vm, 1), -1;
        if (!t) {
            CoilValue none = VAL_NONE;
            CoilValue r = vm_call_method(vm, w, NAME(set_result), &none, 1);
            GC_UNROOT(vm, 1);
            return value_is_error(r) ? -1 : 0;
        }
        GC_UNROOT(vm, 1);
    }
    return 0;
}

/* wakeup_next_general, with the usual case inline: nobody waiting. */
AQ_INLINE int wakeup_next(CoilVM *vm, CoilValue waiters)
{
    if (value_is_object(waiters) && value_as_object(waiters)->type->len == dq_len && !DQ(waiters)->len) return 0;
    return wakeup_next_general(vm, waiters);
}

static CoilValue q_wakeup_next_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_wakeup_next", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return wakeup_next(vm, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue ev_clear_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* Queue._put / Queue._get: the default storage, a deque. */
static CoilValue q_put_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_put", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue q = get_attr(vm, args[0], _queue);
    if (value_is_error(q)) return q;
    return vm_call_method(vm, q, NAME(append), &args[1], 1);
}

static CoilValue q_get_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_get", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilValue q = get_attr(vm, args[0], _queue);
    if (value_is_error(q)) return q;
    return vm_call_method(vm, q, NAME(popleft), NULL, 0);
}

/* QueueFull / QueueEmpty, from asyncio.queues, with the frame of the
 * Python method (`fn`) the native one replaced, as it would have raised. */
static CoilValue raise_queue_error(CoilVM *vm, const char *name, CoilValue fn)
{
    CoilValue m = dict_get_cstr(vm, value_as_dict(vm->modules), "asyncio.queues");
    CoilValue cls = value_is_object(m) ? vm_getattr_cstr(vm, m, name) : VAL_EMPTY;
    if (value_is_error(cls)) return cls;
    if (cls == VAL_EMPTY) return vm_raise(vm, vm->e_RuntimeError, "asyncio.queues is not loaded");
    vm_raise_value(vm, cls);
    aio_add_raise_frame(vm, fn);
    return VAL_ERROR;
}

/* After an item went in: _unfinished_tasks += 1, _finished.clear(), wake
 * the first getter. */
static CoilValue put_done(CoilVM *vm, CoilValue self, uint32_t fl)
{
    CoilValue *us = (fl & AQ_PLAIN_SET) ? inst_slot(vm, self, AN__unfinished_tasks) : NULL;
    if (us && value_is_small_int(*us) && value_as_small_int(*us) < VAL_SMALL_INT_MAX) {
        *us = value_from_small_int(value_as_small_int(*us) + 1);
    } else {
        CoilValue n = get_attr(vm, self, _unfinished_tasks);
        if (value_is_error(n)) return n;
        n = value_is_small_int(n) ? value_from_small_int(value_as_small_int(n) + 1) : vm_binary(vm, BIN_ADD, n, value_from_small_int(1));
        if (value_is_error(n) || set_attr_plain(vm, self, AN__unfinished_tasks, n, fl) < 0) return VAL_ERROR;
    }
    CoilValue fin = get_attr(vm, self, _finished);
    if (value_is_error(fin)) return fin;
    uint32_t efl = aq_flags(vm, fin, true);
    if (efl & AQ_NATIVE_CLEAR) {
        /* Event.clear() without the call */
        if (set_attr_plain(vm, fin, AN__value, VAL_FALSE, efl) < 0) return VAL_ERROR;
    } else {
        CoilValue r = vm_call_method(vm, fin, NAME(clear), NULL, 0);
        if (value_is_error(r)) return r;
    }
    CoilValue getters = get_attr(vm, self, _getters);
    if (value_is_error(getters)) return getters;
    return wakeup_next(vm, getters) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue q_put_nowait_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "put_nowait", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue self = args[0], item = args[1];
    uint32_t qfl = aq_flags(vm, self, false);
    CoilDeque *dq = plain_deque(vm, self, qfl);
    CoilValue *ms = dq ? inst_slot(vm, self, AN__maxsize) : NULL;
    if (ms && value_is_small_int(*ms)) {
        /* The default storage and an int bound: full() is a compare. */
        int64_t m = value_as_small_int(*ms);
        if (m > 0 && (int64_t)dq->len >= m) return raise_queue_error(vm, "QueueFull", vm->async->tb_put_nowait);
        CoilValue qv = value_from_object(&dq->obj);
        if (!dq_push(vm, qv, item, false)) return VAL_ERROR;
        return put_done(vm, self, qfl);
    }
    int full = queue_full(vm, self);
    if (full < 0) {
        aio_add_body_frame(vm, vm->async->tb_full);
        aio_add_body_frame(vm, vm->async->tb_put_nowait);
        return VAL_ERROR;
    }
    if (full) return raise_queue_error(vm, "QueueFull", vm->async->tb_put_nowait);
    uint32_t fl = aq_flags(vm, self, false);
    CoilValue q = get_attr(vm, self, _queue);
    if (value_is_error(q)) return q;
    if (value_is_object(q) && vm_typeof(vm, q)->len == dq_len && (fl & AQ_NATIVE_PUT)) {
        if (!dq_push(vm, q, item, false)) return VAL_ERROR;
    } else {
        CoilValue r = vm_call_method(vm, self, NAME(_put), &item, 1);
        if (value_is_error(r)) return r;
    }
    return put_done(vm, self, fl);
}

static CoilValue q_get_nowait_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "get_nowait", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilValue self = args[0];
    CoilDeque *dq = plain_deque(vm, self, aq_flags(vm, self, false));
    CoilValue item;
    if (dq) {
        /* The default storage: empty() is the deque's length. */
        if (!dq->len) return raise_queue_error(vm, "QueueEmpty", vm->async->tb_get_nowait);
        item = dq_pop(vm, dq, true);
        goto got;
    }
    int empty = queue_empty(vm, self);
    if (empty < 0) return VAL_ERROR;
    if (empty) return raise_queue_error(vm, "QueueEmpty", vm->async->tb_get_nowait);
    CoilValue q = get_attr(vm, self, _queue);
    if (value_is_error(q)) return q;
    if (value_is_object(q) && vm_typeof(vm, q)->len == dq_len && (aq_flags(vm, self, false) & AQ_NATIVE_GET)) {
        item = dq_pop(vm, DQ(q), true);
    } else {
        item = vm_call_method(vm, self, NAME(_get), NULL, 0);
    }
got:
    if (value_is_error(item)) return item;
    GC_ROOT(vm, item);
    CoilValue putters = get_attr(vm, self, _putters);
    int rc = value_is_error(putters) ? -1 : wakeup_next(vm, putters);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : item;
}

static bool ew_set_if_wait(CoilVM *vm, CoilValue w);
static bool value_is_parked_task(CoilVM *vm, CoilValue v);
static void park_release(CoilVM *vm, CoilFuture *t, uint8_t how);

/* Event.set/clear/is_set: the flag in _value, the futures (or parked
 * waits, below) in _waiters. */
static CoilValue ev_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilValue self = args[0];
    CoilValue v = get_attr(vm, self, _value);
    if (value_is_error(v)) return v;
    int t = vm_truthy(vm, v);
    if (t < 0) return VAL_ERROR;
    if (t) return VAL_NONE;
    if (set_attr(vm, self, NAME(_value), VAL_TRUE) < 0) return VAL_ERROR;
    CoilValue ws = get_attr(vm, self, _waiters);
    if (value_is_error(ws)) return ws;
    GC_ROOT(vm, ws);
    CoilValue it = VAL_NONE;
    CoilDeque *d = NULL;
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        d = DQ(ws); /* walked in place: parked waits are settled as they are */
    } else {
        it = vm_iter(vm, ws);
        if (value_is_error(it)) return GC_UNROOT(vm, 1), it;
    }
    GC_ROOT(vm, it);
    uint64_t stamp = d ? d->stamp : 0;
    for (size_t k = 0;; k++) {
        CoilValue w;
        if (d) {
            if (d->stamp != stamp) {
                GC_UNROOT(vm, 2);
                return vm_raise(vm, vm->e_RuntimeError, "deque mutated during iteration");
            }
            if (k >= d->len) break;
            w = *dq_at(d, k);
        } else {
            w = vm_next(vm, it);
            if (w == VAL_EMPTY) break;
            if (value_is_error(w)) return GC_UNROOT(vm, 2), w;
        }
        if (ew_set_if_wait(vm, w)) continue;
        if (value_is_parked_task(vm, w)) {
            CoilFuture *t = (CoilFuture *)value_as_object(w);
            if (t->park == PARK_PENDING) park_release(vm, t, PARK_SET);
            continue;
        }
        if (value_is_future(vm, w)) {
            CoilFuture *f = (CoilFuture *)value_as_object(w);
            if (f->state == FUT_PENDING && future_set_result(vm, f, VAL_TRUE) < 0) return GC_UNROOT(vm, 2), VAL_ERROR;
            continue;
        }
        GC_ROOT(vm, w);
        CoilValue done = vm_call_method(vm, w, NAME(done), NULL, 0);
        int dn = value_is_error(done) ? -1 : vm_truthy(vm, done);
        if (dn == 0) {
            CoilValue tr = VAL_TRUE;
            if (value_is_error(vm_call_method(vm, w, NAME(set_result), &tr, 1))) dn = -1;
        }
        GC_UNROOT(vm, 1);
        if (dn < 0) return GC_UNROOT(vm, 2), VAL_ERROR;
    }
    GC_UNROOT(vm, 2);
    return VAL_NONE;
}

static CoilValue ev_clear_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return set_attr(vm, args[0], NAME(_value), VAL_FALSE) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue ev_is_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "is_set", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return get_attr(vm, args[0], _value);
}

/* --- Event.wait() ----------------------------------------------------------------------
 *
 * CPython's Event.wait is an async def: a waiting task holds that coroutine,
 * its frame and the future it parks in _waiters.  Here wait() returns a
 * small native coroutine doing the same steps: on its first step it returns
 * True at once if the flag is up, or appends a new future from the loop to
 * _waiters and yields it (the task waits on it as on any future); when
 * resumed, or when an exception (a cancellation) is thrown in, it removes
 * that future from _waiters again (wait()'s `finally`) and returns True or
 * re-raises.  An exception leaving it gets the frame of CPython's wait()
 * in its traceback, from a stand-in function in locks.py.
 *
 * Parking.  When a task's own step awaits wait() straight from a coroutine
 * frame (the common case), no future is made: the wait object itself goes
 * into _waiters and is what the task waits on.  set() and Task.cancel()
 * then settle it as they would settle the future, queueing the same
 * Task.task_wakeup step in the same order, and a task repr shows it as that
 * future.  This is what a waiting task costs: 32 bytes here against a 24-byte
 * object and a 56-byte future.  Anything else driving wait() -- send() by
 * hand, a generator's yield from, an async generator -- gets the future. */
enum { EW_CREATED, EW_WAITING, EW_DONE };

typedef struct CoilEventWait {
    CoilObject obj;
    CoilValue event;
    /* Unparked: the future in _waiters while EW_WAITING.  Parked: the task
     * waiting (VAL_NONE until its step takes the yield), and once cancelled
     * and its wakeup queued, the cancel message. */
    CoilValue ticket;
    uint8_t parked;    /* this object is in _waiters itself */
    uint8_t outcome;   /* parked: FUT_PENDING, FUT_FINISHED (set) or FUT_CANCELLED */
} CoilEventWait;

#define EW(v) ((CoilEventWait *)value_as_object(v))
/* The state lives in event's and ticket's presence: CREATED has event and
 * no ticket (nor parking), WAITING has both, DONE has no event. */
static int ew_state(CoilEventWait *w)
{
    if (w->event == VAL_NONE) return EW_DONE;
    return w->ticket == VAL_NONE && !w->parked ? EW_CREATED : EW_WAITING;
}

static bool value_is_parked_wait(CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->async->t_event_wait && EW(v)->parked &&
           ew_state(EW(v)) == EW_WAITING;
}

bool event_wait_park(CoilVM *vm, CoilValue ew, CoilValue task)
{
    if (!value_is_parked_wait(vm, ew) || EW(ew)->outcome != FUT_PENDING) return false;
    EW(ew)->ticket = task;
    return true;
}

/* Settles a parked wait (set: msg VAL_EMPTY; cancel: the message) and
 * queues its task's wakeup: false when it is settled already. */
static bool ew_settle(CoilVM *vm, CoilEventWait *w, CoilValue msg)
{
    if (w->outcome != FUT_PENDING) return false;
    w->outcome = msg == VAL_EMPTY ? FUT_FINISHED : FUT_CANCELLED;
    CoilValue task = w->ticket;
    w->ticket = msg == VAL_EMPTY ? VAL_NONE : msg;
    if (value_is_object(task) && value_is_future(vm, task)) {
        CoilFuture *t = (CoilFuture *)value_as_object(task);
        GC_ROOT(vm, task); /* (w no longer holds it; the ring may grow) */
        if (loop_call_soon_entry(vm, (CoilLoop *)value_as_object(t->loop), RQ_WAKEUP, task,
                                 value_from_object(w)) < 0)
            vm_take_exception(vm); /* no memory to queue it: as a failed callback, dropped */
        GC_UNROOT(vm, 1);
    }
    return true;
}

/* The future CPython's wait() would have parked in _waiters, made for a
 * parked wait when script code looks in there: in the same state, with the
 * task's wakeup on it and the task waiting on it.  The wait goes on as an
 * unparked one. */
static CoilValue ew_materialize(CoilVM *vm, CoilValue wv)
{
    CoilEventWait *w = EW(wv);
    GC_SAVE(vm);
    GC_ROOT(vm, wv);
    CoilValue loop = get_attr(vm, w->event, _loop);
    if (value_is_error(loop)) return GC_RESTORE(vm), VAL_ERROR;
    if (!value_is_loop(vm, loop)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_RuntimeError, "Event.wait() lost its event loop");
    }
    GC_ROOT(vm, loop);
    CoilValue fv = future_new(vm, loop);
    if (value_is_error(fv)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, fv);
    CoilFuture *f = (CoilFuture *)value_as_object(fv);
    if (w->outcome == FUT_PENDING) {
        CoilValue task = w->ticket;
        if (value_is_future(vm, task) && task_waiter((CoilFuture *)value_as_object(task)) == wv) {
            if (future_add_callback(vm, f, task, CB_WAKEUP) < 0) return GC_RESTORE(vm), VAL_ERROR;
            ((CoilFuture *)value_as_object(task))->fut_waiter = fv;
        }
    } else if (w->outcome == FUT_FINISHED) {
        if (future_set_result(vm, f, VAL_TRUE) < 0) return GC_RESTORE(vm), VAL_ERROR;
    } else {
        future_cancel(vm, f, w->ticket);
    }
    w->parked = 0;
    w->ticket = fv;
    GC_RESTORE(vm);
    return fv;
}

static int dq_observe(CoilVM *vm, CoilValue dv)
{
    CoilDeque *d = DQ(dv);
    if (!d->parked) return 0;
    GC_ROOT(vm, dv);
    for (size_t k = 0; k < d->len && d->parked; k++) {
        CoilValue v = *dq_at(d, k);
        if (value_is_parked_task(vm, v)) {
            if (task_park_materialize(vm, (CoilFuture *)value_as_object(v)) < 0) return GC_UNROOT(vm, 1), -1;
            if (k < d->len && *dq_at(d, k) == v) { /* (not found through its event) */
                *dq_at(d, k) = ((CoilFuture *)value_as_object(v))->fut_waiter;
                d->parked--;
            }
            continue;
        }
        if (!value_is_object(v) || value_as_object(v)->type != vm->async->t_event_wait || !EW(v)->parked) continue;
        CoilValue fv = ew_materialize(vm, v);
        if (value_is_error(fv)) return GC_UNROOT(vm, 1), -1;
        d->parked--;
        if (k < d->len && *dq_at(d, k) == v) *dq_at(d, k) = fv;
    }
    GC_UNROOT(vm, 1);
    return 0;
}

/* set()'s step for an entry of _waiters that is a wait object: true when so. */
static bool ew_set_if_wait(CoilVM *vm, CoilValue w)
{
    if (!value_is_object(w) || value_as_object(w)->type != vm->async->t_event_wait) return false;
    if (value_is_parked_wait(vm, w)) ew_settle(vm, EW(w), VAL_EMPTY);
    return true;
}

bool event_wait_cancel(CoilVM *vm, CoilValue ew, CoilValue msg)
{
    return value_is_parked_wait(vm, ew) && ew_settle(vm, EW(ew), msg);
}

CoilValue event_wait_result(CoilVM *vm, CoilValue ew)
{
    CoilEventWait *w = EW(ew);
    if (!w->parked && value_is_future(vm, w->ticket)) /* made a future since (dq_observe) */
        return future_result(vm, (CoilFuture *)value_as_object(w->ticket));
    if (w->outcome == FUT_FINISHED) return VAL_TRUE;
    if (w->outcome == FUT_PENDING) return vm_raise(vm, vm->async->e_invalid_state, "Result is not set.");
    CoilValue e = cancelled_error_new(vm, w->ticket); /* (the message) */
    if (value_is_error(e)) return e;
    exc_set_pending(vm, e);
    return VAL_ERROR;
}

bool event_wait_describe_ticket(CoilVM *vm, CoilBuf *b, CoilValue ew)
{
    (void)vm;
    switch (EW(ew)->outcome) {
    case FUT_PENDING: return buf_append_str(b, "<Future pending cb=[Task.task_wakeup()]>");
    case FUT_FINISHED: return buf_append_str(b, "<Future finished result=True>");
    default: return buf_append_str(b, "<Future cancelled>");
    }
}

static void ew_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((CoilEventWait *)o)->event);
    gc_mark_value(vm, ((CoilEventWait *)o)->ticket);
}

static CoilValue ev_wait_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "wait", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilAsync *as = vm->async;
    CoilEventWait *w = (CoilEventWait *)as->ew_spare;
    as->ew_spare = NULL;
    if (!w && !(w = gc_alloc_object(vm, as->t_event_wait, sizeof(CoilEventWait)))) return VAL_ERROR;
    w->event = args[0];
    w->ticket = VAL_NONE;
    w->parked = w->outcome = 0;
    /* The call that made it, for task parking (ew_next). */
    as->ew_fresh = &w->obj;
    as->ew_fresh_frame = vm->frame;
    as->ew_fresh_pc = vm->frame ? (const void *)vm->frame->pc : NULL;
    return value_from_object(w);
}

static int waiters_remove(CoilVM *vm, CoilValue ev, CoilValue ticket, bool parked);

/* self._waiters.remove(ticket): 0 or -1. */
static int ew_remove_ticket(CoilVM *vm, CoilEventWait *w)
{
    bool parked = w->parked;
    CoilValue ev = w->event, ticket = parked ? value_from_object(w) : w->ticket;
    w->event = w->ticket = VAL_NONE;
    w->parked = 0;
    return waiters_remove(vm, ev, ticket, parked);
}

/* ev._waiters.remove(ticket), where ticket counts as parked or not. */
static int waiters_remove(CoilVM *vm, CoilValue ev, CoilValue ticket, bool parked)
{
    GC_SAVE(vm);
    GC_ROOT(vm, ev);
    GC_ROOT(vm, ticket);
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, ws);
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        /* Found by identity in place (a future has no __eq__; a parked
         * wait must not be turned into one on its way out). */
        CoilDeque *d = DQ(ws);
        for (size_t k = 0; k < d->len; k++)
            if (*dq_at(d, k) == ticket) {
                dq_delete(d, k);
                if (parked) d->parked--;
                return GC_RESTORE(vm), 0;
            }
        GC_RESTORE(vm);
        vm_raise(vm, vm->e_ValueError, "deque.remove(x): x not in deque");
        return -1;
    }
    CoilString *rm = str_intern_cstr(vm, "remove");
    CoilValue r = rm ? vm_call_method(vm, ws, rm, &ticket, 1) : VAL_ERROR;
    GC_RESTORE(vm);
    return value_is_error(r) ? -1 : 0;
}

/* --- Task parking ----------------------------------------------------------------------
 *
 * `await ev.wait()` in a task's own coroutine frame, the common case, costs
 * no object at all.  When the AWAIT right after the wait() call takes the
 * wait object that call made -- so nothing else can hold it -- the task
 * itself goes into _waiters, keeps the event in fut_waiter and how it was
 * released in `park` (with a cancellation's message in cancel_msg), the
 * frame awaits the task (f->parked), and the next wait() call reuses the
 * wait object.  set() and Task.cancel() release it, queueing the wakeup the
 * future would have, and the frame's AWAIT finishes the wait() when the
 * task steps (task_park_resume/_throw).  Whatever looks closer -- script
 * code reading _waiters, cr_await, _fut_waiter, a second cancel -- first
 * gets the general form back (task_park_materialize). */

/* The task whose own step awaits w straight from the wait() call that made
 * it, or NULL. */
static CoilFuture *fresh_wait_task(CoilVM *vm, CoilEventWait *w)
{
    CoilAsync *as = vm->async;
    CoilFrame *f = vm->frame;
    if (as->ew_fresh != &w->obj || as->ew_fresh_frame != (const void *)f || !f->pc ||
        as->ew_fresh_pc != (const void *)(f->pc - 1) || INSTR_OP(f->pc[-1]) != OP_AWAIT)
        return NULL;
    CoilValue lv = as->running_loop;
    if (!value_is_loop(vm, lv)) return NULL;
    CoilValue tv = ((CoilLoop *)value_as_object(lv))->current_task;
    if (!value_is_future(vm, tv)) return NULL;
    CoilFuture *t = (CoilFuture *)value_as_object(tv);
    if (!t->is_task || t->park || t->coro != value_from_object(vm->driver->gen)) return NULL;
    return t;
}

/* Queues a released task's wakeup (its b, the event, implied: loop.c). */
static void park_release(CoilVM *vm, CoilFuture *t, uint8_t how)
{
    t->park = how;
    CoilValue tv = value_from_object(t);
    GC_ROOT(vm, tv);
    if (loop_call_soon_entry(vm, (CoilLoop *)value_as_object(t->loop), RQ_WAKEUP, tv, t->fut_waiter) < 0)
        vm_take_exception(vm); /* no memory to queue it: as a failed callback, dropped */
    GC_UNROOT(vm, 1);
}

static bool value_is_parked_task(CoilVM *vm, CoilValue v)
{
    return value_is_future(vm, v) && ((CoilFuture *)value_as_object(v))->park != PARK_NONE;
}

bool task_park_cancel(CoilVM *vm, CoilFuture *t, CoilValue msg)
{
    if (t->park != PARK_PENDING) return false;
    t->cancel_msg = msg;
    park_release(vm, t, PARK_CANCELLED);
    return true;
}

bool task_park_describe(CoilBuf *b, const CoilFuture *t)
{
    switch (t->park) {
    case PARK_PENDING: return buf_append_str(b, "<Future pending cb=[Task.task_wakeup()]>");
    case PARK_SET: return buf_append_str(b, "<Future finished result=True>");
    default: return buf_append_str(b, "<Future cancelled>");
    }
}

/* The frame of t's coroutine that is parked on t, or NULL. */
static CoilFrame *parked_frame(CoilVM *vm, CoilFuture *t)
{
    if (!value_is_coroutine(vm, t->coro)) return NULL;
    CoilGenerator *g = (CoilGenerator *)value_as_object(t->coro);
    if (!gen_frame(g) || g->state != GEN_SUSPENDED) return NULL;
    CoilFrame *f = gen_chain_inner(g);
    if (!f) f = gen_frame(g);
    return f->parked && f->yf_iter == value_from_object(t) ? f : NULL;
}

int task_park_materialize(CoilVM *vm, CoilFuture *t)
{
    if (!t->park) return 0;
    GC_SAVE(vm);
    CoilValue tv = value_from_object(t), ev = t->fut_waiter;
    GC_ROOT(vm, tv);
    CoilValue fv = future_new(vm, t->loop);
    if (value_is_error(fv)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, fv);
    CoilFuture *fut = (CoilFuture *)value_as_object(fv);
    if (t->park == PARK_PENDING) {
        if (future_add_callback(vm, fut, tv, CB_WAKEUP) < 0) return GC_RESTORE(vm), -1;
    } else if (t->park == PARK_SET) {
        if (future_set_result(vm, fut, VAL_TRUE) < 0) return GC_RESTORE(vm), -1;
    } else {
        future_cancel(vm, fut, t->cancel_msg);
    }
    CoilEventWait *w = gc_alloc_object(vm, vm->async->t_event_wait, sizeof(CoilEventWait));
    if (!w) return GC_RESTORE(vm), -1;
    w->event = ev;
    w->ticket = fv;
    GC_ROOT_OBJ(vm, &w->obj);
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), -1;
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        CoilDeque *d = DQ(ws);
        for (size_t k = 0; k < d->len; k++)
            if (*dq_at(d, k) == tv) {
                *dq_at(d, k) = fv;
                d->parked--;
                break;
            }
    }
    CoilFrame *f = parked_frame(vm, t);
    if (f) {
        f->parked = 0;
        f->yf_iter = value_from_object(w);
    }
    t->park = PARK_NONE;
    t->fut_waiter = fv; /* waited on, or read by the wakeup already queued */
    GC_RESTORE(vm);
    return 0;
}

int frame_park_materialize(CoilVM *vm, CoilFrame *f)
{
    return f->parked ? task_park_materialize(vm, (CoilFuture *)value_as_object(f->yf_iter)) : 0;
}

/* wait()'s `finally`: the task leaves the event's _waiters. */
static int park_leave(CoilVM *vm, CoilFrame *f, CoilFuture *t)
{
    CoilValue ev = t->fut_waiter, tv = value_from_object(t);
    t->park = PARK_NONE;
    t->fut_waiter = VAL_NONE;
    f->parked = 0;
    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    f->yf_iter = VAL_NONE;
    GC_ROOT(vm, ev);
    int rc = waiters_remove(vm, ev, tv, true);
    GC_UNROOT(vm, 1);
    return rc;
}

int task_park_resume(CoilVM *vm, CoilFrame *f, uint8_t reg, CoilValue *out)
{
    CoilValue tv = f->yf_iter;
    CoilFuture *t = (CoilFuture *)value_as_object(tv);
    if (t->park == PARK_PENDING) { /* resumed early: keep waiting */
        f->pc--;
        f->resume_reg = reg;
        return coro_suspend_chain(vm, f, tv, out);
    }
    bool cancelled = t->park == PARK_CANCELLED;
    CoilValue msg = t->cancel_msg;
    GC_ROOT(vm, msg);
    int rc = park_leave(vm, f, t);
    GC_UNROOT(vm, 1);
    if (rc == 0 && cancelled) {
        CoilValue e = cancelled_error_new(vm, msg);
        if (!value_is_error(e)) exc_set_pending(vm, e);
        rc = -1;
    }
    if (rc < 0) {
        aio_add_frame(vm, vm->async->tb_event_wait);
        return CORO_ERROR;
    }
    frame_regs(f)[reg] = VAL_TRUE;
    return CORO_NEXT;
}

int task_park_throw(CoilVM *vm, CoilFrame *f, CoilValue exc)
{
    bool closing = type_is_subtype(vm_typeof(vm, exc), vm->e_GeneratorExit);
    GC_ROOT(vm, exc);
    int rc = park_leave(vm, f, (CoilFuture *)value_as_object(f->yf_iter));
    GC_UNROOT(vm, 1);
    if (rc < 0) {
        /* An error in the finally replaces the thrown exception (as its context). */
        if (!closing && value_is_exception(vm, vm->exc) && value_as_exc(vm->exc)->context == VAL_NONE)
            value_as_exc(vm->exc)->context = exc;
    } else {
        vm->exc = exc;
        vm->exc_reraise = false;
    }
    if (!closing) aio_add_frame(vm, vm->async->tb_event_wait);
    return 0;
}

/* One step (send None); VAL_EMPTY with vm->stop_value when it returns. */
static CoilValue ew_next(CoilVM *vm, CoilValue self)
{
    CoilEventWait *w = EW(self);
    int st = ew_state(w);
    if (st == EW_DONE) return vm_raise(vm, vm->e_RuntimeError, "cannot reuse already awaited coroutine");
    if (st == EW_WAITING) {
        CoilValue r;
        GC_ROOT(vm, self);
        if (w->parked) {
            if (w->outcome == FUT_PENDING) { /* resumed early: keep waiting */
                GC_UNROOT(vm, 1);
                return self;
            }
            r = event_wait_result(vm, self);
        } else {
            CoilFuture *t = (CoilFuture *)value_as_object(w->ticket);
            if (t->state == FUT_PENDING) { /* resumed early: keep waiting */
                GC_UNROOT(vm, 1);
                t->blocking = 1;
                return w->ticket;
            }
            r = future_result(vm, t);
        }
        int rc = ew_remove_ticket(vm, w);
        GC_UNROOT(vm, 1);
        if (value_is_error(r) || rc < 0) {
            aio_add_frame(vm, vm->async->tb_event_wait);
            return VAL_ERROR;
        }
        vm->stop_value = VAL_TRUE;
        return VAL_EMPTY;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, self);
    CoilValue ev = w->event;
    CoilValue v = get_attr(vm, ev, _value);
    int flag = value_is_error(v) ? -1 : vm_truthy(vm, v);
    if (flag < 0) return GC_RESTORE(vm), VAL_ERROR;
    if (flag) {
        w->event = VAL_NONE;
        GC_RESTORE(vm);
        vm->stop_value = VAL_TRUE;
        return VAL_EMPTY;
    }
    CoilString *gl = str_intern_cstr(vm, "_get_loop");
    CoilValue loop = gl ? vm_call_method(vm, ev, gl, NULL, 0) : VAL_ERROR;
    if (value_is_error(loop)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, loop);
    CoilValue wsp = get_attr(vm, ev, _waiters);
    if (value_is_error(wsp)) return GC_RESTORE(vm), VAL_ERROR;
    if (coro_driven_by_task_await(vm, self) && value_is_object(wsp) && vm_typeof(vm, wsp)->len == dq_len &&
        uses_native(vm, wsp, NAME(append), m_append)) {
        CoilFuture *t = fresh_wait_task(vm, w);
        if (t) {
            CoilValue tv = value_from_object(t);
            bool ok = dq_push(vm, wsp, tv, false);
            GC_RESTORE(vm);
            if (!ok) return VAL_ERROR;
            DQ(wsp)->parked++;
            t->park = PARK_PENDING;
            t->fut_waiter = w->event; /* (its step leaves it while parked) */
            CoilFrame *f = vm->frame;
            f->parked = 1; /* await_step leaves yf_iter to this */
            f->yf_iter = tv;
            /* Nothing else holds the wait object: the next wait() takes it. */
            w->event = w->ticket = VAL_NONE;
            vm->async->ew_fresh = NULL;
            vm->async->ew_spare = &w->obj;
            return tv;
        }
        bool ok = dq_push(vm, wsp, self, false);
        GC_RESTORE(vm);
        if (!ok) return VAL_ERROR;
        DQ(wsp)->parked++;
        w->parked = 1;
        w->outcome = FUT_PENDING;
        return self;
    }
    CoilValue ticket = value_is_loop(vm, loop) ? future_new(vm, loop)
                                               : vm_call_method(vm, loop, str_intern_cstr(vm, "create_future"), NULL, 0);
    if (value_is_error(ticket)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, ticket);
    if (!value_is_future(vm, ticket)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "create_future() must return an asyncio.Future");
    }
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), VAL_ERROR;
    bool ok = uses_native(vm, ws, NAME(append), m_append) ? dq_push(vm, ws, ticket, false)
                                                   : !value_is_error(vm_call_method(vm, ws, NAME(append), &ticket, 1));
    if (!ok) return GC_RESTORE(vm), VAL_ERROR;
    w->ticket = ticket;
    CoilFuture *t = (CoilFuture *)value_as_object(ticket);
    GC_RESTORE(vm);
    if (t->state != FUT_PENDING) return ew_next(vm, self); /* `await fut` of a done future */
    t->blocking = 1;
    return ticket;
}

/* send(v): a coroutine's send; the value itself is not used (as `await fut`
 * ignores what the task sends). */
static CoilValue ew_send_result(CoilVM *vm, CoilValue r)
{
    if (r != VAL_EMPTY) return r;
    CoilValue v = vm->stop_value;
    vm->stop_value = VAL_NONE;
    GC_ROOT(vm, v);
    CoilValue t = tuple_from_array(vm, &v, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(t)) return t;
    return vm_raise_args(vm, vm->e_StopIteration, t);
}

static CoilValue ew_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (ew_state(EW(args[0])) == EW_CREATED && args[1] != VAL_NONE)
        return vm_raise(vm, vm->e_TypeError, "can't send non-None value to a just-started coroutine");
    return ew_send_result(vm, ew_next(vm, args[0]));
}

static CoilValue ew_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    CoilEventWait *w = EW(args[0]);
    int st = ew_state(w);
    if (st == EW_WAITING) {
        GC_ROOT(vm, exc);
        int rc = ew_remove_ticket(vm, w);
        GC_UNROOT(vm, 1);
        if (rc < 0) {
            /* An error in the finally replaces the thrown exception (as its context). */
            if (value_is_exception(vm, vm->exc) && value_as_exc(vm->exc)->context == VAL_NONE)
                value_as_exc(vm->exc)->context = exc;
            aio_add_frame(vm, vm->async->tb_event_wait);
            return VAL_ERROR;
        }
    }
    w->event = VAL_NONE;
    vm->exc = exc;
    vm->exc_reraise = false;
    if (st == EW_WAITING) aio_add_frame(vm, vm->async->tb_event_wait);
    return VAL_ERROR;
}

static CoilValue ew_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilEventWait *w = EW(args[0]);
    if (ew_state(w) == EW_WAITING) return ew_remove_ticket(vm, w) < 0 ? VAL_ERROR : VAL_NONE;
    w->event = VAL_NONE;
    return VAL_NONE;
}

static CoilValue ew_repr(CoilVM *vm, CoilValue self)
{
    return str_format(vm, "<coroutine object Event.wait at %p>", (void *)value_as_object(self));
}

static const CoilMethodDef ew_methods[] = {
    {"send", ew_send, 0}, {"throw", ew_throw, 0}, {"close", ew_close, 0}, {NULL, NULL, 0}};

bool event_wait_describe(CoilVM *vm, CoilBuf *b, CoilValue ewv)
{
    CoilValue fnv = vm->async->tb_event_wait;
    if (!buf_append_str(b, "Event.wait()")) return false;
    if (!value_is_type(fnv, vm->t_function)) return true;
    CoilCode *c = ((CoilFunction *)value_as_object(fnv))->code;
    int st = ew_state(EW(ewv));
    char tmp[64];
    /* The stand-in's first line is wait()'s `await fut` line minus one. */
    snprintf(tmp, sizeof tmp, ":%d", st == EW_WAITING ? c->firstlineno + 1 : c->firstlineno - 12);
    return buf_append_str(b, st == EW_DONE ? " done, defined at " : " running at ") &&
           buf_append(b, c->filename->data, c->filename->len) && buf_append_str(b, tmp);
}

/* _asyncio._install_fast_paths(Queue, Event): replaces those classes'
 * synchronous methods by the native ones above. */
static CoilValue f_install(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_install_fast_paths", nargs, 2, 3) < 0) return VAL_ERROR;
    if (nargs == 3) vm->async->tb_event_wait = args[2];
    static const CoilMethodDef queue_defs[] = {
        {"qsize", q_qsize_fn, 0},           {"empty", q_empty_fn, 0},
        {"full", q_full_fn, 0},             {"put_nowait", q_put_nowait_fn, 0},
        {"get_nowait", q_get_nowait_fn, 0}, {"_wakeup_next", q_wakeup_next_fn, 0},
        {"_put", q_put_fn, 0},              {"_get", q_get_fn, 0},
        {NULL, NULL, 0}};
    static const CoilMethodDef event_defs[] = {
        {"set", ev_set_fn, 0}, {"clear", ev_clear_fn, 0}, {"is_set", ev_is_set_fn, 0}, {"wait", ev_wait_fn, 0},
        {NULL, NULL, 0}};
    for (int k = 0; k < 2; k++) {
        CoilValue cls = args[k];
        if (!value_is_object(cls) || !(vm_typeof(vm, cls)->flags & TYPE_TYPE_SUBCLASS))
            return vm_raise(vm, vm->e_TypeError, "a class is required");
        if (k == 0) {
            /* Kept for the frame their native replacements' errors show. */
            CoilValue p = vm_getattr_cstr(vm, cls, "put_nowait");
            if (value_is_error(p)) return p;
            vm->async->tb_put_nowait = p;
            CoilValue g = vm_getattr_cstr(vm, cls, "get_nowait");
            if (value_is_error(g)) return g;
            vm->async->tb_get_nowait = g;
            CoilValue fu = vm_getattr_cstr(vm, cls, "full");
            if (value_is_error(fu)) return fu;
            vm->async->tb_full = fu;
        }
        const CoilMethodDef *defs = k == 0 ? queue_defs : event_defs;
        for (const CoilMethodDef *d = defs; d->name; d++) {
            CoilValue b = builtin_new(vm, d, VAL_EMPTY, (CoilType *)value_as_object(cls));
            if (value_is_error(b)) return b;
            GC_ROOT(vm, b);
            CoilString *n = str_intern_cstr(vm, d->name);
            int r = n ? vm_setattr(vm, cls, n, b) : -1;
            GC_UNROOT(vm, 1);
            if (r < 0) return VAL_ERROR;
        }
    }
    return VAL_NONE;
}

const CoilMethodDef aqueue_functions[] = {{"_install_fast_paths", f_install, 0}, {NULL, NULL, 0}};

void aqueue_init_types(CoilVM *vm, CoilValue module)
{
    CoilType *t = type_new_builtin(vm, "deque", vm->t_object, sizeof(CoilDeque), TYPE_BASETYPE);
    if (!t) return;
    module_set(vm, module, "deque", value_from_object(t));
    t->module_name = "collections";
    t->trace = dq_trace;
    t->finalize = dq_finalize;
    t->new_ = dq_new_slot;
    t->init = dq_init_slot;
    t->len = dq_len;
    t->bool_ = dq_bool;
    t->contains = dq_contains;
    t->getitem = dq_getitem;
    t->iter = dq_iter;
    t->repr = dq_repr;
    t->hash = NULL;
    type_add_methods(vm, t, dq_methods);
    CoilType *it = type_new_builtin(vm, "_deque_iterator", vm->t_object, sizeof(CoilDequeIter), 0);
    if (!it) return;
    module_set(vm, module, "_deque_iterator", value_from_object(it));
    it->module_name = "_collections";
    it->trace = dqi_trace;
    it->iter = self_iter;
    it->next = dqi_next;
    CoilType *ew = type_new_builtin(vm, "coroutine", vm->t_object, sizeof(CoilEventWait), 0);
    if (!ew) return;
    ew->trace = ew_trace;
    ew->await = self_iter;
    ew->iter = self_iter;
    ew->next = ew_next;
    ew->repr = ew_repr;
    type_add_methods(vm, ew, ew_methods);
    vm->async->t_event_wait = ew;
}
