/* unicode_names.c — character names (both ways) and general categories,
 * CPython 3.11's (Unicode 14.0.0), from the tables unicode/gen_unicode_names.py
 * writes.  Names are stored as word numbers; Hangul syllables and the
 * ideograph ranges are spelled by rule, as the standard defines them. */
#include <stdio.h>
#include <string.h>

#include "unicode/unicode.h"
#include "unicode/unicode_names.h"

/* Hangul syllables: L V T jamo short names (Unicode 3.12). */
#define HANGUL_BASE 0xAC00
#define HANGUL_COUNT 11172
static const char *const jamo_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                       "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[28] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L", "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                       "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
#define HANGUL_PREFIX "HANGUL SYLLABLE "

/* Appends word number w to buf (at *n, room cap); false when full. */
static bool put_word(char *buf, size_t cap, size_t *n, uint32_t w)
{
    const char *s = coil_uni_words + coil_uni_word_off[w];
    size_t len = strlen(s);
    if (*n + len + 1 > cap) return false;
    memcpy(buf + *n, s, len);
    *n += len;
    return true;
}

/* The code point of name number k (names are numbered in code point order). */
static uint32_t name_cp(size_t k)
{
    size_t lo = 0, hi = COIL_UNI_NRUNS;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (coil_uni_runs[mid].name <= k) lo = mid;
        else hi = mid;
    }
    return coil_uni_runs[lo].cp + (uint32_t)(k - coil_uni_runs[lo].name);
}

/* Spells name number k. */
static size_t spell(size_t k, char *buf, size_t cap)
{
    size_t n = 0;
    uint32_t at = coil_uni_name_blk[k / 32];
    for (size_t j = k & ~(size_t)31; j < k; j++) at += coil_uni_name_len[j];
    for (uint32_t i = at, end = at + coil_uni_name_len[k]; i < end;) {
        uint32_t b = coil_uni_name_data[i++];
        uint32_t w = b < 0x80 ? b : 128 + ((b & 0x7f) << 8 | coil_uni_name_data[i++]);
        if (n && n + 1 < cap) buf[n++] = ' ';
        if (!put_word(buf, cap, &n, w)) return 0;
    }
    buf[n] = 0;
    return n;
}

size_t uni_name(uint32_t cp, char *buf, size_t cap)
{
    if (cap < UNI_NAME_MAX) return 0;
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = cp - HANGUL_BASE;
        int len = snprintf(buf, cap, HANGUL_PREFIX "%s%s%s", jamo_l[s / 588], jamo_v[s % 588 / 28], jamo_t[s % 28]);
        return len > 0 ? (size_t)len : 0;
    }
    for (size_t i = 0; i < COIL_UNI_NALG; i++)
        if (cp >= coil_uni_alg[i].first && cp <= coil_uni_alg[i].last) {
            int len = snprintf(buf, cap, "%s%04X", coil_uni_alg[i].prefix, (unsigned)cp);
            return len > 0 ? (size_t)len : 0;
        }
    /* the run holding cp, if any: the last one starting at or before it */
    size_t lo = 0, hi = COIL_UNI_NRUNS;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (coil_uni_runs[mid].cp <= cp) lo = mid;
        else hi = mid;
    }
    if (cp < coil_uni_runs[lo].cp) return 0;
    size_t end = lo + 1 < COIL_UNI_NRUNS ? coil_uni_runs[lo + 1].name : COIL_UNI_NNAMES;
    size_t k = coil_uni_runs[lo].name + (cp - coil_uni_runs[lo].cp);
    return k < end ? spell(k, buf, cap) : 0;
}

#define CJK_PREFIX "CJK UNIFIED IDEOGRAPH-"

/* CPython spells out Hangul syllables and CJK unified ideographs by rule
 * and matches those names exactly (upper case; an ideograph's hex in four
 * or five digits); every other name, the other ideograph ranges included,
 * matches case-insensitively.  The code point, -1 when name is none of the
 * rule-made ones, -2 when it is one that names nothing. */
static int64_t lookup_by_rule(const char *name, size_t len)
{
    size_t plen = sizeof HANGUL_PREFIX - 1;
    if (len >= plen && memcmp(name, HANGUL_PREFIX, plen) == 0) {
        /* The longest matching jamo at each place. */
        const char *p = name + plen, *end = name + len;
        int idx[3];
        const char *const *tables[3] = {jamo_l, jamo_v, jamo_t};
        const int sizes[3] = {19, 21, 28};
        for (int part = 0; part < 3; part++) {
            int best = -1;
            size_t best_len = 0;
            for (int i = 0; i < sizes[part]; i++) {
                size_t l = strlen(tables[part][i]);
                if (l <= (size_t)(end - p) && memcmp(p, tables[part][i], l) == 0 && (best < 0 || l > best_len)) {
                    best = i;
                    best_len = l;
                }
            }
            if (best < 0) return -2;
            idx[part] = best;
            p += best_len;
        }
        if (p != end) return -2;
        return HANGUL_BASE + (idx[0] * 21 + idx[1]) * 28 + idx[2];
    }
    plen = sizeof CJK_PREFIX - 1;
    if (len >= plen && memcmp(name, CJK_PREFIX, plen) == 0) {
        if (len != plen + 4 && len != plen + 5) return -2;
        uint32_t v = 0;
        for (size_t k = plen; k < len; k++) {
            char c = name[k];
            int h = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (h < 0) return -2;
            v = v * 16 + (uint32_t)h;
        }
        for (size_t j = 0; j < COIL_UNI_NALG; j++)
            if (strcmp(coil_uni_alg[j].prefix, CJK_PREFIX) == 0 && v >= coil_uni_alg[j].first &&
                v <= coil_uni_alg[j].last)
                return v;
        return -2;
    }
    return -1;
}

/* The other ranges' names (upper-cased already), spelled as uni_name does. */
static int64_t lookup_range(const char *up, size_t len)
{
    for (size_t i = 0; i < COIL_UNI_NALG; i++) {
        const char *pre = coil_uni_alg[i].prefix;
        size_t pl = strlen(pre);
        if (strcmp(pre, CJK_PREFIX) == 0 || len <= pl || memcmp(up, pre, pl) != 0) continue;
        uint32_t v = 0;
        for (size_t k = pl; k < len && k < pl + 6; k++) {
            char c = up[k];
            v = v * 16 + (uint32_t)(c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0);
        }
        char buf[UNI_NAME_MAX];
        if (v < coil_uni_alg[i].first || v > coil_uni_alg[i].last) continue;
        snprintf(buf, sizeof buf, "%s%04X", pre, (unsigned)v);
        if (strcmp(buf, up) == 0) return v;
    }
    return -1;
}

int64_t uni_lookup(const char *name, size_t len)
{
    char up[UNI_NAME_MAX];
    if (len == 0 || len >= sizeof up) return -1;
    int64_t r = lookup_by_rule(name, len);
    if (r != -1) return r < 0 ? -1 : r;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        up[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    up[len] = 0;
    if ((r = lookup_range(up, len)) >= 0) return r;
    size_t lo = 0, hi = COIL_UNI_NNAMES;
    char buf[UNI_NAME_MAX];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, k = coil_uni_name_sorted[mid];
        spell(k, buf, sizeof buf);
        int c = strcmp(buf, up);
        if (c == 0) return name_cp(k);
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

const char *uni_category(uint32_t cp)
{
    size_t lo = 0, hi = COIL_UNI_NCAT;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((coil_uni_cat[mid] >> 5) <= cp) lo = mid;
        else hi = mid;
    }
    return coil_uni_cat_names[coil_uni_cat[lo] & 31];
}
