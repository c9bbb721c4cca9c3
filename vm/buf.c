/* buf.c — the growable byte buffer (see buf.h): growth through the VM's
 * allocator hook, with overflow checks so a huge request fails cleanly. */
#include <string.h>

#include "vm/buf.h"

void buf_init(CoilBuf *b, const CoilAllocator *alloc)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->alloc = alloc;
}

void buf_free(CoilBuf *b)
{
    coil_free(b->alloc, b->data, b->cap);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

bool buf_reserve(CoilBuf *b, size_t extra)
{
    /* +1 for the terminator; checked against overflow because format widths
     * come straight from user text ("{:99999999999999}"). */
    if (extra > SIZE_MAX - 1 - b->len) return false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap < 32 ? 32 : b->cap;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    char *p = coil_realloc(b->alloc, b->data, b->cap, cap);
    if (!p) return false;
    b->data = p;
    b->cap = cap;
    return true;
}

bool buf_append(CoilBuf *b, const void *p, size_t n)
{
    if (!buf_reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

bool buf_append_str(CoilBuf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

bool buf_fill(CoilBuf *b, char c, size_t n)
{
    if (!buf_reserve(b, n)) return false;
    memset(b->data + b->len, (unsigned char)c, n);
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

size_t buf_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool buf_append_cp(CoilBuf *b, uint32_t cp)
{
    char u[4];
    return buf_append(b, u, buf_utf8_encode(cp, u));
}

bool buf_fill_cp(CoilBuf *b, uint32_t cp, size_t n)
{
    if (cp < 0x80) return buf_fill(b, (char)cp, n);
    char u[4];
    size_t k = buf_utf8_encode(cp, u);
    if (n > (SIZE_MAX - 1) / k || !buf_reserve(b, n * k)) return false;
    char *p = b->data + b->len;
    for (size_t i = 0; i < n; i++, p += k) memcpy(p, u, k);
    b->len += n * k;
    b->data[b->len] = 0;
    return true;
}

void buf_truncate(CoilBuf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = 0;
    }
}
