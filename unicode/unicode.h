/* unicode.h — Unicode character facts shared by the front end and the VM:
 * the str.is*() properties, printability (what repr() escapes), whitespace,
 * decimal digit values, full case mappings, character names and general
 * categories, all exactly CPython 3.11's
 * (Unicode 14.0.0).  The bottom layer: it includes nothing of Coil's. */
#ifndef COIL_UNICODE_H
#define COIL_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Property flags of uni_flags(); the bit order is unicode/gen_unicode_db.py's. */
#define UNI_ALPHA       0x001u  /* str.isalpha */
#define UNI_DECIMAL     0x002u  /* str.isdecimal */
#define UNI_DIGIT       0x004u  /* str.isdigit */
#define UNI_NUMERIC     0x008u  /* str.isnumeric */
#define UNI_LOWER       0x010u  /* str.islower of the single character */
#define UNI_UPPER       0x020u
#define UNI_TITLE       0x040u  /* general category Lt */
#define UNI_CASED       0x080u
#define UNI_IGNORABLE   0x100u  /* Case_Ignorable (the final-sigma rule) */
#define UNI_ID_START    0x200u
#define UNI_ID_CONTINUE 0x400u

uint32_t uni_flags(uint32_t cp);

/* str.isprintable() of one code point; repr() escapes the others. */
bool uni_isprintable(uint32_t cp);
/* str.isspace() of one code point. */
bool uni_isspace(uint32_t cp);
/* The decimal digit value of cp (ASCII or any Nd digit), or -1. */
int uni_decimal(uint32_t cp);

/* Full case mappings: writes the 1 to UNI_MAP_MAX code points cp maps to
 * (e.g. 'ß' upper-cases to "SS") and returns how many. */
enum { UNI_MAP_UPPER, UNI_MAP_LOWER, UNI_MAP_TITLE, UNI_MAP_FOLD };
#define UNI_MAP_MAX 3
size_t uni_case_map(uint32_t cp, int which, uint32_t out[UNI_MAP_MAX]);

/* --- names and categories (unicode_names.c) --- */

/* Room for any character name and its NUL. */
#define UNI_NAME_MAX 128
/* unicodedata.name(): writes cp's name into buf (cap >= UNI_NAME_MAX) and
 * returns its length, or 0 when cp has no name. */
size_t uni_name(uint32_t cp, char *buf, size_t cap);
/* unicodedata.lookup() / \N{...} (case-insensitive): the code point, or -1. */
int64_t uni_lookup(const char *name, size_t len);
/* unicodedata.category(): "Lu", "Nd", "Cn"... */
const char *uni_category(uint32_t cp);

/* --- normalization (unicode_norm.c) --- */

/* unicodedata.combining(): the canonical combining class. */
int uni_combining(uint32_t cp);
/* The longest full decomposition of one code point. */
#define UNI_DECOMP_MAX 18
/* cp's full canonical (compat: compatibility) decomposition, 1 to
 * UNI_DECOMP_MAX code points (cp itself when it has none). */
size_t uni_decompose(uint32_t cp, bool compat, uint32_t out[UNI_DECOMP_MAX]);
/* Puts the combining marks of fully decomposed s[0..n) in canonical order
 * and, if compose, composes it (NFC / NFKC); returns the new length. */
size_t uni_reorder_compose(uint32_t *s, size_t n, bool compose);

#endif
