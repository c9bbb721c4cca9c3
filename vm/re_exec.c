/* re_exec.c — the _re module: the native matcher for stdlib/re.py's
 * programs (flat int32 arrays built by re.py's _Compiler; the opcodes below
 * mirror re.py's).  Backtracking keeps its choice points and capture undo
 * records on a heap-grown stack, so neither pattern nesting nor subject
 * length can overflow the C stack; the VM's check point runs every few
 * thousand backtracks so interrupts and step limits reach long matches. */
#include <stdlib.h>
#include <string.h>

#include "unicode/unicode.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/type.h"

enum {
    OP_MATCH, OP_LIT, OP_LITI, OP_ANY, OP_ANYALL, OP_SET, OP_JMP, OP_SPLIT, OP_SAVE, OP_AT, OP_BREF,
    OP_LOOK, OP_SUCCEED, OP_ATOMIC, OP_RINIT, OP_RTEST, OP_RLPOS, OP_RNEXT, OP_SIMPLE, OP_COND,
    OP_FAIL
};
enum { AT_BEG, AT_BEGL, AT_END, AT_ENDL, AT_BSTR, AT_ESTR, AT_WB, AT_NWB };
enum { C_DIGIT, C_NDIGIT, C_WORD, C_NWORD, C_SPACE, C_NSPACE };
#define RE_INF (-1)

/* Stack records: a choice point to resume, a register to restore, or the
 * state of a single-item repeat still able to give back (greedy) or take
 * (lazy) one more code point. */
enum { BT_CHOICE, BT_RESTORE, BT_GREEDY, BT_LAZY };
typedef struct {
    int32_t kind, a;
    int64_t b, c;
} BtEntry;

typedef struct {
    CoilVM *vm;
    const int32_t *code;
    size_t ncode;
    const unsigned char *narrow; /* ASCII str, bytes */
    const uint32_t *wide;        /* decoded non-ASCII str */
    int64_t end;
    int64_t nregs;
    uint32_t steps;
    bool failed; /* an exception is pending (memory, interrupt) */
} ReCtx;

typedef struct {
    BtEntry *items;
    size_t len, cap;
} BtStack;

static inline uint32_t ch_at(const ReCtx *m, int64_t i)
{
    return m->wide ? m->wide[i] : m->narrow[i];
}

static bool bt_push(ReCtx *m, BtStack *st, int32_t kind, int32_t a, int64_t b, int64_t c)
{
    if (st->len == st->cap) {
        size_t ncap = st->cap ? st->cap * 2 : 64;
        BtEntry *n = vm_mem_realloc(m->vm, st->items, st->cap * sizeof(BtEntry), ncap * sizeof(BtEntry));
        if (!n) {
            m->failed = true;
            return false;
        }
        st->items = n;
        st->cap = ncap;
    }
    st->items[st->len++] = (BtEntry){kind, a, b, c};
    return true;
}

static uint32_t case_single(uint32_t c, int which)
{
    uint32_t out[UNI_MAP_MAX];
    size_t n = uni_case_map(c, which, out);
    return n == 1 ? out[0] : c;
}

static bool is_alnum_cp(uint32_t c)
{
    if (c < 128) return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    return (uni_flags(c) & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC)) != 0;
}

static bool cat_ok(int32_t cat, uint32_t c)
{
    bool r;
    if (cat >= 8) {
        switch (cat - 8) {
        case C_DIGIT: case C_NDIGIT: r = c >= '0' && c <= '9'; break;
        case C_WORD: case C_NWORD: r = c < 128 && (is_alnum_cp(c) || c == '_'); break;
        default: r = c == ' ' || (c >= 9 && c <= 13); break;
        }
        return ((cat - 8) & 1) ? !r : r;
    }
    switch (cat) {
    case C_DIGIT: case C_NDIGIT: r = (c < 128) ? (c >= '0' && c <= '9') : (uni_flags(c) & UNI_DECIMAL) != 0; break;
    case C_WORD: case C_NWORD: r = is_alnum_cp(c) || c == '_'; break;
    default: r = uni_isspace(c); break;
    }
    return (cat & 1) ? !r : r;
}

static bool set_has(const int32_t *code, size_t pc, uint32_t c)
{
    int32_t n = code[pc + 3];
    size_t j = pc + 4;
    for (int32_t k = 0; k < n; k++, j += 3) {
        if (code[j] == 0) {
            if ((int64_t)c >= code[j + 1] && (int64_t)c <= code[j + 2]) return true;
        } else if (cat_ok(code[j + 1], c)) {
            return true;
        }
    }
    return false;
}

static bool item_ok(const int32_t *code, size_t pc, uint32_t c)
{
    switch (code[pc]) {
    case OP_LIT: return (int64_t)c == code[pc + 1];
    case OP_LITI: return (int64_t)c == code[pc + 1] || (int64_t)c == code[pc + 2];
    case OP_ANY: return c != '\n';
    case OP_ANYALL: return true;
    default: break;
    }
    bool hit = set_has(code, pc, c);
    if (!hit && code[pc + 2] == 2) {
        if (c >= 'A' && c <= 'Z') hit = set_has(code, pc, c + 32);
        else if (c >= 'a' && c <= 'z') hit = set_has(code, pc, c - 32);
    } else if (!hit && code[pc + 2]) {
        uint32_t lo = case_single(c, UNI_MAP_LOWER), up = case_single(c, UNI_MAP_UPPER);
        if (lo != c) hit = set_has(code, pc, lo);
        if (!hit && up != c) hit = set_has(code, pc, up);
    }
    return hit != (code[pc + 1] == 1);
}

static size_t item_len(const int32_t *code, size_t pc)
{
    switch (code[pc]) {
    case OP_LIT: return 2;
    case OP_LITI: return 3;
    case OP_SET: return 4 + 3 * (size_t)code[pc + 3];
    default: return 1;
    }
}

static bool is_word(const ReCtx *m, int64_t i, bool ascii)
{
    uint32_t c = ch_at(m, i);
    if (ascii && c >= 128) return false;
    return c == '_' || is_alnum_cp(c);
}

static bool at_ok(const ReCtx *m, int32_t kind, int64_t pos, int64_t end)
{
    switch (kind) {
    case AT_BEG: case AT_BSTR: return pos == 0;
    case AT_BEGL: return pos == 0 || ch_at(m, pos - 1) == '\n';
    case AT_END: return pos == end || (pos == end - 1 && ch_at(m, pos) == '\n');
    case AT_ENDL: return pos == end || ch_at(m, pos) == '\n';
    case AT_ESTR: return pos == end;
    default: break;
    }
    bool ascii = kind >= 16;
    kind &= 15;
    bool a = pos > 0 && is_word(m, pos - 1, ascii);
    bool b = pos < end && is_word(m, pos, ascii);
    return kind == AT_WB ? a != b : a == b;
}

static uint32_t fold_lower(uint32_t c, int32_t icase)
{
    if (icase == 2) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return case_single(c, UNI_MAP_LOWER);
}

/* Runs the program from pc at pos; returns the end position (regs hold the
 * captures) or -1 for no match, -2 with an exception pending. */
static int64_t re_run(ReCtx *m, int64_t pos, int64_t end, size_t pc, int64_t *regs, bool must_advance)
{
    const int32_t *code = m->code;
    BtStack st = {NULL, 0, 0};
    int64_t start = pos, result = -1;
    for (;;) {
        bool ok = true;
        if (pc >= m->ncode) break; /* malformed program: no match */
        switch (code[pc]) {
        case OP_LIT:
            if (pos < end && (int64_t)ch_at(m, pos) == code[pc + 1]) pos++, pc += 2;
            else ok = false;
            break;
        case OP_LITI:
            if (pos < end && ((int64_t)ch_at(m, pos) == code[pc + 1] || (int64_t)ch_at(m, pos) == code[pc + 2]))
                pos++, pc += 3;
            else ok = false;
            break;
        case OP_ANY: case OP_ANYALL: case OP_SET:
            if (pos < end && item_ok(code, pc, ch_at(m, pos))) pos++, pc += item_len(code, pc);
            else ok = false;
            break;
        case OP_SAVE: {
            int32_t slot = code[pc + 1];
            if (!bt_push(m, &st, BT_RESTORE, slot, regs[slot], 0)) goto fail;
            regs[slot] = pos;
            if (slot & 1) {
                if (!bt_push(m, &st, BT_RESTORE, (int32_t)m->nregs - 1, regs[m->nregs - 1], 0)) goto fail;
                regs[m->nregs - 1] = slot >> 1;
            }
            pc += 2;
            break;
        }
        case OP_SIMPLE: {
            int64_t lo = code[pc + 1], hi = code[pc + 2];
            size_t item = pc + 5;
            int64_t p = pos;
            if (code[pc + 3]) {
                int64_t limit = (hi == RE_INF || end - pos < hi) ? end : pos + hi;
                while (p < limit && item_ok(code, item, ch_at(m, p))) p++;
                if (p - pos < lo) {
                    ok = false;
                } else {
                    if (p - pos > lo && !bt_push(m, &st, BT_GREEDY, (int32_t)pc, pos + lo, p)) goto fail;
                    pos = p;
                    pc = (size_t)code[pc + 4];
                }
            } else {
                while (p - pos < lo && p < end && item_ok(code, item, ch_at(m, p))) p++;
                if (p - pos < lo) {
                    ok = false;
                } else {
                    if (!bt_push(m, &st, BT_LAZY, (int32_t)pc, p, lo)) goto fail;
                    pos = p;
                    pc = (size_t)code[pc + 4];
                }
            }
            break;
        }
        case OP_JMP: pc = (size_t)code[pc + 1]; break;
        case OP_SPLIT:
            if (!bt_push(m, &st, BT_CHOICE, code[pc + 2], pos, 0)) goto fail;
            pc = (size_t)code[pc + 1];
            break;
        case OP_MATCH: case OP_SUCCEED:
            if (must_advance && pos == start) {
                ok = false;
            } else {
                result = pos;
                goto done;
            }
            break;
        case OP_AT:
            if (at_ok(m, code[pc + 1], pos, end)) pc += 2;
            else ok = false;
            break;
        case OP_BREF: {
            int32_t g = code[pc + 1], icase = code[pc + 2];
            int64_t a = regs[2 * g], b = regs[2 * g + 1];
            if (a < 0 || b < 0 || b - a > end - pos) {
                ok = false;
                break;
            }
            for (int64_t j = 0; j < b - a; j++) {
                uint32_t x = ch_at(m, a + j), y = ch_at(m, pos + j);
                if (x != y && !(icase && fold_lower(x, icase) == fold_lower(y, icase))) {
                    ok = false;
                    break;
                }
            }
            if (ok) pos += b - a, pc += 3;
            break;
        }
        case OP_LOOK: case OP_ATOMIC: {
            int64_t *sub = vm_mem_alloc(m->vm, (size_t)m->nregs * sizeof(int64_t));
            if (!sub) goto fail;
            memcpy(sub, regs, (size_t)m->nregs * sizeof(int64_t));
            int64_t r = -1;
            bool neg = false;
            size_t next;
            if (code[pc] == OP_LOOK) {
                bool behind = code[pc + 1] != 0;
                neg = code[pc + 2] != 0;
                int64_t at = behind ? pos - code[pc + 3] : pos;
                if (at >= 0) r = re_run(m, at, behind ? pos : end, pc + 5, sub, false);
                next = (size_t)code[pc + 4];
            } else {
                r = re_run(m, pos, end, pc + 2, sub, false);
                next = (size_t)code[pc + 1];
            }
            if (r == -2) {
                vm_mem_free(m->vm, sub, (size_t)m->nregs * sizeof(int64_t));
                goto fail;
            }
            if ((r >= 0) == neg) {
                ok = false;
            } else {
                if (!neg) {
                    for (int64_t j = 0; j < m->nregs; j++) {
                        if (sub[j] != regs[j]) {
                            if (!bt_push(m, &st, BT_RESTORE, (int32_t)j, regs[j], 0)) {
                                vm_mem_free(m->vm, sub, (size_t)m->nregs * sizeof(int64_t));
                                goto fail;
                            }
                            regs[j] = sub[j];
                        }
                    }
                    if (code[pc] == OP_ATOMIC) pos = r;
                }
                pc = next;
            }
            vm_mem_free(m->vm, sub, (size_t)m->nregs * sizeof(int64_t));
            break;
        }
        case OP_RINIT: {
            int32_t r = code[pc + 1];
            if (!bt_push(m, &st, BT_RESTORE, r, regs[r], 0)) goto fail;
            regs[r] = 0;
            pc += 2;
            break;
        }
        case OP_RTEST: {
            int32_t r = code[pc + 1];
            int64_t cnt = regs[r], lo = code[pc + 2], hi = code[pc + 3];
            if (cnt < lo) {
                pc += 6;
            } else if (cnt == hi) {
                pc = (size_t)code[pc + 5];
            } else if (code[pc + 4]) {
                if (!bt_push(m, &st, BT_CHOICE, code[pc + 5], pos, 0)) goto fail;
                pc += 6;
            } else {
                if (!bt_push(m, &st, BT_CHOICE, (int32_t)(pc + 6), pos, 0)) goto fail;
                pc = (size_t)code[pc + 5];
            }
            break;
        }
        case OP_RLPOS: {
            int32_t r = code[pc + 1] + 1;
            if (!bt_push(m, &st, BT_RESTORE, r, regs[r], 0)) goto fail;
            regs[r] = pos;
            pc += 2;
            break;
        }
        case OP_RNEXT: {
            int32_t r = code[pc + 1];
            if (!bt_push(m, &st, BT_RESTORE, r, regs[r], 0)) goto fail;
            regs[r]++;
            if (pos == regs[r + 1] && regs[r] >= code[pc + 2]) pc = (size_t)code[pc + 4];
            else pc = (size_t)code[pc + 3];
            break;
        }
        case OP_COND: {
            int32_t g = code[pc + 1];
            if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) pc += 3;
            else pc = (size_t)code[pc + 2];
            break;
        }
        default: ok = false; break;
        }
        if (ok) continue;
        /* Backtrack to the newest choice point, undoing register writes. */
        if (++m->steps >= 4096) {
            m->steps = 0;
            if (interp_check_point(m->vm) < 0) goto fail;
        }
        for (;;) {
            if (st.len == 0) goto done;
            BtEntry e = st.items[--st.len];
            if (e.kind == BT_RESTORE) {
                regs[e.a] = e.b;
                continue;
            }
            if (e.kind == BT_CHOICE) {
                pc = (size_t)e.a;
                pos = e.b;
                break;
            }
            if (e.kind == BT_GREEDY) {
                int64_t cur = e.c - 1;
                if (cur > e.b) st.items[st.len++].c = cur; /* the record is still in place */
                pos = cur;
                pc = (size_t)code[e.a + 4];
                break;
            }
            /* BT_LAZY: take one more code point if the item allows it. */
            int64_t hi = code[e.a + 2];
            if ((hi == RE_INF || e.c < hi) && e.b < end && item_ok(code, (size_t)e.a + 5, ch_at(m, e.b))) {
                st.items[st.len].b = e.b + 1;
                st.items[st.len].c = e.c + 1;
                st.len++;
                pos = e.b + 1;
                pc = (size_t)code[e.a + 4];
                break;
            }
        }
    }
done:
    vm_mem_free(m->vm, st.items, st.cap * sizeof(BtEntry));
    return result;
fail:
    m->failed = true;
    vm_mem_free(m->vm, st.items, st.cap * sizeof(BtEntry));
    return -2;
}

static bool arg_i64(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (!value_is_int(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "_re: integer argument expected");
        return false;
    }
    return int_to_i64(vm, v, out);
}

/* prepare(list of ints) -> bytes: the program as native int32s. */
static CoilValue re_prepare(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "prepare", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_list(vm, args[0])) return vm_raise(vm, vm->e_TypeError, "prepare: list expected");
    CoilList *l = value_as_list(args[0]);
    size_t n = l->len;
    int32_t *buf = vm_mem_alloc(vm, (n ? n : 1) * sizeof(int32_t));
    if (!buf) return VAL_ERROR;
    for (size_t i = 0; i < n; i++) {
        int64_t v;
        if (!arg_i64(vm, l->items[i], &v)) {
            vm_mem_free(vm, buf, (n ? n : 1) * sizeof(int32_t));
            return VAL_ERROR;
        }
        buf[i] = (int32_t)v;
    }
    CoilValue r = bytes_new(vm, buf, n * sizeof(int32_t));
    vm_mem_free(vm, buf, (n ? n : 1) * sizeof(int32_t));
    return r;
}

/* run(prog, nregs, first, subject, pos, end, mode, must_advance) -> the
 * register list or None.  mode: 0 search, 1 match, 2 fullmatch (the
 * program itself then ends with \Z). */
static CoilValue re_run_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "run", nargs, 8, 8) < 0) return VAL_ERROR;
    if (!value_is_bytes(vm, args[0])) return vm_raise(vm, vm->e_TypeError, "run: bad program");
    int64_t nregs, first, pos, end, mode;
    if (!arg_i64(vm, args[1], &nregs) || !arg_i64(vm, args[2], &first) || !arg_i64(vm, args[4], &pos) ||
        !arg_i64(vm, args[5], &end) || !arg_i64(vm, args[6], &mode))
        return VAL_ERROR;
    bool must_advance = args[7] == VAL_TRUE;
    CoilBytes *prog = value_as_bytes(args[0]);
    ReCtx m = {0};
    m.vm = vm;
    m.code = (const int32_t *)(const void *)prog->data;
    m.ncode = prog->len / sizeof(int32_t);
    m.nregs = nregs;
    uint32_t *wide = NULL;
    size_t wide_n = 0;
    CoilValue subj = args[3];
    if (value_is_str(vm, subj)) {
        CoilString *s = value_as_str(subj);
        if ((int64_t)s->cplen < end) end = (int64_t)s->cplen;
        if (s->ascii) {
            m.narrow = (const unsigned char *)s->data;
        } else {
            wide_n = s->cplen ? s->cplen : 1;
            wide = vm_mem_alloc(vm, wide_n * sizeof(uint32_t));
            if (!wide) return VAL_ERROR;
            const char *p = s->data;
            for (size_t i = 0; i < s->cplen; i++) {
                size_t adv;
                wide[i] = str_decode_cp(p, &adv);
                p += adv;
            }
            m.wide = wide;
        }
    } else {
        BytesView bv;
        if (!bytes_view(vm, subj, &bv)) return vm_raise(vm, vm->e_TypeError, "run: bad subject");
        if ((int64_t)bv.n < end) end = (int64_t)bv.n;
        m.narrow = bv.p;
    }
    m.end = end;
    CoilValue result = VAL_NONE;
    int64_t *regs = vm_mem_alloc(vm, (size_t)(nregs > 0 ? nregs : 1) * sizeof(int64_t));
    if (!regs) {
        result = VAL_ERROR;
        goto out;
    }
    while (pos <= end) {
        if (mode == 0 && first >= 0) {
            while (pos < end && (int64_t)ch_at(&m, pos) != first) pos++;
            if (pos >= end) break;
        }
        for (int64_t i = 0; i < nregs; i++) regs[i] = -1;
        int64_t r = re_run(&m, pos, end, 0, regs, must_advance);
        if (r == -2) {
            result = VAL_ERROR;
            break;
        }
        if (r >= 0) {
            regs[0] = pos;
            regs[1] = r;
            CoilValue lst = list_new(vm, (size_t)nregs);
            if (value_is_error(lst)) {
                result = VAL_ERROR;
                break;
            }
            CoilList *l = value_as_list(lst);
            for (int64_t i = 0; i < nregs; i++) l->items[i] = value_from_small_int(regs[i]);
            l->len = (size_t)nregs;
            result = lst;
            break;
        }
        if (mode != 0) break;
        must_advance = false;
        pos++;
    }
    vm_mem_free(vm, regs, (size_t)(nregs > 0 ? nregs : 1) * sizeof(int64_t));
out:
    if (wide) vm_mem_free(vm, wide, wide_n * sizeof(uint32_t));
    return result;
}

static const CoilMethodDef re_functions[] = {
    {"prepare", re_prepare, 0},
    {"run", re_run_fn, 0},
    {NULL, NULL, 0}};

CoilValue mod_re_create(CoilVM *vm) { return module_new_native(vm, "_re", re_functions); }
