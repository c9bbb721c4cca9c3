/* list_sort.c — list.sort and sorted(): CPython's timsort (powersort merge
 * policy) for the general case, exact to the comparison, and a radix sort
 * for lists of only small ints or only floats, where no comparison is
 * observable. */
#include <math.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* keys[a] < keys[b]: 1, 0, or -1 with an exception pending.  Small ints,
 * floats and exact strs compare inline (the common homogeneous lists);
 * anything else goes through the rich-compare slots. */
static int sort_less(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (value_is_small_int(a) && value_is_small_int(b)) return value_as_small_int(a) < value_as_small_int(b);
    if (value_is_double(a) && value_is_double(b)) return value_as_double(a) < value_as_double(b);
    if (value_is_type(a, vm->t_str) && value_is_type(b, vm->t_str))
        return str_compare(value_as_str(a), value_as_str(b)) < 0;
    CoilValue r = vm_compare(vm, a, b, CMP_LT);
    if (value_is_error(r)) return -1;
    return r == VAL_TRUE ? 1 : r == VAL_FALSE ? 0 : vm_truthy(vm, r);
}

/* The general sort is CPython's: timsort with the powersort merge policy
 * (Objects/listsort.txt), down to the order in which it compares, so lists
 * with NaNs or inconsistent __lt__ come out as CPython leaves them and a
 * __lt__ with side effects runs the same number of times.  Keys move in
 * `keys`; with a key function the items move alongside in `vals`. */
#define TS_MIN_GALLOP 7
#define TS_MAX_RUNS 85

typedef struct TsRun {
    size_t base, len;
    int power;
} TsRun;

typedef struct TsState {
    CoilVM *vm;
    CoilValue *keys, *vals;     /* vals NULL: the keys are the items */
    size_t n;
    CoilValue *tkeys, *tvals;   /* merge scratch, room for n/2 + 1 */
    size_t min_gallop;
    int nruns;
    TsRun runs[TS_MAX_RUNS];
} TsState;

#define TS_LT(s, a, b) sort_less((s)->vm, (a), (b))

/* dst[i] = src[i] for n items of keys and (if any) values. */
static inline void ts_move(CoilValue *dk, CoilValue *dv, const CoilValue *sk, const CoilValue *sv, size_t n)
{
    if (!n) return;
    memmove(dk, sk, n * sizeof *dk);
    if (dv) memmove(dv, sv, n * sizeof *dv);
}

static void ts_reverse(CoilValue *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        CoilValue t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

/* Binary insertion sort of [lo, hi) whose [lo, start) is sorted. */
static bool ts_binarysort(TsState *s, size_t lo, size_t hi, size_t start)
{
    CoilValue *k = s->keys, *v = s->vals;
    if (start == lo) start++;
    for (; start < hi; start++) {
        size_t l = lo, r = start;
        CoilValue pivot = k[start];
        do {
            size_t p = l + ((r - l) >> 1);
            int lt = TS_LT(s, pivot, k[p]);
            if (lt < 0) return false;
            if (lt) r = p;
            else l = p + 1;
        } while (l < r);
        memmove(&k[l + 1], &k[l], (start - l) * sizeof *k);
        k[l] = pivot;
        if (v) {
            CoilValue pv = v[start];
            memmove(&v[l + 1], &v[l], (start - l) * sizeof *v);
            v[l] = pv;
        }
    }
    return true;
}

/* Length of the run at lo (< hi): ascending (a[i] <= a[i+1]) or strictly
 * descending (*descending set); 0 on error. */
static size_t ts_count_run(TsState *s, size_t lo, size_t hi, bool *descending)
{
    CoilValue *k = s->keys;
    *descending = false;
    if (lo + 1 == hi) return 1;
    size_t n = 2;
    int lt = TS_LT(s, k[lo + 1], k[lo]);
    if (lt < 0) return 0;
    if (lt) {
        *descending = true;
        for (size_t i = lo + 2; i < hi; i++, n++) {
            lt = TS_LT(s, k[i], k[i - 1]);
            if (lt < 0) return 0;
            if (!lt) break;
        }
    } else {
        for (size_t i = lo + 2; i < hi; i++, n++) {
            lt = TS_LT(s, k[i], k[i - 1]);
            if (lt < 0) return 0;
            if (lt) break;
        }
    }
    return n;
}

/* Where key goes in sorted a[0..n): the k with a[k-1] < key <= a[k],
 * searched outward from hint.  -1 on error. */
static ptrdiff_t ts_gallop_left(TsState *s, CoilValue key, const CoilValue *a, size_t n, size_t hint)
{
    size_t ofs = 1, lastofs = 0;
    int lt = TS_LT(s, a[hint], key);
    if (lt < 0) return -1;
    if (lt) {
        /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs]. */
        size_t maxofs = n - hint;
        while (ofs < maxofs) {
            lt = TS_LT(s, a[hint + ofs], key);
            if (lt < 0) return -1;
            if (!lt) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs]. */
        size_t maxofs = hint + 1;
        while (ofs < maxofs) {
            lt = TS_LT(s, a[hint - ofs], key);
            if (lt < 0) return -1;
            if (lt) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        size_t t = lastofs;
        lastofs = hint + 1 - ofs; /* one past hint - ofs, which may be -1 */
        ofs = hint - t;
        goto search;
    }
    lastofs++;
search:
    /* a[lastofs-1] < key <= a[ofs]. */
    while (lastofs < ofs) {
        size_t m = lastofs + ((ofs - lastofs) >> 1);
        lt = TS_LT(s, a[m], key);
        if (lt < 0) return -1;
        if (lt) lastofs = m + 1;
        else ofs = m;
    }
    return (ptrdiff_t)ofs;
}

/* As ts_gallop_left, but past any items equal to key: a[k-1] <= key < a[k]. */
static ptrdiff_t ts_gallop_right(TsState *s, CoilValue key, const CoilValue *a, size_t n, size_t hint)
{
    size_t ofs = 1, lastofs = 0;
    int lt = TS_LT(s, key, a[hint]);
    if (lt < 0) return -1;
    if (lt) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs]. */
        size_t maxofs = hint + 1;
        while (ofs < maxofs) {
            lt = TS_LT(s, key, a[hint - ofs]);
            if (lt < 0) return -1;
            if (!lt) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        size_t t = lastofs;
        lastofs = hint + 1 - ofs;
        ofs = hint - t;
        goto search;
    } else {
        /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs]. */
        size_t maxofs = n - hint;
        while (ofs < maxofs) {
            lt = TS_LT(s, key, a[hint + ofs]);
            if (lt < 0) return -1;
            if (lt) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
search:
    /* a[lastofs-1] <= key < a[ofs]. */
    while (lastofs < ofs) {
        size_t m = lastofs + ((ofs - lastofs) >> 1);
        lt = TS_LT(s, key, a[m]);
        if (lt < 0) return -1;
        if (lt) ofs = m;
        else lastofs = m + 1;
    }
    return (ptrdiff_t)ofs;
}

/* Merges runs a = [pa, pa+na) and b = [pa+na, pa+na+nb), na <= nb, a's last
 * item belonging at the end: a goes to scratch and the merge fills from the
 * left.  On error the rest of a is copied back, so nothing is lost. */
static bool ts_merge_lo(TsState *s, size_t pa, size_t na, size_t pb, size_t nb)
{
    CoilValue *K = s->keys, *V = s->vals, *tk = s->tkeys, *tv = V ? s->tvals : NULL;
    ts_move(tk, tv, K + pa, V ? V + pa : NULL, na);
    size_t dest = pa, a = 0; /* a indexes the scratch copy */
    bool ok = false;
    size_t min_gallop;
#define LO_COPY_B()                          \
    do {                                     \
        K[dest] = K[pb];                     \
        if (V) V[dest] = V[pb];              \
        dest++, pb++;                        \
    } while (0)
#define LO_COPY_A()                          \
    do {                                     \
        K[dest] = tk[a];                     \
        if (V) V[dest] = tv[a];              \
        dest++, a++;                         \
    } while (0)
    LO_COPY_B();
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    min_gallop = s->min_gallop;
    for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
            int lt = TS_LT(s, K[pb], tk[a]);
            if (lt < 0) goto fail;
            if (lt) {
                LO_COPY_B();
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                LO_COPY_A();
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            ptrdiff_t k = ts_gallop_right(s, K[pb], tk + a, na, 0);
            if (k < 0) goto fail;
            acount = (size_t)k;
            if (k) {
                ts_move(K + dest, V ? V + dest : NULL, tk + a, tv ? tv + a : NULL, (size_t)k);
                dest += (size_t)k;
                a += (size_t)k;
                na -= (size_t)k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed; /* only with an inconsistent __lt__ */
            }
            LO_COPY_B();
            if (--nb == 0) goto succeed;
            k = ts_gallop_left(s, tk[a], K + pb, nb, 0);
            if (k < 0) goto fail;
            bcount = (size_t)k;
            if (k) {
                ts_move(K + dest, V ? V + dest : NULL, K + pb, V ? V + pb : NULL, (size_t)k);
                dest += (size_t)k;
                pb += (size_t)k;
                nb -= (size_t)k;
                if (nb == 0) goto succeed;
            }
            LO_COPY_A();
            if (--na == 1) goto copy_b;
        } while (acount >= TS_MIN_GALLOP || bcount >= TS_MIN_GALLOP);
        min_gallop++; /* penalize leaving galloping mode */
        s->min_gallop = min_gallop;
    }
succeed:
    ok = true;
fail:
    if (na) ts_move(K + dest, V ? V + dest : NULL, tk + a, tv ? tv + a : NULL, na);
    return ok;
copy_b:
    /* a's last item belongs at the end of the merge. */
    ts_move(K + dest, V ? V + dest : NULL, K + pb, V ? V + pb : NULL, nb);
    K[dest + nb] = tk[a];
    if (V) V[dest + nb] = tv[a];
    return true;
#undef LO_COPY_A
#undef LO_COPY_B
}

/* As ts_merge_lo for na >= nb: b goes to scratch and the merge fills from
 * the right. */
static bool ts_merge_hi(TsState *s, size_t pa, size_t na, size_t pb, size_t nb)
{
    CoilValue *K = s->keys, *V = s->vals, *tk = s->tkeys, *tv = V ? s->tvals : NULL;
    ts_move(tk, tv, K + pb, V ? V + pb : NULL, nb);
    /* Indexes one past the current items: dest in the list, a in run a
     * (in the list), b in the scratch copy of run b. */
    size_t dest = pb + nb, a = pa + na, b = nb, base_a = pa;
    bool ok = false;
    size_t min_gallop;
#define HI_COPY_A()                          \
    do {                                     \
        --dest, --a;                         \
        K[dest] = K[a];                      \
        if (V) V[dest] = V[a];               \
    } while (0)
#define HI_COPY_B()                          \
    do {                                     \
        --dest, --b;                         \
        K[dest] = tk[b];                     \
        if (V) V[dest] = tv[b];              \
    } while (0)
    HI_COPY_A();
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    min_gallop = s->min_gallop;
    for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
            int lt = TS_LT(s, tk[b - 1], K[a - 1]);
            if (lt < 0) goto fail;
            if (lt) {
                HI_COPY_A();
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                HI_COPY_B();
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            ptrdiff_t k = ts_gallop_right(s, tk[b - 1], K + base_a, na, na - 1);
            if (k < 0) goto fail;
            k = (ptrdiff_t)na - k;
            acount = (size_t)k;
            if (k) {
                dest -= (size_t)k;
                a -= (size_t)k;
                ts_move(K + dest, V ? V + dest : NULL, K + a, V ? V + a : NULL, (size_t)k);
                na -= (size_t)k;
                if (na == 0) goto succeed;
            }
            HI_COPY_B();
            if (--nb == 1) goto copy_a;
            k = ts_gallop_left(s, K[a - 1], tk, nb, nb - 1);
            if (k < 0) goto fail;
            k = (ptrdiff_t)nb - k;
            bcount = (size_t)k;
            if (k) {
                dest -= (size_t)k;
                b -= (size_t)k;
                ts_move(K + dest, V ? V + dest : NULL, tk + b, tv ? tv + b : NULL, (size_t)k);
                nb -= (size_t)k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed; /* only with an inconsistent __lt__ */
            }
            HI_COPY_A();
            if (--na == 0) goto succeed;
        } while (acount >= TS_MIN_GALLOP || bcount >= TS_MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    ok = true;
fail:
    if (nb) ts_move(K + dest - nb, V ? V + dest - nb : NULL, tk, tv, nb);
    return ok;
copy_a:
    /* b's first item belongs at the front of the merge. */
    dest -= na;
    a -= na;
    ts_move(K + dest, V ? V + dest : NULL, K + a, V ? V + a : NULL, na);
    K[dest - 1] = tk[0];
    if (V) V[dest - 1] = tv[0];
    return true;
#undef HI_COPY_A
#undef HI_COPY_B
}

/* Merges the runs at stack indexes i and i+1. */
static bool ts_merge_at(TsState *s, int i)
{
    size_t pa = s->runs[i].base, na = s->runs[i].len;
    size_t pb = s->runs[i + 1].base, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3) s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* Where b's first item goes in a: what precedes it is in place. */
    ptrdiff_t k = ts_gallop_right(s, s->keys[pb], s->keys + pa, na, 0);
    if (k < 0) return false;
    pa += (size_t)k;
    na -= (size_t)k;
    if (na == 0) return true;
    /* Where a's last item goes in b: what follows it is in place. */
    k = ts_gallop_left(s, s->keys[pa + na - 1], s->keys + pb, nb, nb - 1);
    if (k <= 0) return k == 0;
    nb = (size_t)k;
    return na <= nb ? ts_merge_lo(s, pa, na, pb, nb) : ts_merge_hi(s, pa, na, pb, nb);
}

/* The powersort "power" of the run boundary between [s1, s1+n1) and the
 * n2 items after it, in a list of n. */
static int ts_power(size_t s1, size_t n1, size_t n2, size_t n)
{
    int power = 0;
    size_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the runs' midpoints */
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of n2 items follows the top run: merge while the run below the
 * top has a greater power. */
static bool ts_found_run(TsState *s, size_t n2)
{
    if (!s->nruns) return true;
    TsRun *top = &s->runs[s->nruns - 1];
    int power = ts_power(top->base, top->len, n2, s->n);
    while (s->nruns > 1 && s->runs[s->nruns - 2].power > power)
        if (!ts_merge_at(s, s->nruns - 2)) return false;
    s->runs[s->nruns - 1].power = power;
    return true;
}

static size_t ts_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sorts s->keys (and s->vals alongside); false with an exception pending,
 * the arrays then holding some permutation of the items. */
static bool timsort(TsState *s)
{
    size_t n = s->n, lo = 0, remaining = n, minrun = ts_minrun(n);
    s->nruns = 0;
    s->min_gallop = TS_MIN_GALLOP;
    while (remaining) {
        bool descending;
        size_t len = ts_count_run(s, lo, lo + remaining, &descending);
        if (!len) return false;
        if (descending) {
            ts_reverse(s->keys + lo, len);
            if (s->vals) ts_reverse(s->vals + lo, len);
        }
        if (len < minrun) {
            size_t force = remaining <= minrun ? remaining : minrun;
            if (!ts_binarysort(s, lo, lo + force, lo + len)) return false;
            len = force;
        }
        if (!ts_found_run(s, len)) return false;
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = len;
        s->nruns++;
        lo += len;
        remaining -= len;
    }
    while (s->nruns > 1) {
        int i = s->nruns - 2;
        if (i > 0 && s->runs[i - 1].len < s->runs[i + 1].len) i--;
        if (!ts_merge_at(s, i)) return false;
    }
    return true;
}

/* LSD radix sort of n unsigned keys, a byte a pass, skipping the bytes all
 * keys share (ints below 2**31 take four passes); tmp has room for n. */
static void radix_sort_u64(uint64_t *a, uint64_t *tmp, size_t n)
{
    size_t count[8][256];
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) {
        uint64_t k = a[i];
        for (unsigned b = 0; b < 8; b++) count[b][(k >> (8 * b)) & 255]++;
    }
    uint64_t *src = a, *dst = tmp;
    for (unsigned b = 0; b < 8; b++) {
        size_t *c = count[b];
        if (c[(src[0] >> (8 * b)) & 255] == n) continue;
        size_t sum = 0;
        for (unsigned v = 0; v < 256; v++) {
            size_t t = c[v];
            c[v] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; i++) {
            uint64_t k = src[i];
            dst[c[(k >> (8 * b)) & 255]++] = k;
        }
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != a) memcpy(a, src, n * sizeof *a);
}

/* Order-preserving maps to unsigned keys: ints by flipping the sign bit,
 * doubles (not NaN) by flipping the sign bit of positives and every bit of
 * negatives. */
static inline uint64_t int_sort_key(int64_t x) { return (uint64_t)x ^ ((uint64_t)1 << 63); }
static inline int64_t int_from_sort_key(uint64_t k) { return (int64_t)(k ^ ((uint64_t)1 << 63)); }
static inline uint64_t float_sort_key(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return (u >> 63) ? ~u : u | ((uint64_t)1 << 63);
}
static inline double float_from_sort_key(uint64_t k)
{
    uint64_t u = (k >> 63) ? k & ~((uint64_t)1 << 63) : ~k;
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* A list of only small ints, or only floats other than NaN and -0.0, sorted
 * without comparisons: there, items that compare equal are identical, so
 * any correct order is the one CPython's stable sort produces, and no
 * script code can run.  Returns 1 done, 0 not such a list, -1 on error. */
static int sort_numbers(CoilVM *vm, CoilList *l, bool reverse)
{
    size_t n = l->len;
    CoilValue *it = l->items;
    bool ints = true, floats = true;
    for (size_t i = 0; i < n && (ints || floats); i++) {
        CoilValue v = it[i];
        ints = ints && value_is_small_int(v);
        if (floats) {
            double d = value_is_double(v) ? value_as_double(v) : NAN;
            floats = !isnan(d) && !(d == 0 && signbit(d));
        }
    }
    if (!ints && !floats) return 0;
    uint64_t *tmp = vm_mem_alloc(vm, n * sizeof(uint64_t));
    if (!tmp) return -1;
    /* The keys replace the items in place: nothing allocates (so nothing
     * collects) until they are values again. */
    it = l->items;
    uint64_t *keys = (uint64_t *)it;
    _Static_assert(sizeof(CoilValue) == sizeof(uint64_t), "keys overlay the items");
    for (size_t i = 0; i < n; i++)
        keys[i] = ints ? int_sort_key(value_as_small_int(it[i])) : float_sort_key(value_as_double(it[i]));
    radix_sort_u64(keys, tmp, n);
    for (size_t i = 0; i < n; i++) {
        uint64_t k = keys[reverse ? n - 1 - i : i];
        tmp[i] = ints ? value_from_small_int(int_from_sort_key(k)) : value_from_double(float_from_sort_key(k));
    }
    memcpy(it, tmp, n * sizeof *it);
    vm_mem_free(vm, tmp, n * sizeof(uint64_t));
    return 1;
}

bool list_sort(CoilVM *vm, CoilList *l, CoilValue key, bool reverse)
{
    size_t n = l->len;
    /* CPython calls the key even for a single item (its errors show) */
    if (n == 0 || (n == 1 && (key == VAL_NONE || key == VAL_EMPTY))) return true;
    if (key == VAL_NONE || key == VAL_EMPTY) {
        int r = sort_numbers(vm, l, reverse);
        if (r) return r > 0;
    }
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, l);
    CoilValue vals = tuple_from_array(vm, l->items, n);
    if (value_is_error(vals)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, vals);
    /* Like CPython, the list looks empty while keys are computed and items
     * compared; whatever the script does to it meanwhile is discarded. */
    CoilValue *saved_items = l->items;
    size_t saved_cap = l->cap;
    l->len = 0;
    bool ok = true;
    bool has_key = key != VAL_NONE && key != VAL_EMPTY;
    CoilValue keys = vals;
    if (has_key) {
        keys = tuple_new(vm, n);
        ok = !value_is_error(keys);
        if (ok) GC_ROOT(vm, keys);
        for (size_t i = 0; ok && i < n; i++) {
            CoilValue k = vm_call1(vm, key, value_as_tuple(vals)->items[i]);
            ok = !value_is_error(k);
            if (ok) value_as_tuple(keys)->items[i] = k;
        }
    }
    /* The sort permutes plain arrays (the tuples keep every value alive). */
    size_t half = n / 2 + 1, words = (n + half) * (has_key ? 2 : 1);
    CoilValue *mem = ok ? vm_mem_alloc(vm, words * sizeof(CoilValue)) : NULL;
    const CoilValue *result = value_as_tuple(vals)->items; /* after a key failure: as they were */
    if (mem) {
        TsState st;
        st.vm = vm;
        st.n = n;
        st.keys = mem;
        st.tkeys = mem + n;
        st.vals = has_key ? mem + n + half : NULL;
        st.tvals = has_key ? st.vals + n : NULL;
        memcpy(st.keys, value_as_tuple(keys)->items, n * sizeof(CoilValue));
        if (has_key) memcpy(st.vals, value_as_tuple(vals)->items, n * sizeof(CoilValue));
        /* Reverse, sort stably, reverse back: equal items keep their order. */
        if (reverse) {
            ts_reverse(st.keys, n);
            if (has_key) ts_reverse(st.vals, n);
        }
        ok = timsort(&st);
        result = has_key ? st.vals : st.keys;
        if (reverse) ts_reverse(has_key ? st.vals : st.keys, n);
    } else {
        ok = false;
    }
    bool modified = l->len != 0 || l->items != saved_items || l->cap != saved_cap;
    /* The items go back sorted (after a failed comparison, in whatever order
     * the sort had reached; after a failed key call, as they were), even if
     * the script modified the list: CPython restores its saved array too. */
    l->len = 0;
    if (list_reserve(vm, l, n)) {
        memcpy(l->items, result, n * sizeof(CoilValue));
        l->len = n;
    } else {
        ok = false; /* MemoryError replaces any pending exception */
    }
    if (mem) vm_mem_free(vm, mem, words * sizeof(CoilValue));
    if (ok && modified) {
        vm_raise(vm, vm->e_ValueError, "list modified during sort");
        ok = false;
    }
    GC_RESTORE(vm);
    return ok;
}
