/* lexer.re — the raw scanner (re2c --utf8): one token at lx->cursor.
 * Names, keywords, operators, blanks, comments and continuations are matched by
 * the re2c DFA; numbers and string bodies by small C loops that follow CPython's
 * tokenizer.c step by step, so that every error lands on CPython's column. */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "scan.h"

/*!include:re2c "unicode.re" */

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";

    nl = "\r\n" | "\n" | "\r";
    id_start = [a-zA-Z_] | id_start_u;
    id_cont = [a-zA-Z0-9_] | id_cont_u;
    str_prefix = 'r' | 'u' | 'b' | 'br' | 'rb' | 'f' | 'fr' | 'rf';
*/

typedef const unsigned char *LexPtr;

int lex_eof_line(const CoilLexer *lx)
{
    /* A final newline ends the last line; CPython never reads a line after it. */
    if (lx->line > 1 && lx->line_start == lx->end && lx->cursor == lx->end)
        return lx->line - 1;
    return lx->line;
}

void lex_error_tok(CoilLexer *lx, int line, int col, int end_col, const char *fmt, ...)
{
    CoilSyntaxError *err = lx->error;
    if (err->set)
        return;
    char msg[sizeof err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syntax_error_set(err, "SyntaxError", line, col, line, end_col, "%s", msg);
    err->tokenizer = true;
    lx->err_overrides = true;
}

/* Decodes the UTF-8 character at p (already validated, except past the first
 * bad line, where any byte is taken as itself).  Returns its length. */
static int lex_utf8_decode(LexPtr p, LexPtr end, unsigned *cp)
{
    unsigned c = p[0];
    int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    bool whole = n <= end - p;
    for (int i = 1; whole && i < n; i++)
        whole = (p[i] & 0xC0) == 0x80;
    if (n == 1 || !whole) {
        *cp = c;
        return 1;
    }
    unsigned v = c & (0x7F >> n);
    for (int i = 1; i < n; i++)
        v = (v << 6) | (p[i] & 0x3F);
    *cp = v;
    return n;
}

/* 1 if the character at p is printable (str.isprintable), 0 if not. */
static int lex_printable(LexPtr p)
{
    LexPtr YYCURSOR = p, YYMARKER;
    (void)YYMARKER;
    /*!re2c
        [\x20-\x7E]        { return 1; }
        [\x00-\x1F\x7F]    { return 0; }
        nonprint_u         { return 0; }
        [^]                { return 1; }
        *                  { return 0; }
    */
}

void lex_error_char(CoilLexer *lx, const char *p)
{
    unsigned cp;
    int n = lex_utf8_decode((LexPtr)p, (LexPtr)lx->end, &cp);
    int col = (int)(p - lx->line_start);
    if (lex_printable((LexPtr)p) && cp >= 0x80)
        lex_error_tok(lx, lx->line, col, col, "invalid character '%.*s' (U+%04X)", n, p, cp);
    else
        lex_error_tok(lx, lx->line, col, col, "invalid non-printable character U+%04X", cp);
}

/* --- numbers: a transcription of tok_get's number branch ----------------- */

/* CPython's tok_nextc/tok_backup over the source: end of input reads as EOF
 * (-1) without moving, so backing up over it is a no-op, as in CPython. */
typedef struct LexNum {
    CoilLexer *lx;
    LexPtr p, end;
} LexNum;

static inline int num_next(LexNum *s)
{
    if (s->p >= s->end)
        return -1;
    return *s->p++;
}

static inline void num_back(LexNum *s, int c)
{
    if (c != -1)
        s->p--;
}

static inline int num_isdigit(int c) { return c >= '0' && c <= '9'; }

static inline int num_isxdigit(int c)
{
    return num_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline int num_ident_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || num_isdigit(c) ||
           c >= 128;
}

/* tokenizer.c's syntaxerror(): the caret goes on the character before the
 * cursor. */
static int num_error(LexNum *s, const char *msg)
{
    int col = (int)((const char *)s->p - s->lx->line_start) - 1;
    lex_error_tok(s->lx, s->lx->line, col, col, "%s", msg);
    return 0;
}

static int num_error_digit(LexNum *s, int base, int digit)
{
    int col = (int)((const char *)s->p - s->lx->line_start) - 1;
    lex_error_tok(s->lx, s->lx->line, col, col, "invalid digit '%c' in %s literal", digit,
                  base == 8 ? "octal" : "binary");
    return 0;
}

/* lookahead(): are the next characters `test`, not followed by a name char? */
static int num_lookahead(LexNum *s, const char *test)
{
    LexPtr q = s->p;
    while (*test) {
        if (q >= s->end || *q != (unsigned char)*test)
            return 0;
        q++, test++;
    }
    return q >= s->end || !num_ident_char(*q);
}

/* verify_end_of_number(): a number glued to a name is an error, except before
 * the keywords that can follow a number in valid code (then a warning). */
static int num_verify_end(LexNum *s, int c, const char *kind)
{
    int r = 0;
    if (c == 'a')
        r = num_lookahead(s, "nd");
    else if (c == 'e')
        r = num_lookahead(s, "lse");
    else if (c == 'f')
        r = num_lookahead(s, "or");
    else if (c == 'i') {
        int c2 = s->p < s->end ? *s->p : -1;
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o')
        r = num_lookahead(s, "r");
    else if (c == 'n')
        r = num_lookahead(s, "ot");
    if (r) {
        CoilLexer *lx = s->lx;
        if (lx->warn) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            lx->warn(lx->warn_ctx, "SyntaxWarning", lx->line, msg);
        }
        return 1;
    }
    if (num_ident_char(c)) {
        num_back(s, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return num_error(s, msg);
    }
    return 1;
}

#define NUM_FAILED (-2) /* num_decimal_tail's error (-1 is end of input) */

/* tok_decimal_tail(): digits with single underscores between them.  Returns
 * the character after them, or NUM_FAILED after an error. */
static int num_decimal_tail(LexNum *s)
{
    int c;
    for (;;) {
        do
            c = num_next(s);
        while (num_isdigit(c));
        if (c != '_')
            break;
        c = num_next(s);
        if (!num_isdigit(c)) {
            num_back(s, c);
            num_error(s, "invalid decimal literal");
            return NUM_FAILED;
        }
    }
    return c;
}

/* The digits of a 0x / 0o / 0b literal, after the prefix. */
static int num_based(LexNum *s, int base, const char *kind)
{
    int c = num_next(s);
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    do {
        if (c == '_')
            c = num_next(s);
        int ok = base == 16 ? num_isxdigit(c) : base == 8 ? (c >= '0' && c <= '7')
                                                          : (c == '0' || c == '1');
        if (!ok) {
            if (base != 16 && num_isdigit(c))
                return num_error_digit(s, base, c);
            num_back(s, c);
            return num_error(s, msg);
        }
        do {
            c = num_next(s);
        } while (base == 16 ? num_isxdigit(c) : base == 8 ? (c >= '0' && c <= '7')
                                                          : (c == '0' || c == '1'));
    } while (c == '_');
    if (base != 16 && num_isdigit(c))
        return num_error_digit(s, base, c);
    if (!num_verify_end(s, c, kind))
        return 0;
    num_back(s, c);
    return 1;
}

/* The byte column of character number n (0-based) of the current line, or
 * past its end as if the line went on with one-byte characters. */
static int num_char_col(const CoilLexer *lx, int n)
{
    LexPtr p = (LexPtr)lx->line_start, end = (LexPtr)lx->end;
    int k = 0;
    while (k < n && p < end && *p != '\n' && *p != '\r') {
        p++;
        while (p < end && (*p & 0xC0) == 0x80)
            p++;
        k++;
    }
    return (int)(p - (LexPtr)lx->line_start) + (n - k);
}

/* Scans a number starting at `start` (a digit, or '.' before a digit). */
static int lex_number(CoilLexer *lx, CoilToken *tok, LexPtr start)
{
    LexNum s = {lx, start, (LexPtr)lx->end};
    uint32_t flags = NUM_INT;
    int c = num_next(&s);

    if (c == '.') {
        c = num_next(&s);
        flags = NUM_FLOAT;
        goto fraction;
    }
    if (c == '0') {
        c = num_next(&s);
        if (c == 'x' || c == 'X') {
            if (!num_based(&s, 16, "hexadecimal"))
                goto fail;
            flags |= NUM_HEX;
            goto done;
        }
        if (c == 'o' || c == 'O') {
            if (!num_based(&s, 8, "octal"))
                goto fail;
            flags |= NUM_OCT;
            goto done;
        }
        if (c == 'b' || c == 'B') {
            if (!num_based(&s, 2, "binary"))
                goto fail;
            flags |= NUM_BIN;
            goto done;
        }
        /* "0", "00", "0_0": maybe the start of a float; other digits after
         * zeros are an old-style octal literal, now an error. */
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = num_next(&s);
                if (!num_isdigit(c)) {
                    num_back(&s, c);
                    num_error(&s, "invalid decimal literal");
                    goto fail;
                }
            }
            if (c != '0')
                break;
            c = num_next(&s);
        }
        LexPtr zeros_end = s.p;
        if (num_isdigit(c)) {
            nonzero = 1;
            c = num_decimal_tail(&s);
            if (c == NUM_FAILED)
                goto fail;
        }
        if (c == '.') {
            c = num_next(&s);
            flags = NUM_FLOAT;
            goto fraction;
        }
        if (c == 'e' || c == 'E')
            goto exponent;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (nonzero) {
            num_back(&s, c);
            /* CPython gives this error byte offsets where its others count
             * characters: the columns that show those bytes as characters. */
            int col = num_char_col(lx, (int)((const char *)start - lx->line_start));
            int end = num_char_col(lx, (int)((const char *)zeros_end - lx->line_start) - 1);
            lex_error_tok(lx, lx->line, col, end,
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
            goto fail;
        }
        if (!num_verify_end(&s, c, "decimal"))
            goto fail;
        num_back(&s, c);
        goto done;
    }

    /* decimal */
    c = num_decimal_tail(&s);
    if (c == NUM_FAILED)
        goto fail;
    if (c == '.') {
        c = num_next(&s);
        flags = NUM_FLOAT;
    fraction:
        if (num_isdigit(c)) {
            c = num_decimal_tail(&s);
            if (c == NUM_FAILED)
                goto fail;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = num_next(&s);
        if (c == '+' || c == '-') {
            c = num_next(&s);
            if (!num_isdigit(c)) {
                num_back(&s, c);
                num_error(&s, "invalid decimal literal");
                goto fail;
            }
        } else if (!num_isdigit(c)) {
            /* "1e" followed by a non-digit: the number ends before the 'e'
             * (then `1else` is 1 followed by else, with a warning). */
            num_back(&s, c);
            if (!num_verify_end(&s, e, "decimal"))
                goto fail;
            num_back(&s, e);
            goto done;
        }
        flags = NUM_FLOAT;
        c = num_decimal_tail(&s);
        if (c == NUM_FAILED)
            goto fail;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = num_next(&s);
        if (!num_verify_end(&s, c, "imaginary"))
            goto fail;
        num_back(&s, c);
        flags |= LEX_NUM_IMAG;
        goto done;
    }
    if (!num_verify_end(&s, c, "decimal"))
        goto fail;
    num_back(&s, c);

done:
    tok->kind = TOK_NUMBER;
    tok->flags = flags;
    tok->start = (const char *)start;
    tok->len = (uint32_t)(s.p - start);
    tok->line = tok->end_line = lx->line;
    tok->col = (int)((const char *)start - lx->line_start);
    tok->end_col = tok->col + (int)tok->len;
    lx->cursor = (const char *)s.p;
    return TOK_NUMBER;

fail:
    lx->cursor = (const char *)s.p;
    return LEX_R_ERROR;
}

/* --- strings --------------------------------------------------------------- */

/* Bytes that stop the fast scan of a string body: quotes, backslash, line
 * ends and NUL (end of input). */
static const unsigned char lex_str_stop[256] = {
    [0] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1, ['\''] = 1, ['"'] = 1,
};

/* Scans a string literal whose prefix starts at `start` and whose opening
 * quote is at q, as tok_get's string branch does. */
static int lex_string(CoilLexer *lx, CoilToken *tok, LexPtr start, LexPtr q)
{
    LexPtr end = (LexPtr)lx->end;
    uint32_t flags = 0;
    for (LexPtr c = start; c < q; c++) {
        switch (*c | 0x20) {
        case 'r': flags |= STR_RAW; break;
        case 'b': flags |= STR_BYTES; break;
        case 'f': flags |= STR_FORMAT; break;
        default: flags |= STR_UNICODE; break;
        }
    }
    const unsigned char quote = *q;
    const int first_line = lx->line;
    const char *first_line_start = lx->line_start;
    LexPtr p = q + 1, body, body_end;

    if (p[0] == quote && p[1] == quote) {
        flags |= STR_TRIPLE;
        p += 2;
    } else if (p[0] == quote) {
        body = body_end = p;
        p++;
        goto done;
    }
    body = p;
    for (;;) {
        while (!lex_str_stop[*p])
            p++;
        unsigned char c = *p;
        if (c == quote) {
            if (!(flags & STR_TRIPLE)) {
                body_end = p++;
                break;
            }
            if (p[1] == quote && p[2] == quote) {
                body_end = p;
                p += 3;
                break;
            }
            p++;
            continue;
        }
        if (c == '\\') {
            /* The backslash takes the next character with it, a newline too
             * (which continues the string on the next line). */
            p++;
            c = *p;
            if (c == '\n' || c == '\r') {
                p += (c == '\r' && p[1] == '\n') ? 2 : 1;
                lx->line++;
                lx->line_start = (const char *)p;
                continue;
            }
            if (c == 0 && p >= end)
                goto unterminated;
            p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!(flags & STR_TRIPLE))
                goto unterminated;
            p += (c == '\r' && p[1] == '\n') ? 2 : 1;
            lx->line++;
            lx->line_start = (const char *)p;
            continue;
        }
        if (c == 0 && p >= end)
            goto unterminated;
        p++; /* the other quote, or a NUL inside the source (past lx->bad_line) */
    }

done:
    tok->kind = TOK_STRING;
    tok->flags = flags;
    tok->start = (const char *)start;
    tok->len = (uint32_t)(p - start);
    tok->line = first_line;
    tok->col = (int)((const char *)start - first_line_start);
    tok->end_line = lx->line;
    tok->end_col = (int)((const char *)p - lx->line_start);
    tok->body = (const char *)body;
    tok->body_len = (uint32_t)(body_end - body);
    lx->cursor = (const char *)p;
    return TOK_STRING;

unterminated:
    lx->cursor = (const char *)p;
    {
        int detected = lex_eof_line(lx);
        if (p < end)
            detected = lx->line; /* stopped at the newline ending this line */
        int col = (int)((const char *)start - first_line_start);
        if (flags & STR_TRIPLE)
            lex_error_tok(lx, first_line, col, col,
                          "unterminated triple-quoted string literal (detected at line %d)",
                          detected);
        else
            lex_error_tok(lx, first_line, col, col,
                          "unterminated string literal (detected at line %d)", detected);
        /* The error's position is on the first line: keep the caret there. */
    }
    return LEX_R_ERROR;
}

/* --- the scanner ------------------------------------------------------------ */

static inline int lex_simple(CoilLexer *lx, CoilToken *tok, LexPtr start, LexPtr cur, int kind)
{
    tok->kind = (CoilTokenKind)kind;
    tok->flags = 0;
    tok->start = (const char *)start;
    tok->len = (uint32_t)(cur - start);
    tok->line = tok->end_line = lx->line;
    tok->col = (int)((const char *)start - lx->line_start);
    tok->end_col = tok->col + (int)tok->len;
    lx->cursor = (const char *)cur;
    return kind;
}

/* A name or keyword ends at cur.  A non-ASCII character right after it is
 * not an identifier character (the DFA would have taken it), and CPython
 * reports the first such character of the word. */
static inline int lex_word(CoilLexer *lx, CoilToken *tok, LexPtr start, LexPtr cur, int kind)
{
    if (*cur >= 0x80) {
        lex_error_char(lx, (const char *)cur);
        lx->cursor = (const char *)cur;
        return LEX_R_ERROR;
    }
    return lex_simple(lx, tok, start, cur, kind);
}

int lex_scan(CoilLexer *lx, CoilToken *tok)
{
    LexPtr YYCURSOR = (LexPtr)lx->cursor, YYMARKER, start;
    LexPtr comment = NULL; /* a comment before the newline: NEWLINE starts there */
    LexPtr end = (LexPtr)lx->end;
    tok->body = NULL;
    tok->body_len = 0;

next:
    start = YYCURSOR;
    /*!re2c
    [ \t\f]+ { goto next; }
    "#" [^\r\n\x00]* { comment = start; goto next; }

    nl {
        LexPtr at = comment ? comment : start;
        tok->kind = TOK_NEWLINE;
        tok->flags = 0;
        tok->start = (const char *)at;
        tok->len = (uint32_t)(start - at);
        tok->line = tok->end_line = lx->line;
        tok->col = (int)((const char *)at - lx->line_start);
        tok->end_col = (int)((const char *)start - lx->line_start);
        lx->line++;
        lx->line_start = lx->cursor = (const char *)YYCURSOR;
        return LEX_R_NEWLINE;
    }

    "\\" nl {
        /* A continuation line; at end of input it is CPython's E_EOF. */
        tok->line = lx->line;
        tok->col = (int)((const char *)start - lx->line_start) + 1;
        lx->line++;
        lx->line_start = lx->cursor = (const char *)YYCURSOR;
        if (YYCURSOR >= end)
            return LEX_R_CONT_EOF;
        goto next;
    }
    "\\" {
        lx->cursor = (const char *)YYCURSOR;
        if (YYCURSOR >= end) { /* CPython's reader ends the last line with "\n" */
            tok->line = lx->line;
            tok->col = (int)((const char *)YYCURSOR - lx->line_start);
            return LEX_R_CONT_EOF;
        }
        /* E_LINECONT: the column counts from CPython's line buffer (lx->buf_start). */
        syntax_error_set(lx->error, "SyntaxError", lx->line,
                         (int)((const char *)YYCURSOR - lx->buf_start), lx->line, -1,
                         "unexpected character after line continuation character");
        lx->err_overrides = false;
        return LEX_R_ERROR;
    }

    "\x00" {
        if (start >= end) {
            LexPtr at = comment ? comment : start;
            tok->line = tok->end_line = lx->line;
            tok->col = (int)((const char *)at - lx->line_start);
            tok->end_col = (int)((const char *)start - lx->line_start);
            tok->start = (const char *)at;
            tok->len = (uint32_t)(start - at);
            tok->flags = 0;
            lx->cursor = (const char *)start;
            return LEX_R_EOF;
        }
        /* A NUL inside the source: lex_next reports lx->bad_line instead. */
        lex_error_char(lx, (const char *)start);
        lx->cursor = (const char *)YYCURSOR;
        return LEX_R_ERROR;
    }

    "False"    { return lex_word(lx, tok, start, YYCURSOR, TOK_FALSE); }
    "None"     { return lex_word(lx, tok, start, YYCURSOR, TOK_NONE); }
    "True"     { return lex_word(lx, tok, start, YYCURSOR, TOK_TRUE); }
    "and"      { return lex_word(lx, tok, start, YYCURSOR, TOK_AND); }
    "as"       { return lex_word(lx, tok, start, YYCURSOR, TOK_AS); }
    "assert"   { return lex_word(lx, tok, start, YYCURSOR, TOK_ASSERT); }
    "async"    { return lex_word(lx, tok, start, YYCURSOR, TOK_ASYNC); }
    "await"    { return lex_word(lx, tok, start, YYCURSOR, TOK_AWAIT); }
    "break"    { return lex_word(lx, tok, start, YYCURSOR, TOK_BREAK); }
    "class"    { return lex_word(lx, tok, start, YYCURSOR, TOK_CLASS); }
    "continue" { return lex_word(lx, tok, start, YYCURSOR, TOK_CONTINUE); }
    "def"      { return lex_word(lx, tok, start, YYCURSOR, TOK_DEF); }
    "del"      { return lex_word(lx, tok, start, YYCURSOR, TOK_DEL); }
    "elif"     { return lex_word(lx, tok, start, YYCURSOR, TOK_ELIF); }
    "else"     { return lex_word(lx, tok, start, YYCURSOR, TOK_ELSE); }
    "except"   { return lex_word(lx, tok, start, YYCURSOR, TOK_EXCEPT); }
    "finally"  { return lex_word(lx, tok, start, YYCURSOR, TOK_FINALLY); }
    "for"      { return lex_word(lx, tok, start, YYCURSOR, TOK_FOR); }
    "from"     { return lex_word(lx, tok, start, YYCURSOR, TOK_FROM); }
    "global"   { return lex_word(lx, tok, start, YYCURSOR, TOK_GLOBAL); }
    "if"       { return lex_word(lx, tok, start, YYCURSOR, TOK_IF); }
    "import"   { return lex_word(lx, tok, start, YYCURSOR, TOK_IMPORT); }
    "in"       { return lex_word(lx, tok, start, YYCURSOR, TOK_IN); }
    "is"       { return lex_word(lx, tok, start, YYCURSOR, TOK_IS); }
    "lambda"   { return lex_word(lx, tok, start, YYCURSOR, TOK_LAMBDA); }
    "nonlocal" { return lex_word(lx, tok, start, YYCURSOR, TOK_NONLOCAL); }
    "not"      { return lex_word(lx, tok, start, YYCURSOR, TOK_NOT); }
    "or"       { return lex_word(lx, tok, start, YYCURSOR, TOK_OR); }
    "pass"     { return lex_word(lx, tok, start, YYCURSOR, TOK_PASS); }
    "raise"    { return lex_word(lx, tok, start, YYCURSOR, TOK_RAISE); }
    "return"   { return lex_word(lx, tok, start, YYCURSOR, TOK_RETURN); }
    "try"      { return lex_word(lx, tok, start, YYCURSOR, TOK_TRY); }
    "while"    { return lex_word(lx, tok, start, YYCURSOR, TOK_WHILE); }
    "with"     { return lex_word(lx, tok, start, YYCURSOR, TOK_WITH); }
    "yield"    { return lex_word(lx, tok, start, YYCURSOR, TOK_YIELD); }
    id_start id_cont* { return lex_word(lx, tok, start, YYCURSOR, TOK_NAME); }

    str_prefix? ["'] { return lex_string(lx, tok, start, YYCURSOR - 1); }
    [0-9] | "." [0-9] { return lex_number(lx, tok, start); }

    "+"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_PLUS); }
    "-"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_MINUS); }
    "*"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_STAR); }
    "/"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_SLASH); }
    "//"  { return lex_simple(lx, tok, start, YYCURSOR, TOK_DOUBLESLASH); }
    "%"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_PERCENT); }
    "**"  { return lex_simple(lx, tok, start, YYCURSOR, TOK_DOUBLESTAR); }
    "@"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_AT); }
    "<<"  { return lex_simple(lx, tok, start, YYCURSOR, TOK_LSHIFT); }
    ">>"  { return lex_simple(lx, tok, start, YYCURSOR, TOK_RSHIFT); }
    "&"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_AMPER); }
    "|"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_VBAR); }
    "^"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_CIRCUMFLEX); }
    "~"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_TILDE); }
    ":="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_COLONEQUAL); }
    "<"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_LESS); }
    ">"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_GREATER); }
    "<="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_LESSEQUAL); }
    ">="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_GREATEREQUAL); }
    "=="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_EQEQUAL); }
    "!="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_NOTEQUAL); }
    "("   { return lex_simple(lx, tok, start, YYCURSOR, TOK_LPAR); }
    ")"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_RPAR); }
    "["   { return lex_simple(lx, tok, start, YYCURSOR, TOK_LSQB); }
    "]"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_RSQB); }
    "{"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_LBRACE); }
    "}"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_RBRACE); }
    ","   { return lex_simple(lx, tok, start, YYCURSOR, TOK_COMMA); }
    ":"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_COLON); }
    ";"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_SEMI); }
    "."   { return lex_simple(lx, tok, start, YYCURSOR, TOK_DOT); }
    "..." { return lex_simple(lx, tok, start, YYCURSOR, TOK_ELLIPSIS); }
    "->"  { return lex_simple(lx, tok, start, YYCURSOR, TOK_RARROW); }
    "="   { return lex_simple(lx, tok, start, YYCURSOR, TOK_EQUAL); }
    "+="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_PLUSEQUAL); }
    "-="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_MINEQUAL); }
    "*="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_STAREQUAL); }
    "/="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_SLASHEQUAL); }
    "//=" { return lex_simple(lx, tok, start, YYCURSOR, TOK_DOUBLESLASHEQUAL); }
    "%="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_PERCENTEQUAL); }
    "@="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_ATEQUAL); }
    "&="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_AMPEREQUAL); }
    "|="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_VBAREQUAL); }
    "^="  { return lex_simple(lx, tok, start, YYCURSOR, TOK_CIRCUMFLEXEQUAL); }
    ">>=" { return lex_simple(lx, tok, start, YYCURSOR, TOK_RIGHTSHIFTEQUAL); }
    "<<=" { return lex_simple(lx, tok, start, YYCURSOR, TOK_LEFTSHIFTEQUAL); }
    "**=" { return lex_simple(lx, tok, start, YYCURSOR, TOK_DOUBLESTAREQUAL); }
    "!"   { return lex_simple(lx, tok, start, YYCURSOR, TOK_EXCLAMATION); }

    // CPython makes OP tokens of these ("<>" is NOTEQUAL kept for Barry as
    // FLUFL); no grammar rule takes them, so they end in "invalid syntax".
    [$?`] | "<>" {
        lex_simple(lx, tok, start, YYCURSOR, TOK_NOTEQUAL);
        return LEX_R_BADCHAR;
    }

    // Control characters and non-ASCII characters that cannot start a name;
    // lex_error_char tells printable ones from the others.
    [^] {
        lex_error_char(lx, (const char *)start);
        lx->cursor = (const char *)YYCURSOR;
        return LEX_R_ERROR;
    }
    * {
        /* A byte that is not UTF-8: only past lx->bad_line, which lex_next
         * reports instead. */
        lex_error_char(lx, (const char *)start);
        lx->cursor = (const char *)YYCURSOR;
        return LEX_R_ERROR;
    }
    */
}
