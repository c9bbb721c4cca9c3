/* complex.c — the complex type: a pair of doubles with CPython's arithmetic
 * (Smith's division, the small-integer power by squaring, the error texts),
 * its repr and format(), hashing consistent with int and float, and
 * complex() from numbers, __complex__ and strings. */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/complex.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct { double re, im; } Cx;

bool value_is_complex(CoilVM *vm, CoilValue v)
{
    if (!value_is_object(v)) return false;
    CoilType *t = value_as_object(v)->type;
    return t == vm->t_complex || type_is_subtype(t, vm->t_complex);
}

static Cx cx_of(CoilValue v)
{
    CoilComplex *c = (CoilComplex *)value_as_object(v);
    return (Cx){c->re, c->im};
}

CoilValue complex_new_value(CoilVM *vm, double re, double im)
{
    CoilComplex *c = gc_alloc_object(vm, vm->t_complex, sizeof(CoilComplex));
    if (!c) return VAL_ERROR;
    c->re = re;
    c->im = im;
    return value_from_object(c);
}

/* An operand of the arithmetic: complex, float or int (bool included).
 * 0 converted, 1 something else (NotImplemented), -1 error (int too big). */
static int as_cx(CoilVM *vm, CoilValue v, Cx *out)
{
    if (value_is_complex(vm, v)) {
        *out = cx_of(v);
        return 0;
    }
    out->im = 0.0;
    return float_operand(vm, v, &out->re);
}

/* --- arithmetic (CPython's algorithms, so results agree to the last bit) --------------- */

static Cx cx_prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's method; *zero set when b is 0. */
static Cx cx_quot(Cx a, Cx b, bool *zero)
{
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    *zero = false;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *zero = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN}; /* a NaN in b */
}

static Cx cx_powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cx_prod(r, p);
        p = cx_prod(p, p);
    }
    return r;
}

/* a ** b; *dom set for 0 to a negative or complex power. */
static Cx cx_pow(Cx a, Cx b, bool *dom)
{
    *dom = false;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n >= 0) return cx_powu(a, n);
        return cx_quot((Cx){1.0, 0.0}, cx_powu(a, -n), dom);
    }
    if (b.re == 0.0 && b.im == 0.0) return (Cx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *dom = true;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static CoilValue complex_binary(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    Cx x = {0.0, 0.0}, y = {0.0, 0.0};
    int ra = as_cx(vm, a, &x);
    if (ra > 0) return VAL_NOTIMPLEMENTED;
    int rb = as_cx(vm, b, &y);
    if (rb > 0) return VAL_NOTIMPLEMENTED;
    if (ra < 0 || rb < 0) return VAL_ERROR;
    bool bad;
    Cx r;
    switch (op) {
    case BIN_ADD: r = (Cx){x.re + y.re, x.im + y.im}; break;
    case BIN_SUB: r = (Cx){x.re - y.re, x.im - y.im}; break;
    case BIN_MUL: r = cx_prod(x, y); break;
    case BIN_TRUEDIV:
        r = cx_quot(x, y, &bad);
        if (bad) return vm_raise(vm, vm->e_ZeroDivisionError, "complex division by zero");
        break;
    case BIN_POW:
        r = cx_pow(x, y, &bad);
        if (bad) return vm_raise(vm, vm->e_ZeroDivisionError, "0.0 to a negative or complex power");
        if (isinf(r.re) || isinf(r.im)) return vm_raise(vm, vm->e_OverflowError, "complex exponentiation");
        break;
    default: return VAL_NOTIMPLEMENTED;
    }
    return complex_new_value(vm, r.re, r.im);
}

CoilValue complex_pow_reals(CoilVM *vm, double base, double exp)
{
    return complex_binary(vm, BIN_POW, value_from_double(base), value_from_double(exp));
}

#define COMPLEX_SLOT(name, op) \
    static CoilValue name(CoilVM *vm, CoilValue a, CoilValue b) { return complex_binary(vm, op, a, b); }
COMPLEX_SLOT(complex_add, BIN_ADD)
COMPLEX_SLOT(complex_sub, BIN_SUB)
COMPLEX_SLOT(complex_mul, BIN_MUL)
COMPLEX_SLOT(complex_truediv, BIN_TRUEDIV)
COMPLEX_SLOT(complex_powslot, BIN_POW)

static CoilValue complex_neg(CoilVM *vm, CoilValue a)
{
    Cx x = cx_of(a);
    return complex_new_value(vm, -x.re, -x.im);
}

static CoilValue complex_pos(CoilVM *vm, CoilValue a)
{
    Cx x = cx_of(a);
    return complex_new_value(vm, x.re, x.im);
}

static CoilValue complex_abs(CoilVM *vm, CoilValue a)
{
    Cx x = cx_of(a);
    if (isinf(x.re) || isinf(x.im)) return value_from_double(INFINITY);
    if (isnan(x.re) || isnan(x.im)) return value_from_double(NAN);
    double r = hypot(x.re, x.im);
    if (isinf(r)) return vm_raise(vm, vm->e_OverflowError, "absolute value too large");
    return value_from_double(r);
}

static int complex_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    Cx x = cx_of(self);
    return x.re != 0.0 || x.im != 0.0;
}

static int complex_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    Cx x = cx_of(self);
    uint64_t h = (uint64_t)float_hash_double(x.re) + 1000003u * (uint64_t)float_hash_double(x.im);
    if (h == (uint64_t)-1) h = (uint64_t)-2;
    *out = (int64_t)h;
    return 0;
}

/* == and != only; against an int exactly (as float == int is). */
static CoilValue complex_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (op != CMP_EQ && op != CMP_NE) return VAL_NOTIMPLEMENTED;
    if (!value_is_complex(vm, a)) {
        CoilValue t = a;
        a = b;
        b = t;
    }
    Cx x = cx_of(a);
    bool eq;
    if (value_is_complex(vm, b)) {
        Cx y = cx_of(b);
        eq = x.re == y.re && x.im == y.im;
    } else if (value_is_double(b) || value_is_int(vm, b) || value_is_bool(b) || float_is_subclass_instance(vm, b)) {
        if (x.im != 0.0) {
            eq = false;
        } else {
            /* the real part against the number, exactly (float's comparison) */
            CoilValue r = float_compare_values(vm, value_from_double(x.re), b, CMP_EQ);
            if (value_is_error(r)) return r;
            eq = r == VAL_TRUE;
        }
    } else {
        return VAL_NOTIMPLEMENTED;
    }
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

/* --- text ---------------------------------------------------------------------------- */

/* repr and str: "(1+2j)", or "2j" when the real part is +0. */
static CoilValue complex_repr(CoilVM *vm, CoilValue self)
{
    Cx x = cx_of(self);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok;
    if (x.re == 0.0 && !signbit(x.re)) {
        ok = numfmt_double_to_string(&b, x.im, 'r', 0, 0) && buf_putc(&b, 'j');
    } else {
        ok = buf_putc(&b, '(') && numfmt_double_to_string(&b, x.re, 'r', 0, 0) &&
             numfmt_double_to_string(&b, x.im, 'r', 0, NUMFMT_DTSF_SIGN) && buf_append(&b, "j)", 2);
    }
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

/* One part of format(): the float formatting of x under spec (no padding). */
static CoilFmtStatus format_part(CoilBuf *out, const CoilFormatSpec *spec, double x, char sign, CoilFmtError *err)
{
    CoilFormatSpec s = *spec;
    s.width = -1;
    s.fill = ' ';
    s.align = '<';
    s.sign = sign;
    if (s.type == 0) {
        /* no type: repr digits, or 'g' once a precision is given */
        if (s.precision < 0) {
            unsigned flags = sign == '+' ? NUMFMT_DTSF_SIGN : 0;
            if (s.alternate) flags |= NUMFMT_DTSF_ALT;
            if (sign == ' ' && !signbit(x) && !buf_putc(out, ' ')) return NUMFMT_NOMEM;
            return numfmt_double_to_string(out, x, 'r', 0, flags) ? NUMFMT_OK : NUMFMT_NOMEM;
        }
        s.type = 'g';
    } else if (s.type == 'n') {
        s.type = 'g';
    }
    return numfmt_format_float(out, &s, x, "complex", err);
}

static CoilValue complex_format(CoilVM *vm, CoilValue self, CoilValue spec)
{
    CoilString *sp = value_as_str(spec);
    if (sp->len == 0) return vm_str(vm, self);
    CoilFormatSpec fs;
    CoilFmtError err;
    CoilFmtStatus st = numfmt_spec_parse(sp->data, sp->len, 0, '>', "complex", &fs, &err);
    if (st != NUMFMT_OK) return format_raise(vm, st, &err);
    if (fs.type && (fs.type > 127 || !strchr("eEfFgGn", (int)fs.type)))
        return vm_raise(vm, vm->e_ValueError,
                        fs.type > 32 && fs.type < 127 ? "Unknown format code '%c' for object of type 'complex'"
                                                      : "Unknown format code '\\x%x' for object of type 'complex'",
                        (int)fs.type);
    if (fs.fill == '0')
        return vm_raise(vm, vm->e_ValueError, "Zero padding is not allowed in complex format specifier");
    if (fs.align == '=')
        return vm_raise(vm, vm->e_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    Cx x = cx_of(self);
    bool skip_re = false, parens = false;
    if (fs.type == 0) {
        if (x.re == 0.0 && !signbit(x.re)) skip_re = true;
        else parens = true;
    }
    CoilBuf body;
    buf_init(&body, &vm->counted);
    st = NUMFMT_OK;
    if (parens && !buf_putc(&body, '(')) st = NUMFMT_NOMEM;
    if (st == NUMFMT_OK && !skip_re) st = format_part(&body, &fs, x.re, fs.sign, &err);
    if (st == NUMFMT_OK) st = format_part(&body, &fs, x.im, skip_re ? fs.sign : '+', &err);
    if (st == NUMFMT_OK && !buf_putc(&body, 'j')) st = NUMFMT_NOMEM;
    if (st == NUMFMT_OK && parens && !buf_putc(&body, ')')) st = NUMFMT_NOMEM;
    if (st != NUMFMT_OK) {
        buf_free(&body);
        return format_raise(vm, st, &err);
    }
    /* the padding goes around the whole */
    CoilFormatSpec pad = fs;
    pad.type = 's';
    pad.precision = -1;
    pad.sign = 0;
    pad.alternate = false;
    pad.grouping = 0;
    pad.no_neg_0 = false;
    CoilBuf out;
    buf_init(&out, &vm->counted);
    st = numfmt_format_str(&out, &pad, body.data, body.len, "complex", &err);
    buf_free(&body);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return format_raise(vm, st, &err);
    }
    return str_from_buf(vm, &out);
}

/* --- complex() ------------------------------------------------------------------------ */

static CoilValue malformed(CoilVM *vm) { return vm_raise(vm, vm->e_ValueError, "complex() arg is a malformed string"); }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* A real number at s[0..n): [sign] (digits with single underscores between
 * them, a point, an exponent | inf | infinity | nan).  Its length, 0 if none. */
static size_t parse_real(const char *s, size_t n, double *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t wl = strlen(words[w]);
        if (n - i >= wl && strncasecmp(s + i, words[w], wl) == 0) {
            double v = w == 2 ? NAN : INFINITY;
            *out = neg ? -v : v;
            return i + wl;
        }
    }
    char tmp[512];
    size_t t = 0, start = i;
    bool digits = false;
    char prev = 0;
    for (; i < n && t < sizeof tmp - 1; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits = true;
        } else if (c == '_') {
            if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return 0;
            prev = c;
            continue;
        } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && (prev == 'e' || prev == 'E'))) {
            /* part of the number */
        } else {
            break;
        }
        tmp[t++] = c;
        prev = c;
    }
    if (!digits || i == start) return 0;
    double v;
    size_t used = numfmt_strtod(tmp, t, &v);
    if (used != t) {
        /* a trailing 'e' or sign that is not an exponent: give it back */
        if (used == 0) return 0;
        size_t back = t - used, j = i;
        while (back) {
            j--;
            if (s[j] != '_') back--;
        }
        i = j;
    }
    *out = neg ? -v : v;
    return i;
}

static CoilValue complex_from_text(CoilVM *vm, CoilType *type, const char *s, size_t n)
{
    while (n && is_space(*s)) s++, n--;
    while (n && is_space(s[n - 1])) n--;
    if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
        s++, n -= 2;
        while (n && is_space(*s)) s++, n--;
        while (n && is_space(s[n - 1])) n--;
    }
    if (!n) return malformed(vm);
    double re = 0.0, im = 0.0, x;
    size_t k = parse_real(s, n, &x);
    if (k == 0) {
        /* "j", "+j", "-j" */
        size_t i = 0;
        bool neg = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
        if (i + 1 != n || (s[i] != 'j' && s[i] != 'J')) return malformed(vm);
        im = neg ? -1.0 : 1.0;
    } else if (k == n) {
        re = x;
    } else if ((s[k] == 'j' || s[k] == 'J') && k + 1 == n) {
        im = x;
    } else if (s[k] == '+' || s[k] == '-') {
        re = x;
        const char *r = s + k;
        size_t rn = n - k;
        size_t k2 = parse_real(r, rn, &x);
        if (k2 == 0) {
            if (rn != 2 || (r[1] != 'j' && r[1] != 'J')) return malformed(vm);
            im = r[0] == '-' ? -1.0 : 1.0;
        } else {
            if (k2 + 1 != rn || (r[k2] != 'j' && r[k2] != 'J')) return malformed(vm);
            im = x;
        }
    } else {
        return malformed(vm);
    }
    return complex_alloc(vm, type, re, im);
}

CoilValue complex_alloc(CoilVM *vm, CoilType *type, double re, double im)
{
    if (type == vm->t_complex) return complex_new_value(vm, re, im);
    CoilComplex *c = gc_alloc_object(vm, type, type->instance_size);
    if (!c) return VAL_ERROR;
    c->re = re;
    c->im = im;
    object_init_fields(&c->obj);
    return value_from_object(c);
}

/* __complex__ of v if its type has one: the result (checked), VAL_EMPTY if
 * none, VAL_ERROR. */
static CoilValue call_dunder_complex(CoilVM *vm, CoilValue v)
{
    CoilString *name = str_intern_cstr(vm, "__complex__");
    if (!name) return VAL_ERROR;
    CoilValue m = type_lookup(vm, vm_typeof(vm, v), name);
    if (m == VAL_EMPTY) return VAL_EMPTY;
    CoilValue r = vm_call_method(vm, v, name, NULL, 0);
    if (value_is_error(r)) return r;
    if (!value_is_complex(vm, r))
        return vm_raise(vm, vm->e_TypeError, "__complex__ returned non-complex (type %s)", value_type_name(vm, r));
    return r;
}

static bool is_number(CoilVM *vm, CoilValue v)
{
    if (value_is_double(v) || value_is_small_int(v) || value_is_bool(v) || value_is_complex(vm, v)) return true;
    CoilType *t = vm_typeof(vm, v);
    return t->float_ || t->index;
}

/* float(v) for a number. */
static int to_double(CoilVM *vm, CoilValue v, double *out)
{
    CoilValue f = vm_call(vm, value_from_object(vm->t_float), &v, 1, VAL_EMPTY);
    if (value_is_error(f)) return -1;
    *out = float_value(f);
    return 0;
}

static CoilValue complex_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilType *type = (CoilType *)value_as_object(callee);
    static const char *const names[] = {"real", "imag"};
    CoilValue a[2] = {VAL_EMPTY, VAL_EMPTY};
    if (args_parse(vm, "complex", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    CoilValue r = a[0] == VAL_EMPTY ? value_from_small_int(0) : a[0], i = a[1];
    if (value_is_object(r) && value_as_object(r)->type == vm->t_complex && i == VAL_EMPTY && type == vm->t_complex)
        return r;
    if (value_is_str(vm, r)) {
        if (i != VAL_EMPTY)
            return vm_raise(vm, vm->e_TypeError, "complex() can't take second arg if first is a string");
        CoilString *s = value_as_str(r);
        if (memchr(s->data, '\0', s->len)) return malformed(vm);
        return complex_from_text(vm, type, s->data, s->len);
    }
    if (i != VAL_EMPTY && value_is_str(vm, i))
        return vm_raise(vm, vm->e_TypeError, "complex() second arg can't be a string");
    GC_SAVE(vm);
    CoilValue special = call_dunder_complex(vm, r);
    if (value_is_error(special)) return GC_RESTORE(vm), VAL_ERROR;
    if (special != VAL_EMPTY) {
        r = special;
        GC_ROOT(vm, r);
    }
    if (!is_number(vm, r)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "complex() first argument must be a string or a number, not '%s'",
                        value_type_name(vm, r));
    }
    if (i != VAL_EMPTY && !is_number(vm, i)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "complex() second argument must be a number, not '%s'",
                        value_type_name(vm, i));
    }
    Cx cr, ci = {0.0, 0.0};
    bool cr_complex = value_is_complex(vm, r), ci_complex = false;
    if (cr_complex) {
        cr = cx_of(r);
    } else {
        cr.im = 0.0;
        if (to_double(vm, r, &cr.re) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    if (i == VAL_EMPTY) {
        ci.re = cr.im;
    } else if (value_is_complex(vm, i)) {
        ci = cx_of(i);
        ci_complex = true;
    } else if (to_double(vm, i, &ci.re) < 0) {
        return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && i != VAL_EMPTY) ci.re += cr.im;
    return complex_alloc(vm, type, cr.re, ci.re);
}

/* --- methods and attributes ----------------------------------------------------------- */

static CoilValue m_conjugate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "conjugate", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    Cx x = cx_of(args[0]);
    return complex_new_value(vm, x.re, -x.im);
}

static CoilValue m_complex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__complex__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    Cx x = cx_of(args[0]);
    return complex_new_value(vm, x.re, x.im);
}

static CoilValue m_getnewargs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__getnewargs__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    Cx x = cx_of(args[0]);
    return tuple_pack2(vm, value_from_double(x.re), value_from_double(x.im));
}

static const CoilMethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0}, {"__complex__", m_complex, 0}, {"__getnewargs__", m_getnewargs, 0}, {NULL, NULL, 0}};

static CoilValue g_real(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_double(cx_of(self).re);
}

static CoilValue g_imag(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_double(cx_of(self).im);
}

static const CoilGetSetDef complex_getsets[] = {{"real", g_real, NULL}, {"imag", g_imag, NULL}, {NULL, NULL, NULL}};

void complex_init_type(CoilVM *vm)
{
    CoilType *t = type_new_builtin(vm, "complex", vm->t_object, sizeof(CoilComplex), 0);
    if (!t) return;
    t->flags |= TYPE_BASETYPE;
    t->repr = complex_repr;
    t->hash = complex_hash;
    t->bool_ = complex_bool;
    t->compare = complex_compare;
    t->binary[BIN_ADD] = complex_add;
    t->binary[BIN_SUB] = complex_sub;
    t->binary[BIN_MUL] = complex_mul;
    t->binary[BIN_TRUEDIV] = complex_truediv;
    t->binary[BIN_POW] = complex_powslot;
    t->neg = complex_neg;
    t->pos = complex_pos;
    t->abs = complex_abs;
    t->new_ = complex_new;
    t->format = complex_format;
    type_add_methods(vm, t, complex_methods);
    type_add_getsets(vm, t, complex_getsets);
    vm->t_complex = t;
}
