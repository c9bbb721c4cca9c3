/* unicode.c — lookups in the generated tables of unicode_db.h.  Every table
 * is sorted by code point and searched by bisection; ASCII is answered
 * before any search, since nearly all text is ASCII. */
#include "unicode/unicode.h"

#include "unicode/unicode_db.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

uint32_t uni_flags(uint32_t cp)
{
    size_t lo = 0, hi = COUNT(coil_uni_props);
    while (hi - lo > 1) { /* the last entry whose start is <= cp */
        size_t mid = (lo + hi) / 2;
        if ((coil_uni_props[mid] >> 11) <= cp) lo = mid;
        else hi = mid;
    }
    return coil_uni_props[lo] & 0x7FFu;
}

bool uni_isprintable(uint32_t cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    size_t lo = 0, hi = COUNT(coil_uni_nonprintable);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < coil_uni_nonprintable[mid][0]) hi = mid;
        else if (cp > coil_uni_nonprintable[mid][1]) lo = mid + 1;
        else return false;
    }
    return true;
}

bool uni_isspace(uint32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    for (size_t i = 0; i < COUNT(coil_uni_spaces); i++)
        if (coil_uni_spaces[i] == cp) return true;
    return false;
}

int uni_decimal(uint32_t cp)
{
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < coil_uni_digit_zeros[0]) return -1;
    size_t lo = 0, hi = COUNT(coil_uni_digit_zeros);
    while (hi - lo > 1) { /* the last zero <= cp */
        size_t mid = (lo + hi) / 2;
        if (coil_uni_digit_zeros[mid] <= cp) lo = mid;
        else hi = mid;
    }
    uint32_t d = cp - coil_uni_digit_zeros[lo];
    return d < 10 ? (int)d : -1;
}

size_t uni_case_map(uint32_t cp, int which, uint32_t out[UNI_MAP_MAX])
{
    size_t lo = 0, hi = COUNT(coil_uni_case_index);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t key = coil_uni_case_index[mid] >> 11;
        if (key < cp) lo = mid + 1;
        else if (key > cp) hi = mid;
        else {
            int32_t m = coil_uni_case_recs[coil_uni_case_index[mid] & 0x7FFu][which];
            if (m >= COIL_UNI_SPECIAL) { /* deltas are far smaller than the marker */
                const uint32_t *seq = coil_uni_case_special + (m - COIL_UNI_SPECIAL);
                for (uint32_t i = 0; i < seq[0]; i++) out[i] = seq[i + 1];
                return seq[0];
            }
            out[0] = (uint32_t)((int32_t)cp + m);
            return 1;
        }
    }
    out[0] = cp;
    return 1;
}
