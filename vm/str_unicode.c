/* str_unicode.c — the str methods that depend on Unicode character
 * properties: full case mapping (upper, lower, title, capitalize, swapcase,
 * casefold, with CPython's final-sigma rule and one-to-many mappings such as
 * 'ß'.upper() == 'SS'), the is* predicates, and expandtabs, over the
 * character facts of unicode/unicode.h. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"
#include "unicode/unicode.h"

#define SELF value_as_str(args[0])

/* Appends the full `which` mapping of cp to b. */
static bool append_mapped(CoilBuf *b, uint32_t cp, int which)
{
    uint32_t m[UNI_MAP_MAX];
    size_t n = uni_case_map(cp, which, m);
    for (size_t i = 0; i < n; i++)
        if (!buf_append_cp(b, m[i])) return false;
    return true;
}

/* Start of the code point before byte offset i (i > 0). */
static size_t prev_cp(const char *p, size_t i)
{
    do i--;
    while (i > 0 && ((unsigned char)p[i] & 0xC0) == 0x80);
    return i;
}

/* CPython's Final_Sigma context for the Σ at [at, at+adv): a cased letter
 * before it and none after it, skipping case-ignorable characters. */
static bool final_sigma(const CoilString *s, size_t at, size_t adv)
{
    uint32_t c = 0;
    size_t j = at;
    bool found = false;
    while (j > 0) {
        j = prev_cp(s->data, j);
        size_t a;
        c = str_decode_cp(s->data + j, &a);
        if (!(uni_flags(c) & UNI_IGNORABLE)) {
            found = true;
            break;
        }
    }
    if (!found || !(uni_flags(c) & UNI_CASED)) return false;
    for (size_t k = at + adv; k < s->len;) {
        size_t a;
        c = str_decode_cp(s->data + k, &a);
        k += a;
        if (!(uni_flags(c) & UNI_IGNORABLE)) return !(uni_flags(c) & UNI_CASED);
    }
    return true;
}

/* lower() of the code point at [at, at+adv), with the sigma rule. */
static bool append_lower(CoilBuf *b, const CoilString *s, uint32_t cp, size_t at, size_t adv)
{
    if (cp == 0x3A3) return buf_append_cp(b, final_sigma(s, at, adv) ? 0x3C2 : 0x3C3);
    return append_mapped(b, cp, UNI_MAP_LOWER);
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE, CASE_FOLD };

static CoilValue map_case(CoilVM *vm, CoilString *s, int mode)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_reserve(&b, s->len), prev_cased = false;
    for (size_t i = 0; i < s->len && ok;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        uint32_t f = uni_flags(cp);
        switch (mode) {
        case CASE_UPPER: ok = append_mapped(&b, cp, UNI_MAP_UPPER); break;
        case CASE_LOWER: ok = append_lower(&b, s, cp, i, adv); break;
        case CASE_FOLD: ok = append_mapped(&b, cp, UNI_MAP_FOLD); break;
        case CASE_SWAP:
            if (f & UNI_UPPER) ok = append_lower(&b, s, cp, i, adv);
            else if (f & UNI_LOWER) ok = append_mapped(&b, cp, UNI_MAP_UPPER);
            else ok = buf_append_cp(&b, cp);
            break;
        case CASE_CAPITALIZE:
            ok = i == 0 ? append_mapped(&b, cp, UNI_MAP_TITLE) : append_lower(&b, s, cp, i, adv);
            break;
        case CASE_TITLE:
            ok = prev_cased ? append_lower(&b, s, cp, i, adv) : append_mapped(&b, cp, UNI_MAP_TITLE);
            prev_cased = (f & UNI_CASED) != 0;
            break;
        }
        i += adv;
    }
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

#define CASE_METHOD(fn, mode, name)                                                        \
    static CoilValue fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)     \
    {                                                                                      \
        (void)kw;                                                                          \
        if (args_count(vm, name, nargs - 1, 0, 0) < 0) return VAL_ERROR;                   \
        return map_case(vm, SELF, mode);                                                   \
    }
CASE_METHOD(m_upper, CASE_UPPER, "str.upper")
CASE_METHOD(m_lower, CASE_LOWER, "str.lower")
CASE_METHOD(m_swapcase, CASE_SWAP, "str.swapcase")
CASE_METHOD(m_capitalize, CASE_CAPITALIZE, "str.capitalize")
CASE_METHOD(m_title, CASE_TITLE, "str.title")
CASE_METHOD(m_casefold, CASE_FOLD, "str.casefold")

/* --- predicates -------------------------------------------------------------------- */

enum { P_ALPHA, P_ALNUM, P_DECIMAL, P_DIGIT, P_NUMERIC, P_PRINTABLE, P_LOWER, P_UPPER, P_TITLE, P_IDENT };

static CoilValue predicate(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, int kind)
{
    if (args_count(vm, name, nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    if (s->len == 0) return value_from_bool(kind == P_PRINTABLE);
    bool first = true;
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < s->len;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        i += adv;
        uint32_t f = uni_flags(cp);
        switch (kind) {
        case P_ALPHA: if (!(f & UNI_ALPHA)) return VAL_FALSE; break;
        case P_ALNUM:
            if (!(f & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC))) return VAL_FALSE;
            break;
        case P_DECIMAL: if (!(f & UNI_DECIMAL)) return VAL_FALSE; break;
        case P_DIGIT: if (!(f & UNI_DIGIT)) return VAL_FALSE; break;
        case P_NUMERIC: if (!(f & UNI_NUMERIC)) return VAL_FALSE; break;
        case P_PRINTABLE: if (!uni_isprintable(cp)) return VAL_FALSE; break;
        case P_IDENT: /* '_' counts as a start character, as in CPython */
            if (!(f & (first ? UNI_ID_START : UNI_ID_CONTINUE))) return VAL_FALSE;
            first = false;
            break;
        case P_LOWER:
            if (f & (UNI_UPPER | UNI_TITLE)) return VAL_FALSE;
            cased = cased || (f & UNI_LOWER);
            break;
        case P_UPPER:
            if (f & (UNI_LOWER | UNI_TITLE)) return VAL_FALSE;
            cased = cased || (f & UNI_UPPER);
            break;
        case P_TITLE: /* uppercase/titlecase only after uncased, lowercase only after cased */
            if (f & (UNI_UPPER | UNI_TITLE)) {
                if (prev_cased) return VAL_FALSE;
                prev_cased = cased = true;
            } else if (f & UNI_LOWER) {
                if (!prev_cased) return VAL_FALSE;
                prev_cased = cased = true;
            } else prev_cased = false;
            break;
        }
    }
    if (kind == P_LOWER || kind == P_UPPER || kind == P_TITLE) return value_from_bool(cased);
    return VAL_TRUE;
}

#define PRED_METHOD(fn, name, kind)                                                      \
    static CoilValue fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)   \
    {                                                                                    \
        (void)kw;                                                                        \
        return predicate(vm, args, nargs, name, kind);                                   \
    }
PRED_METHOD(m_isalpha, "str.isalpha", P_ALPHA)
PRED_METHOD(m_isalnum, "str.isalnum", P_ALNUM)
PRED_METHOD(m_isdecimal, "str.isdecimal", P_DECIMAL)
PRED_METHOD(m_isdigit, "str.isdigit", P_DIGIT)
PRED_METHOD(m_isnumeric, "str.isnumeric", P_NUMERIC)
PRED_METHOD(m_isprintable, "str.isprintable", P_PRINTABLE)
PRED_METHOD(m_islower, "str.islower", P_LOWER)
PRED_METHOD(m_isupper, "str.isupper", P_UPPER)
PRED_METHOD(m_istitle, "str.istitle", P_TITLE)
PRED_METHOD(m_isidentifier, "str.isidentifier", P_IDENT)

/* --- expandtabs -------------------------------------------------------------------- */

static CoilValue m_expandtabs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"tabsize"};
    CoilValue a[1];
    if (args_parse(vm, "expandtabs", args + 1, nargs - 1, kw, names, 1, 1, 0, a) < 0) return VAL_ERROR;
    int64_t tabsize = 8;
    if (a[0] != VAL_EMPTY) {
        if (!value_is_int(vm, a[0]))
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[0]));
        if (vm_index(vm, a[0], &tabsize) < 0) return VAL_ERROR;
    }
    CoilString *s = SELF;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_reserve(&b, s->len);
    int64_t col = 0; /* in code points, reset by newlines as in CPython */
    for (size_t i = 0; i < s->len && ok;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                if (n > (int64_t)1 << 40) {
                    buf_free(&b);
                    return vm_raise(vm, vm->e_OverflowError, "new string is too long");
                }
                ok = buf_fill(&b, ' ', (size_t)n);
                col += n;
            }
        } else {
            ok = buf_append(&b, s->data + i, adv);
            col = cp == '\n' || cp == '\r' ? 0 : col + 1;
        }
        i += adv;
    }
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

const CoilMethodDef str_unicode_methods[] = {
    {"upper", m_upper, 0},
    {"lower", m_lower, 0},
    {"swapcase", m_swapcase, 0},
    {"capitalize", m_capitalize, 0},
    {"title", m_title, 0},
    {"casefold", m_casefold, 0},
    {"isalpha", m_isalpha, 0},
    {"isalnum", m_isalnum, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isprintable", m_isprintable, 0},
    {"islower", m_islower, 0},
    {"isupper", m_isupper, 0},
    {"istitle", m_istitle, 0},
    {"isidentifier", m_isidentifier, 0},
    {"expandtabs", m_expandtabs, METH_KEYWORDS},
    {NULL, NULL, 0}};
