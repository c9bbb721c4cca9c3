/* aqueue.c — native pieces of asyncio's queues and locks: a ring-buffer
 * deque (collections.deque's API as asyncio uses it: append/popleft/remove
 * from either end in O(1), iteration that detects mutation), the
 * synchronous methods of asyncio.Queue (qsize, empty, full, put_nowait,
 * get_nowait, _wakeup_next), and _install_fast_paths, which
 * stdlib/asyncio/queues.py and locks.py call to put them and Event's
 * (event.c) over CPython's Python code.  They keep that code's exact
 * semantics, attribute by attribute, and call a subclass's _put/_get/_init
 * overrides. */
#include <string.h>

#include "vm/aqueue.h"
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

typedef struct CoilDequeIter {
    CoilObject obj;
    CoilValue deque;
    size_t index;
    uint64_t stamp;
} CoilDequeIter;

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

bool dq_push(CoilVM *vm, CoilValue dv, CoilValue v, bool left)
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
void dq_delete(CoilDeque *d, size_t k)
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

CoilValue dq_m_append(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
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

static const CoilMethodDef dq_methods[] = {{"append", dq_m_append, 0},   {"appendleft", m_appendleft, 0},
                                           {"pop", m_pop, 0},         {"popleft", m_popleft, 0},
                                           {"remove", m_remove, 0},   {"clear", m_clear, 0},
                                           {NULL, NULL, 0}};

int dq_len(CoilVM *vm, CoilValue self, int64_t *out)
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

CoilValue aq_self_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

/* --- Queue and Event fast paths ------------------------------------------------------------- */


/* What the type info records (CoilAqTypeInfo.flags). */
enum {
    AQ_NATIVE_QSIZE = 1,  /* Queue: qsize, _put, _get are the native defaults */
    AQ_NATIVE_PUT = 2,
    AQ_NATIVE_GET = 4,
    AQ_PLAIN_SET = 8,     /* setting _unfinished_tasks (Queue) / _value (Event) is a plain
                             instance-dict store: object's __setattr__, no data descriptor */
    AQ_NATIVE_CLEAR = 16, /* Event: clear is the native default */
};

static bool plain_set(CoilVM *vm, CoilType *t, CoilString *name)
{
    if (t->setattr != object_generic_setattr || !t->dict_offset) return false;
    CoilValue attr = type_lookup(vm, t, name);
    return attr == VAL_EMPTY || !vm_typeof(vm, attr)->descr_set;
}

static CoilValue q_qsize_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
static CoilValue q_put_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
static CoilValue q_get_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* AQ_* flags of the class t of Queue (event false) or Event (event true)
 * self, when the info is stale. */
static uint32_t aq_flags_fill(CoilVM *vm, CoilValue self, CoilType *t, bool event)
{
    CoilAsync *as = vm->async;
    CoilAqTypeInfo *ti = event ? &as->event_info : &as->queue_info;
    uint32_t fl = 0;
    if (event) {
        if (aq_uses_native(vm, self, as->names[AN_clear], ev_clear_fn)) fl |= AQ_NATIVE_CLEAR;
        if (plain_set(vm, t, as->names[AN__value])) fl |= AQ_PLAIN_SET;
    } else {
        if (aq_uses_native(vm, self, as->names[AN_qsize], q_qsize_fn)) fl |= AQ_NATIVE_QSIZE;
        if (aq_uses_native(vm, self, as->names[AN__put], q_put_fn)) fl |= AQ_NATIVE_PUT;
        if (aq_uses_native(vm, self, as->names[AN__get], q_get_fn)) fl |= AQ_NATIVE_GET;
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
bool aq_uses_native(CoilVM *vm, CoilValue self, CoilString *n, CoilNativeFn fn)
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
    it->iter = aq_self_iter;
    it->next = dqi_next;
    event_init_types(vm);
}
