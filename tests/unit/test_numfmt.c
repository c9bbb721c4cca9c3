/* test_numfmt.c — number formatting against CPython 3.11: the generated tables
 * in numfmt_cases.h (repr, format() for float/int/str, float(), round(), %)
 * plus hand-written checks of the API edges: buffers, allocation failure,
 * error rendering and the printf hooks' call order. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt_cases.h"
#include "vm/buf.h"
#include "vm/numfmt.h"
#include "vm/str.h"

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define MAX_REPORTS 10

static const CoilAllocator std_alloc = {coil_default_alloc, NULL};

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* The outcome of one call as (status, text): the output, or the error text. */
static bool outcome_matches(CoilFmtStatus st, const CoilBuf *out, const CoilFmtError *err, int want_status,
                            const char *want, size_t want_len, char *got_desc, size_t cap)
{
    CoilBuf text;
    buf_init(&text, &std_alloc);
    if (st == NUMFMT_OK) buf_append(&text, buf_cstr(out), out->len);
    else if (st != NUMFMT_NOMEM) numfmt_error_render(err, &text);
    bool ok = (int)st == want_status && text.len == want_len && memcmp(buf_cstr(&text), want, want_len) == 0;
    if (!ok) snprintf(got_desc, cap, "status %d, \"%s\"", (int)st, buf_cstr(&text));
    buf_free(&text);
    return ok;
}

/* ------------------------------------------------------------------------
 * Generated tables.
 */

Test(numfmt, repr_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_repr_cases); i++) {
        char out[NUMFMT_REPR_MAX];
        double x = from_bits(numfmt_repr_cases[i].bits);
        size_t n = numfmt_float_repr(x, out);
        if (n != strlen(numfmt_repr_cases[i].repr) || strcmp(out, numfmt_repr_cases[i].repr) != 0) {
            if (bad++ < MAX_REPORTS) {
                cr_log_error("repr(0x%016llx): want %s, got %s", (unsigned long long)numfmt_repr_cases[i].bits,
                             numfmt_repr_cases[i].repr, out);
            }
        }
    }
    cr_expect_eq(bad, 0, "%d of %zu repr cases differ", bad, N_OF(numfmt_repr_cases));
}

Test(numfmt, repr_via_buf_and_double_to_string)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_repr_cases); i += 7) {
        double x = from_bits(numfmt_repr_cases[i].bits);
        CoilBuf a, b;
        buf_init(&a, &std_alloc);
        buf_init(&b, &std_alloc);
        cr_assert(numfmt_float_repr_buf(&a, x));
        cr_assert(numfmt_double_to_string(&b, x, 'r', 0, NUMFMT_DTSF_ADD_DOT_0));
        if (strcmp(buf_cstr(&a), numfmt_repr_cases[i].repr) || strcmp(buf_cstr(&b), numfmt_repr_cases[i].repr)) bad++;
        buf_free(&a);
        buf_free(&b);
    }
    cr_expect_eq(bad, 0);
}

Test(numfmt, format_float_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_float_fmt_cases); i++) {
        const __typeof__(numfmt_float_fmt_cases[0]) *c = &numfmt_float_fmt_cases[i];
        CoilBuf out;
        buf_init(&out, &std_alloc);
        CoilFormatSpec spec;
        CoilFmtError err;
        CoilFmtStatus st = numfmt_spec_parse(c->spec, c->spec_len, 0, '>', "float", &spec, &err);
        if (st == NUMFMT_OK) st = numfmt_format_float(&out, &spec, from_bits(c->bits), "float", &err);
        char got[4096];
        if (!outcome_matches(st, &out, &err, c->status, c->out, c->out_len, got, sizeof got) && bad++ < MAX_REPORTS) {
            cr_log_error("format(0x%016llx, \"%s\"): want %d \"%s\", got %s", (unsigned long long)c->bits, c->spec,
                         c->status, c->out, got);
        }
        buf_free(&out);
    }
    cr_expect_eq(bad, 0, "%d of %zu float format cases differ", bad, N_OF(numfmt_float_fmt_cases));
}

Test(numfmt, format_int_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_int_fmt_cases); i++) {
        const __typeof__(numfmt_int_fmt_cases[0]) *c = &numfmt_int_fmt_cases[i];
        CoilBuf out;
        buf_init(&out, &std_alloc);
        CoilFormatSpec spec;
        CoilFmtError err;
        CoilFmtStatus st = numfmt_spec_parse(c->spec, c->spec_len, 'd', '>', "int", &spec, &err);
        if (st == NUMFMT_OK) {
            cr_expect_eq(numfmt_int_base(&spec), c->base, "base for \"%s\"", c->spec);
            st = numfmt_format_int(&out, &spec, c->neg, c->digits, strlen(c->digits), "int", &err);
        }
        char got[4096];
        if (!outcome_matches(st, &out, &err, c->status, c->out, c->out_len, got, sizeof got) && bad++ < MAX_REPORTS) {
            cr_log_error("format(%s%s (base %d), \"%s\"): want %d \"%s\", got %s", c->neg ? "-" : "", c->digits,
                         c->base, c->spec, c->status, c->out, got);
        }
        buf_free(&out);
    }
    cr_expect_eq(bad, 0, "%d of %zu int format cases differ", bad, N_OF(numfmt_int_fmt_cases));
}

Test(numfmt, format_str_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_str_fmt_cases); i++) {
        const __typeof__(numfmt_str_fmt_cases[0]) *c = &numfmt_str_fmt_cases[i];
        CoilBuf out;
        buf_init(&out, &std_alloc);
        CoilFormatSpec spec;
        CoilFmtError err;
        CoilFmtStatus st = numfmt_spec_parse(c->spec, c->spec_len, 's', '<', "str", &spec, &err);
        if (st == NUMFMT_OK) st = numfmt_format_str(&out, &spec, c->text, strlen(c->text), "str", &err);
        char got[4096];
        if (!outcome_matches(st, &out, &err, c->status, c->out, c->out_len, got, sizeof got) && bad++ < MAX_REPORTS) {
            cr_log_error("format(\"%s\", \"%s\"): want %d \"%s\", got %s", c->text, c->spec, c->status, c->out, got);
        }
        buf_free(&out);
    }
    cr_expect_eq(bad, 0, "%d of %zu str format cases differ", bad, N_OF(numfmt_str_fmt_cases));
}

Test(numfmt, type_names_are_cut_at_200_bytes)
{
    for (size_t i = 0; i < N_OF(numfmt_type_name_cases); i++) {
        const __typeof__(numfmt_type_name_cases[0]) *c = &numfmt_type_name_cases[i];
        CoilBuf out;
        buf_init(&out, &std_alloc);
        CoilFormatSpec spec;
        CoilFmtError err;
        CoilFmtStatus st = numfmt_spec_parse(c->spec, strlen(c->spec), 0, '>', c->type_name, &spec, &err);
        if (st == NUMFMT_OK) st = numfmt_format_float(&out, &spec, 1.0, c->type_name, &err);
        char got[4096];
        cr_expect(outcome_matches(st, &out, &err, c->status, c->out, strlen(c->out), got, sizeof got),
                  "type %zu spec \"%s\": want \"%s\", got %s", i, c->spec, c->out, got);
        buf_free(&out);
    }
}

Test(numfmt, parse_float_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_parse_cases); i++) {
        const __typeof__(numfmt_parse_cases[0]) *c = &numfmt_parse_cases[i];
        double x = 0;
        CoilFmtStatus st = numfmt_parse_float(&std_alloc, c->text, c->len, &x);
        bool ok = (int)st == c->status;
        if (ok && st == NUMFMT_OK) ok = to_bits(x) == c->bits;
        if (ok && st == NUMFMT_VALUE_ERROR) {
            CoilBuf msg;
            buf_init(&msg, &std_alloc);
            cr_assert(numfmt_float_parse_error(&msg, c->text, c->len));
            ok = strcmp(buf_cstr(&msg), c->err) == 0;
            if (!ok && bad < MAX_REPORTS) cr_log_error("message: want %s, got %s", c->err, buf_cstr(&msg));
            buf_free(&msg);
        }
        if (!ok && bad++ < MAX_REPORTS) {
            cr_log_error("float(\"%s\"): want %d 0x%016llx, got %d 0x%016llx", c->text, c->status,
                         (unsigned long long)c->bits, (int)st, (unsigned long long)to_bits(x));
        }
    }
    cr_expect_eq(bad, 0, "%d of %zu float() cases differ", bad, N_OF(numfmt_parse_cases));
}

Test(numfmt, round_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_round_cases); i++) {
        const __typeof__(numfmt_round_cases[0]) *c = &numfmt_round_cases[i];
        double r = 0;
        CoilFmtError err;
        CoilFmtStatus st = numfmt_round(from_bits(c->bits), c->ndigits, &r, &err);
        bool ok = (int)st == c->status &&
                  (st == NUMFMT_OK ? to_bits(r) == c->out || (isnan(r) && isnan(from_bits(c->out)))
                                   : strcmp(err.msg, c->err) == 0);
        if (!ok && bad++ < MAX_REPORTS) {
            cr_log_error("round(0x%016llx, %lld): want %d 0x%016llx, got %d 0x%016llx",
                         (unsigned long long)c->bits, (long long)c->ndigits, c->status, (unsigned long long)c->out,
                         (int)st, (unsigned long long)to_bits(r));
        }
    }
    cr_expect_eq(bad, 0, "%d of %zu round() cases differ", bad, N_OF(numfmt_round_cases));
}

/* printf-style: hooks over the generator's tagged arguments, raising what
 * CPython's argument fetching raises. */
typedef struct PctArgs {
    const char *const *args;
    int n, next;
    bool mapping;
    int selected;
    char error[256]; /* the hook's "exception" */
} PctArgs;

static int pct_take(PctArgs *p)
{
    if (p->mapping) {
        int s = p->selected;
        p->selected = -1;
        return s;
    }
    return p->next < p->n ? p->next++ : -1;
}

static bool pct_select_key(void *ud, const char *key, size_t len)
{
    PctArgs *p = ud;
    for (int i = 0; i < p->n; i++) {
        const char *eq = strchr(p->args[i], '=');
        if (eq && (size_t)(eq - p->args[i]) == len && memcmp(p->args[i], key, len) == 0) {
            p->selected = i;
            return true;
        }
    }
    snprintf(p->error, sizeof p->error, "KeyError: %.*s", (int)len, key);
    return false;
}

static const char *pct_value(PctArgs *p, int i)
{
    const char *a = p->args[i];
    if (p->mapping) return strchr(a, '=') + 1; /* keys are generated without '=' */
    return a;
}

static void pct_int_digits(const char *v, bool *neg, char *dec, char *oct, char *hex)
{
    /* i<sign><dec>:<oct>:<hex> */
    *neg = v[1] == '-';
    sscanf(v + 2, "%511[^:]:%511[^:]:%511s", dec, oct, hex);
}

static bool pct_star(void *ud, bool is_precision, int64_t *value)
{
    (void)is_precision;
    PctArgs *p = ud;
    int i = pct_take(p);
    if (i < 0) {
        snprintf(p->error, sizeof p->error, "not enough arguments for format string");
        return false;
    }
    const char *v = pct_value(p, i);
    bool neg;
    char dec[512], oct[512], hex[512];
    cr_assert(v[0] == 'i');
    pct_int_digits(v, &neg, dec, oct, hex);
    *value = strtoll(dec, NULL, 10) * (neg ? -1 : 1);
    return true;
}

static CoilFmtStatus pct_convert(void *ud, CoilBuf *out, const CoilPctSpec *spec, CoilFmtError *err)
{
    PctArgs *p = ud;
    int i = pct_take(p);
    if (i < 0) {
        snprintf(p->error, sizeof p->error, "not enough arguments for format string");
        return NUMFMT_HOOK_ERROR;
    }
    const char *v = pct_value(p, i);
    switch (spec->conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        bool neg;
        char dec[512], oct[512], hex[512];
        cr_assert(v[0] == 'i', "int conversion of %s", v);
        pct_int_digits(v, &neg, dec, oct, hex);
        int base = numfmt_pct_int_base(spec->conv);
        const char *d = base == 10 ? dec : base == 8 ? oct : hex;
        return numfmt_pct_int(out, spec, neg, d, strlen(d), err);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        cr_assert(v[0] == 'f', "float conversion of %s", v);
        return numfmt_pct_float(out, spec, from_bits(strtoull(v + 1, NULL, 16)), err);
    case 's': case 'r': case 'a': case 'c':
        cr_assert(v[0] == 's', "text conversion of %s", v);
        return numfmt_pct_str(out, spec, v + 1, strlen(v + 1), err);
    default:
        return numfmt_pct_unsupported(spec, err);
    }
}

Test(numfmt, percent_table)
{
    int bad = 0;
    for (size_t i = 0; i < N_OF(numfmt_pct_cases); i++) {
        const __typeof__(numfmt_pct_cases[0]) *c = &numfmt_pct_cases[i];
        PctArgs p = {c->args, c->nargs, 0, c->mapping != 0, -1, ""};
        CoilPctHooks hooks = {&p, pct_select_key, pct_star, pct_convert};
        CoilBuf out;
        buf_init(&out, &std_alloc);
        CoilFmtError err;
        CoilFmtStatus st = numfmt_percent(&out, c->fmt, c->fmt_len, c->mapping != 0, &hooks, &err);
        if (st == NUMFMT_OK && !p.mapping && p.next < p.n) {
            st = NUMFMT_HOOK_ERROR;
            snprintf(p.error, sizeof p.error, "not all arguments converted during string formatting");
        }
        char got[4096];
        bool ok;
        if (st == NUMFMT_HOOK_ERROR) {
            ok = c->status == NUMFMT_HOOK_ERROR && strcmp(p.error, c->out) == 0;
            snprintf(got, sizeof got, "hook error \"%s\"", p.error);
        } else {
            ok = outcome_matches(st, &out, &err, c->status, c->out, c->out_len, got, sizeof got);
        }
        if (!ok && bad++ < MAX_REPORTS) {
            cr_log_error("\"%s\" %% ...: want %d \"%s\", got %s", c->fmt, c->status, c->out, got);
        }
        buf_free(&out);
    }
    cr_expect_eq(bad, 0, "%d of %zu %% cases differ", bad, N_OF(numfmt_pct_cases));
}

/* ------------------------------------------------------------------------
 * Hand-written: API edges.
 */

Test(numfmt, shortest_digits_api)
{
    char d[17];
    int decpt;
    int n = numfmt_shortest_digits(0.1, d, &decpt);
    cr_assert_eq(n, 1);
    cr_assert_eq(d[0], '1');
    cr_assert_eq(decpt, 0);
    n = numfmt_shortest_digits(-123.456, d, &decpt);
    cr_assert_eq(n, 6);
    cr_assert(memcmp(d, "123456", 6) == 0);
    cr_assert_eq(decpt, 3);
    n = numfmt_shortest_digits(5e-324, d, &decpt);
    cr_assert(n == 1 && d[0] == '5' && decpt == -323);
    n = numfmt_shortest_digits(1.7976931348623157e308, d, &decpt);
    cr_assert(n == 17 && memcmp(d, "17976931348623157", 17) == 0 && decpt == 309);
}

Test(numfmt, double_to_string_flags)
{
    struct { double x; char code; int prec; unsigned flags; const char *want; } cases[] = {
        {1.5, 'f', 2, NUMFMT_DTSF_SIGN, "+1.50"},
        {-0.0, 'f', 1, NUMFMT_DTSF_NO_NEG_0, "0.0"},
        {-0.04, 'f', 1, NUMFMT_DTSF_NO_NEG_0, "0.0"},
        {-0.05, 'f', 1, NUMFMT_DTSF_NO_NEG_0, "-0.1"},
        {1.0, 'g', 5, NUMFMT_DTSF_ALT, "1.0000"},
        {1.0, 'g', 5, NUMFMT_DTSF_ADD_DOT_0, "1.0"},
        {1e20, 'G', 3, 0, "1E+20"},
        {NAN, 'F', 3, NUMFMT_DTSF_SIGN, "+NAN"},
        {-INFINITY, 'e', 3, 0, "-inf"},
        {12345.0, 'e', 0, NUMFMT_DTSF_ALT, "1.e+04"},
        {0.5, 'f', 0, 0, "0"},
        {1.5, 'f', 0, 0, "2"},
        {1e300, 'e', 2, 0, "1.00e+300"},
        {1e16, 'r', 0, NUMFMT_DTSF_ADD_DOT_0, "1e+16"},
        {123.0, 'r', 0, 0, "123"},
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        CoilBuf b;
        buf_init(&b, &std_alloc);
        cr_assert(numfmt_double_to_string(&b, cases[i].x, cases[i].code, cases[i].prec, cases[i].flags));
        cr_expect_str_eq(buf_cstr(&b), cases[i].want, "case %zu", i);
        buf_free(&b);
    }
}

Test(numfmt, strtod_prefix)
{
    double x;
    cr_assert_eq(numfmt_strtod("1.5e3xyz", 8, &x), 5);
    cr_assert_eq(x, 1500.0);
    cr_assert_eq(numfmt_strtod("1e+", 3, &x), 1); /* the exponent needs a digit */
    cr_assert_eq(x, 1.0);
    cr_assert_eq(numfmt_strtod("-.5", 3, &x), 3);
    cr_assert_eq(x, -0.5);
    cr_assert_eq(numfmt_strtod(".e1", 3, &x), 0);
    cr_assert_eq(numfmt_strtod("inf", 3, &x), 0);
    cr_assert_eq(numfmt_strtod("1_0", 3, &x), 1); /* no underscores in the core */
    cr_assert_eq(numfmt_strtod("12", 1, &x), 1);  /* the length is respected */
    cr_assert_eq(x, 1.0);
}

Test(numfmt, decimal_to_double)
{
    double x;
    cr_assert(numfmt_decimal_to_double(false, "9007199254740993", 16, &x));
    cr_assert_eq(x, 9007199254740992.0); /* tie to even */
    cr_assert(numfmt_decimal_to_double(true, "9007199254740995", 16, &x));
    cr_assert_eq(x, -9007199254740996.0);
    char big[400];
    memset(big, '9', 309);
    cr_assert(!numfmt_decimal_to_double(false, big, 309, &x)); /* 10^309 - 1 overflows */
    cr_assert(numfmt_decimal_to_double(false, "0", 1, &x) && x == 0.0);
}

Test(numfmt, round_half_even)
{
    cr_assert_eq(numfmt_round_half_even(0.5), 0.0);
    cr_assert_eq(numfmt_round_half_even(1.5), 2.0);
    cr_assert_eq(numfmt_round_half_even(2.5), 2.0);
    cr_assert_eq(numfmt_round_half_even(-2.5), -2.0);
    cr_assert_eq(numfmt_round_half_even(2.4999999999999996), 2.0);
    cr_assert_eq(numfmt_round_half_even(1e300), 1e300);
}

Test(numfmt, format_i64_matches_digits)
{
    const char *specs[] = {"", "d", "x", "#X", "+015_b", ",", "^12o", "c", "e", ".3%"};
    int64_t vals[] = {0, 1, -1, 65, 255, INT64_MAX, INT64_MIN, 123456789};
    for (size_t i = 0; i < N_OF(specs); i++) {
        for (size_t j = 0; j < N_OF(vals); j++) {
            CoilFormatSpec spec;
            CoilFmtError err;
            cr_assert_eq(numfmt_spec_parse(specs[i], strlen(specs[i]), 'd', '>', "int", &spec, &err), NUMFMT_OK);
            CoilBuf a, b;
            buf_init(&a, &std_alloc);
            buf_init(&b, &std_alloc);
            CoilFmtStatus sa = numfmt_format_i64(&a, &spec, vals[j], "int", &err);
            char digits[80];
            uint64_t u = vals[j] < 0 ? 0 - (uint64_t)vals[j] : (uint64_t)vals[j];
            int base = numfmt_int_base(&spec);
            snprintf(digits, sizeof digits, base == 16 ? "%llx" : base == 8 ? "%llo" : "%llu", (unsigned long long)u);
            if (base == 2) {
                int n = 0;
                char tmp[80];
                do tmp[n++] = (char)('0' + (u & 1)); while (u >>= 1);
                for (int k = 0; k < n; k++) digits[k] = tmp[n - 1 - k];
                digits[n] = 0;
            }
            CoilFmtStatus sb = numfmt_format_int(&b, &spec, vals[j] < 0, digits, strlen(digits), "int", &err);
            cr_expect_eq(sa, sb);
            cr_expect_str_eq(buf_cstr(&a), buf_cstr(&b), "spec %s value %lld", specs[i], (long long)vals[j]);
            buf_free(&a);
            buf_free(&b);
        }
    }
}

Test(numfmt, empty_spec_is_str)
{
    CoilFormatSpec spec;
    CoilFmtError err;
    cr_assert_eq(numfmt_spec_parse("", 0, 'd', '>', "int", &spec, &err), NUMFMT_OK);
    cr_assert(spec.empty);
    CoilBuf b;
    buf_init(&b, &std_alloc);
    cr_assert_eq(numfmt_format_int(&b, &spec, true, "42", 2, "int", &err), NUMFMT_OK);
    cr_assert_str_eq(buf_cstr(&b), "-42");
    buf_truncate(&b, 0);
    cr_assert_eq(numfmt_spec_parse("", 0, 0, '>', "float", &spec, &err), NUMFMT_OK);
    cr_assert_eq(numfmt_format_float(&b, &spec, 1e16, "float", &err), NUMFMT_OK);
    cr_assert_str_eq(buf_cstr(&b), "1e+16");
    buf_free(&b);
}

Test(numfmt, invalid_spec_message_quotes_a_long_spec)
{
    /* the spec is spliced in at render time, so its length is unbounded */
    char spec[2001];
    memset(spec, 'y', 1000);
    memset(spec + 1000, 'x', 1000);
    spec[2000] = 0;
    CoilFormatSpec f;
    CoilFmtError err;
    cr_assert_eq(numfmt_spec_parse(spec, 2000, 's', '<', "str", &f, &err), NUMFMT_VALUE_ERROR);
    CoilBuf msg;
    buf_init(&msg, &std_alloc);
    cr_assert(numfmt_error_render(&err, &msg));
    cr_assert_eq(msg.len, strlen("Invalid format specifier '' for object of type 'str'") + 2000);
    cr_assert(strncmp(msg.data, "Invalid format specifier 'yyyy", 30) == 0);
    cr_assert_str_eq(msg.data + msg.len - 27, "x' for object of type 'str'");
    buf_free(&msg);
}

Test(numfmt, repr_str_quotes_and_escapes)
{
    struct { const char *s; const char *want; } cases[] = {
        {"abc", "'abc'"},
        {"it's", "\"it's\""},
        {"'\"", "'\\'\"'"},
        {"a\\b\tc\n\r", "'a\\\\b\\tc\\n\\r'"},
        {"\x01\x7f", "'\\x01\\x7f'"},
        {"\xc3\xa9\xe4\xb8\xad", "'\xc3\xa9\xe4\xb8\xad'"},  /* printable non-ASCII stays */
        {"\xc2\xad\xe2\x80\xa8", "'\\xad\\u2028'"},           /* soft hyphen, line separator */
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"},
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        CoilBuf b;
        buf_init(&b, &std_alloc);
        cr_assert(str_repr_utf8(&b, cases[i].s, strlen(cases[i].s), false));
        cr_expect_str_eq(buf_cstr(&b), cases[i].want);
        buf_free(&b);
    }
}

/* An allocator that fails once a byte budget is spent. */
typedef struct Budget {
    size_t left;
} Budget;

static void *budget_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    Budget *b = ud;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    if (new_size > old_size && new_size - old_size > b->left) return NULL;
    if (new_size > old_size) b->left -= new_size - old_size;
    return realloc(ptr, new_size);
}

Test(numfmt, buffer_growth_and_failure)
{
    Budget budget = {100};
    CoilAllocator a = {budget_alloc, &budget};
    CoilBuf b;
    buf_init(&b, &a);
    cr_assert_str_eq(buf_cstr(&b), "");
    cr_assert(buf_append_str(&b, "hello"));
    cr_assert(buf_fill(&b, '-', 3));
    cr_assert(buf_append_cp(&b, 0x20AC));
    cr_assert(buf_fill_cp(&b, 0xE9, 2));
    cr_assert_str_eq(buf_cstr(&b), "hello---\xe2\x82\xac\xc3\xa9\xc3\xa9");
    size_t len = b.len;
    cr_assert(!buf_fill(&b, 'x', 1000)); /* over budget: unchanged */
    cr_assert_eq(b.len, len);
    cr_assert(!buf_reserve(&b, SIZE_MAX - 2));
    cr_assert(!buf_fill_cp(&b, 0x1F600, SIZE_MAX / 2));
    buf_truncate(&b, 5);
    cr_assert_str_eq(buf_cstr(&b), "hello");
    buf_free(&b);
    char u[4];
    cr_assert_eq(buf_utf8_encode(0x7F, u), 1);
    cr_assert_eq(buf_utf8_encode(0x7FF, u), 2);
    cr_assert_eq(buf_utf8_encode(0xFFFF, u), 3);
    cr_assert_eq(buf_utf8_encode(0x10FFFF, u), 4);
}

Test(numfmt, huge_width_is_nomem_not_a_crash)
{
    Budget budget = {1 << 20};
    CoilAllocator a = {budget_alloc, &budget};
    CoilBuf b;
    buf_init(&b, &a);
    cr_assert(buf_append_str(&b, "keep"));
    CoilFormatSpec spec;
    CoilFmtError err;
    const char *specs[] = {"99999999999", "\xc3\xa9<9999999999999", "9223372036854775807", ".1000000000f"};
    for (size_t i = 0; i < N_OF(specs); i++) {
        cr_assert_eq(numfmt_spec_parse(specs[i], strlen(specs[i]), 0, '>', "float", &spec, &err), NUMFMT_OK);
        cr_expect_eq(numfmt_format_float(&b, &spec, 1.5, "float", &err), NUMFMT_NOMEM, "spec %s", specs[i]);
        cr_expect_str_eq(buf_cstr(&b), "keep");
        cr_assert_eq(numfmt_spec_parse(specs[i], strlen(specs[i]), 's', '<', "str", &spec, &err), NUMFMT_OK);
        if (spec.precision < 0) {
            cr_expect_eq(numfmt_format_str(&b, &spec, "x", 1, "str", &err), NUMFMT_NOMEM);
            cr_assert_eq(numfmt_spec_parse(specs[i], strlen(specs[i]), 'd', '>', "int", &spec, &err), NUMFMT_OK);
            cr_expect_eq(numfmt_format_i64(&b, &spec, 5, "int", &err), NUMFMT_NOMEM);
        }
        cr_expect_str_eq(buf_cstr(&b), "keep");
    }
    buf_free(&b);
}

Test(numfmt, parse_float_long_non_ascii)
{
    /* longer than the stack scratch: goes through the allocator */
    CoilBuf s;
    buf_init(&s, &std_alloc);
    buf_append_str(&s, "\xe3\x80\x80 1");              /* ideographic space */
    for (int i = 0; i < 300; i++) buf_append_str(&s, "\xd9\xa0"); /* ARABIC-INDIC ZERO */
    buf_append_str(&s, ".5 ");
    double x;
    cr_assert_eq(numfmt_parse_float(&std_alloc, s.data, s.len, &x), NUMFMT_OK);
    cr_assert_eq(x, 1e300); /* 1 followed by 300 zeros, and .5 */
    Budget budget = {10};
    CoilAllocator a = {budget_alloc, &budget};
    cr_assert_eq(numfmt_parse_float(&a, s.data, s.len, &x), NUMFMT_NOMEM);
    buf_free(&s);
}

Test(numfmt, percent_hook_order)
{
    /* the '*' argument is fetched before "incomplete format" is noticed */
    const char *args[] = {"i+5:5:5"};
    PctArgs p = {args, 1, 0, false, -1, ""};
    CoilPctHooks hooks = {&p, pct_select_key, pct_star, pct_convert};
    CoilBuf out;
    buf_init(&out, &std_alloc);
    CoilFmtError err;
    cr_assert_eq(numfmt_percent(&out, "ab%*", 4, false, &hooks, &err), NUMFMT_VALUE_ERROR);
    cr_assert_str_eq(err.msg, "incomplete format");
    cr_assert_eq(p.next, 1);
    cr_assert_eq(out.len, 0); /* nothing half-written */
    p.next = 0;
    cr_assert_eq(numfmt_percent(&out, "%(k)s", 5, false, &hooks, &err), NUMFMT_TYPE_ERROR);
    cr_assert_str_eq(err.msg, "format requires a mapping");
    cr_assert_eq(numfmt_percent(&out, "%%", 2, false, &hooks, &err), NUMFMT_OK);
    cr_assert_str_eq(buf_cstr(&out), "%");
    buf_free(&out);
}
