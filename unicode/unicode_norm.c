/* unicode_norm.c — Unicode normalization (NFD, NFC, NFKD, NFKC) and
 * combining classes, CPython 3.11's (Unicode 14.0.0), from the tables
 * unicode/gen_unicode_norm.py writes: full decompositions, then the
 * canonical ordering of combining marks, then (NFC, NFKC) canonical
 * composition; Hangul syllables are taken apart and put together by rule. */
#include <string.h>

#include "unicode/unicode.h"
#include "unicode/unicode_norm.h"

#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

int uni_combining(uint32_t cp)
{
    size_t lo = 0, hi = COIL_UNI_NCCC;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((coil_uni_ccc[mid] >> 8) <= cp) lo = mid;
        else hi = mid;
    }
    return (int)(coil_uni_ccc[lo] & 0xFF);
}

/* The entry of coil_uni_dec for key (cp << 1 | compat), or -1. */
static long find_dec(uint32_t key)
{
    size_t lo = 0, hi = COIL_UNI_NDEC;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (coil_uni_dec[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < COIL_UNI_NDEC && coil_uni_dec[lo] == key ? (long)lo : -1;
}

size_t uni_decompose(uint32_t cp, bool compat, uint32_t out[UNI_DECOMP_MAX])
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        out[0] = L_BASE + s / N_COUNT;
        out[1] = V_BASE + s % N_COUNT / T_COUNT;
        if (s % T_COUNT == 0) return 2;
        out[2] = T_BASE + s % T_COUNT;
        return 3;
    }
    long e = compat ? find_dec(cp << 1 | 1) : -1;
    if (e < 0) e = find_dec(cp << 1);
    if (e < 0) {
        out[0] = cp;
        return 1;
    }
    size_t n = coil_uni_dec_at[e + 1] - coil_uni_dec_at[e];
    memcpy(out, coil_uni_dec_data + coil_uni_dec_at[e], n * sizeof *out);
    return n;
}

/* The composite of the canonical pair (a, b), or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    uint64_t key = (uint64_t)a << 21 | b;
    size_t lo = 0, hi = COIL_UNI_NCOMP;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (coil_uni_comp[mid].pair < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < COIL_UNI_NCOMP && coil_uni_comp[lo].pair == key ? coil_uni_comp[lo].cp : 0;
}

size_t uni_reorder_compose(uint32_t *s, size_t n, bool compose)
{
    /* Canonical ordering: a stable sort of each run of non-starters by class
     * (runs are short: insertion sort). */
    for (size_t i = 1; i < n; i++) {
        int ci = uni_combining(s[i]);
        if (ci == 0) continue;
        uint32_t c = s[i];
        size_t j = i;
        while (j > 0) {
            int cj = uni_combining(s[j - 1]);
            if (cj == 0 || cj <= ci) break;
            s[j] = s[j - 1];
            j--;
        }
        s[j] = c;
    }
    if (!compose || n == 0) return n;
    /* Canonical composition: each character joins the last starter unless
     * a character between them blocks it (one of the same or a higher
     * class; or any character at all, for a second starter).  A leading
     * non-starter composes with nothing. */
    size_t starter = 0, out = 1;
    uint32_t starter_ch = s[0];
    int last_class = uni_combining(s[0]) ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t c = s[i];
        int cc = uni_combining(c);
        uint32_t comp = compose_pair(starter_ch, c);
        if (comp && (last_class < cc || last_class == 0)) {
            s[starter] = starter_ch = comp;
            continue;
        }
        if (cc == 0) {
            starter = out;
            starter_ch = c;
        }
        last_class = cc;
        s[out++] = c;
    }
    return out;
}
