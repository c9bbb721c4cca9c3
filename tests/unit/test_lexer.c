/* test_lexer.c — Criterion tests of the lexer: token streams and positions
 * (layout, numbers, strings, operators, names), every tokenizer error message
 * with its position, string literal decoding, and the CPython-format printing
 * of syntax errors.  Expected values come from CPython 3.11. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"
#include "lexer/strlit.h"

/* --- helpers ------------------------------------------------------------------ */

#define MAXTOK 512

/* Lexes src[0..len) into toks; returns the token count (ENDMARKER included)
 * or -1 after an error (then *err is set). */
static int lex_n(const char *src, size_t len, CoilToken *toks, CoilSyntaxError *err)
{
    CoilLexer lx;
    memset(err, 0, sizeof *err);
    lex_init(&lx, src, len, err);
    for (int n = 0; n < MAXTOK; n++) {
        if (!lex_next(&lx, &toks[n]))
            return -1;
        if (toks[n].kind == TOK_ENDMARKER)
            return n + 1;
    }
    return MAXTOK;
}

static int lex_s(const char *src, CoilToken *toks, CoilSyntaxError *err)
{
    return lex_n(src, strlen(src), toks, err);
}

/* The token kinds of src as "NAME EQUAL NUMBER NEWLINE ENDMARKER", or the
 * kinds up to an error followed by "ERROR". */
static char *kinds(const char *src)
{
    static CoilToken toks[MAXTOK]; /* test-only scratch */
    static char buf[4096];
    CoilSyntaxError err;
    int n = lex_s(src, toks, &err);
    buf[0] = 0;
    int count = n < 0 ? 0 : n;
    if (n < 0) {
        /* re-run to collect the tokens before the error */
        CoilLexer lx;
        CoilSyntaxError e2 = {0};
        lex_init(&lx, src, strlen(src), &e2);
        while (count < MAXTOK && lex_next(&lx, &toks[count]))
            count++;
    }
    for (int i = 0; i < count; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, tok_name(toks[i].kind));
    }
    if (n < 0)
        strcat(buf, count ? " ERROR" : "ERROR");
    return buf;
}

/* Lexes src expecting an error; checks its type, message and position. */
static void expect_error(const char *src, size_t len, const char *type, const char *msg,
                         int line, int col, int end_col)
{
    CoilToken toks[MAXTOK];
    CoilSyntaxError err;
    int n = lex_n(src, len, toks, &err);
    cr_assert_eq(n, -1, "no error for %s", src);
    cr_assert(err.set);
    cr_assert_str_eq(err.type, type, "type for %s", src);
    cr_assert_str_eq(err.msg, msg, "msg for %s", src);
    cr_assert_eq(err.line, line, "line for %s: %d", src, err.line);
    cr_assert_eq(err.col, col, "col for %s: %d", src, err.col);
    cr_assert_eq(err.end_col, end_col, "end_col for %s: %d", src, err.end_col);
}

#define EXPECT_ERROR(src, type, msg, line, col, end_col) \
    expect_error(src, sizeof(src) - 1, type, msg, line, col, end_col)

static void expect_pos(const CoilToken *t, CoilTokenKind kind, int line, int col, int end_line,
                       int end_col)
{
    cr_assert_eq(t->kind, kind, "kind %s, expected %s", tok_name(t->kind), tok_name(kind));
    cr_assert_eq(t->line, line, "%s line %d, expected %d", tok_name(kind), t->line, line);
    cr_assert_eq(t->col, col, "%s col %d, expected %d", tok_name(kind), t->col, col);
    cr_assert_eq(t->end_line, end_line, "%s end_line %d, expected %d", tok_name(kind),
                 t->end_line, end_line);
    cr_assert_eq(t->end_col, end_col, "%s end_col %d, expected %d", tok_name(kind), t->end_col,
                 end_col);
}

/* Decodes a literal body; returns a malloc'd copy of the result (length in
 * *len) or NULL with *err set. */
static char *decode(const char *body, uint32_t flags, long *len, CoilSyntaxError *err)
{
    size_t n = strlen(body);
    char *out = malloc(n + 1);
    memset(err, 0, sizeof *err);
    *len = strlit_decode(body, n, flags, 1, 0, out, err);
    if (*len < 0) {
        free(out);
        return NULL;
    }
    return out;
}

static void expect_decode(const char *body, uint32_t flags, const char *want, size_t want_len)
{
    CoilSyntaxError err;
    long len;
    char *out = decode(body, flags, &len, &err);
    cr_assert_not_null(out, "decode error for %s: %s", body, err.msg);
    cr_assert_eq((size_t)len, want_len, "length for %s: %ld", body, len);
    cr_assert(memcmp(out, want, want_len) == 0, "bytes for %s", body);
    free(out);
}

#define EXPECT_DECODE(body, flags, want) expect_decode(body, flags, want, sizeof(want) - 1)

static void expect_decode_error(const char *body, uint32_t flags, const char *msg)
{
    CoilSyntaxError err;
    long len;
    char *out = decode(body, flags, &len, &err);
    cr_assert_null(out, "no decode error for %s", body);
    cr_assert_eq(len, -1);
    cr_assert_str_eq(err.msg, msg, "msg for %s", body);
}

/* What syntax_error_print writes for err over src[0..len). */
static char *printed_n(const CoilSyntaxError *err, const char *src, size_t len)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    syntax_error_print(err, "x.py", src, len, f);
    fclose(f);
    return buf;
}

static char *printed(const CoilSyntaxError *err, const char *src)
{
    return printed_n(err, src, strlen(src));
}

/* Lexes src (expecting an error) and returns the printed error. */
static char *lex_printed_n(const char *src, size_t len)
{
    CoilToken toks[MAXTOK];
    CoilSyntaxError err;
    cr_assert_eq(lex_n(src, len, toks, &err), -1, "no error for %s", src);
    return printed_n(&err, src, len);
}

#define lex_printed(src) lex_printed_n(src, sizeof(src) - 1)

/* --- layout ---------------------------------------------------------------------- */

Test(layout, simple_statements)
{
    cr_assert_str_eq(kinds("x = 1\n"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("x = 1"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("a; b\n"), "NAME SEMI NAME NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds(""), "ENDMARKER");
    cr_assert_str_eq(kinds("\n\n   \n"), "ENDMARKER");
    cr_assert_str_eq(kinds("# only a comment"), "ENDMARKER");
}

Test(layout, nested_blocks_dedent_several_levels)
{
    const char *src = "if a:\n"
                      "    if b:\n"
                      "        if c:\n"
                      "            x\n"
                      "y\n";
    cr_assert_str_eq(kinds(src), "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT "
                                 "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT DEDENT "
                                 "NAME NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("if a:\n  if b:\n    x\n  y\nz"),
                     "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                     "DEDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    /* dedents at end of input, with and without a final newline */
    cr_assert_str_eq(kinds("if a:\n  if b:\n    x\n"),
                     "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                     "DEDENT DEDENT ENDMARKER");
    cr_assert_str_eq(kinds("if a:\n  if b:\n    x"),
                     "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                     "DEDENT DEDENT ENDMARKER");
}

Test(layout, tabs_and_form_feed)
{
    /* a tab is the next multiple of 8, consistently used */
    cr_assert_str_eq(kinds("if a:\n\tx\n\tif b:\n\t\ty\n"),
                     "IF NAME COLON NEWLINE INDENT NAME NEWLINE IF NAME COLON NEWLINE INDENT "
                     "NAME NEWLINE DEDENT DEDENT ENDMARKER");
    /* form feed resets the column */
    cr_assert_str_eq(kinds("if a:\n    x\n    \fy\n"),
                     "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("\f x\n"), "INDENT NAME NEWLINE DEDENT ENDMARKER");
}

Test(layout, blank_and_comment_lines)
{
    const char *src = "if a:\n"
                      "\n"
                      "  # comment at another level\n"
                      "        \n"
                      "    x  # trailing\n"
                      "# column 0 comment\n"
                      "    y\n";
    cr_assert_str_eq(kinds(src), "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE "
                                 "DEDENT ENDMARKER");
}

Test(layout, brackets_span_lines)
{
    const char *src = "x = [1,\n"
                      "  2,\n"
                      "\n"
                      "      # comment\n"
                      "3]\n"
                      "f(a,\n"
                      "        b)\n";
    cr_assert_str_eq(kinds(src), "NAME EQUAL LSQB NUMBER COMMA NUMBER COMMA NUMBER RSQB NEWLINE "
                                 "NAME LPAR NAME COMMA NAME RPAR NEWLINE ENDMARKER");
}

Test(layout, backslash_continuation)
{
    cr_assert_str_eq(kinds("x = 1 + \\\n    2\ny\n"),
                     "NAME EQUAL NUMBER PLUS NUMBER NEWLINE NAME NEWLINE ENDMARKER");
    /* a continued line does not start an indented block */
    cr_assert_str_eq(kinds("if a:\n    x = \\\n1\n    y\n"),
                     "IF NAME COLON NEWLINE INDENT NAME EQUAL NUMBER NEWLINE NAME NEWLINE "
                     "DEDENT ENDMARKER");
    /* in the indentation, the first backslash fixes the level */
    cr_assert_str_eq(kinds("if a:\n    \\\n        x\n"),
                     "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
    /* after a continuation, a blank line still ends the statement */
    cr_assert_str_eq(kinds("x = \\\n\n"), "NAME EQUAL NEWLINE ENDMARKER");
}

Test(layout, line_endings_crlf_cr_and_bom)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    cr_assert_str_eq(kinds("if a:\r\n  x\r\ny\r\n"),
                     "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("if a:\r  x\ry\r"),
                     "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    int n = lex_s("a\r\nbb\rccc\n", t, &err);
    cr_assert_eq(n, 7);
    expect_pos(&t[0], TOK_NAME, 1, 0, 1, 1);
    expect_pos(&t[1], TOK_NEWLINE, 1, 1, 1, 1);
    expect_pos(&t[2], TOK_NAME, 2, 0, 2, 2);
    expect_pos(&t[4], TOK_NAME, 3, 0, 3, 3);
    /* a BOM is skipped: columns start after it */
    n = lex_s("\xEF\xBB\xBFx = 1\n", t, &err);
    cr_assert_eq(n, 5);
    expect_pos(&t[0], TOK_NAME, 1, 0, 1, 1);
    cr_assert_eq(t[0].start[0], 'x');
}

Test(layout, positions_of_layout_tokens)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("if a:  # c\n    x\n", t, &err);
    cr_assert_eq(n, 9);
    /* NEWLINE starts at the comment and ends at the newline character */
    expect_pos(&t[3], TOK_NEWLINE, 1, 7, 1, 10);
    /* INDENT sits at the first token of its line */
    expect_pos(&t[4], TOK_INDENT, 2, 4, 2, 4);
    expect_pos(&t[6], TOK_NEWLINE, 2, 5, 2, 5);
    /* at end of input: the last line read, no column */
    expect_pos(&t[7], TOK_DEDENT, 2, -1, 2, -1);
    expect_pos(&t[8], TOK_ENDMARKER, 2, -1, 2, -1);

    /* no final newline: NEWLINE at the end of the last line (or its comment) */
    n = lex_s("x = 1 +  # c", t, &err);
    expect_pos(&t[4], TOK_NEWLINE, 1, 9, 1, 12);
    n = lex_s("x\n  y", t, &err);
    cr_assert_eq(err.set, false);
    n = lex_s("if a:\n  x\ny", t, &err);
    expect_pos(&t[7], TOK_DEDENT, 3, 0, 3, 0);
    expect_pos(&t[9], TOK_NEWLINE, 3, 1, 3, 1);
    expect_pos(&t[10], TOK_ENDMARKER, 3, -1, 3, -1);
    /* after a continuation the NEWLINE is on the next line */
    n = lex_s("x = \\\n\n", t, &err);
    expect_pos(&t[2], TOK_NEWLINE, 2, 0, 2, 0);
}

Test(layout, token_positions)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("def f(a, *b) -> int:\n    return a ** 2\n", t, &err);
    cr_assert_eq(n, 20);
    expect_pos(&t[0], TOK_DEF, 1, 0, 1, 3);
    expect_pos(&t[1], TOK_NAME, 1, 4, 1, 5);
    expect_pos(&t[2], TOK_LPAR, 1, 5, 1, 6);
    expect_pos(&t[5], TOK_STAR, 1, 9, 1, 10);
    expect_pos(&t[8], TOK_RARROW, 1, 13, 1, 15);
    expect_pos(&t[9], TOK_NAME, 1, 16, 1, 19);
    expect_pos(&t[13], TOK_RETURN, 2, 4, 2, 10);
    expect_pos(&t[15], TOK_DOUBLESTAR, 2, 13, 2, 15);
    expect_pos(&t[16], TOK_NUMBER, 2, 16, 2, 17);
    cr_assert_eq(t[16].len, 1);
    cr_assert_eq(t[16].start[0], '2');
}

Test(layout, end_of_input_variants)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    /* the last line read is the comment line */
    int n = lex_s("if a:\n  x\n  # trailing comment\n", t, &err);
    cr_assert_eq(n, 9);
    expect_pos(&t[7], TOK_DEDENT, 3, -1, 3, -1);
    expect_pos(&t[8], TOK_ENDMARKER, 3, -1, 3, -1);
    /* blank lines at the end count too */
    n = lex_s("x\n\n\n", t, &err);
    expect_pos(&t[2], TOK_ENDMARKER, 3, -1, 3, -1);
    /* a comment without a final newline: no NEWLINE for that line */
    cr_assert_str_eq(kinds("x\n# c"), "NAME NEWLINE ENDMARKER");
    /* trailing blanks without a newline */
    cr_assert_str_eq(kinds("if a:\n  x\n   "), "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT "
                                                 "ENDMARKER");
    /* continuation lines inside brackets and strings */
    cr_assert_str_eq(kinds("(1, \\\n 2)\n"), "LPAR NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("[\n\\\n]\n"), "LSQB RSQB NEWLINE ENDMARKER");
}

/* --- names and keywords --------------------------------------------------------------- */

Test(names, keywords_and_soft_keywords)
{
    cr_assert_str_eq(kinds("False None True and as assert async await break class continue"),
                     "FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE NEWLINE "
                     "ENDMARKER");
    cr_assert_str_eq(kinds("def del elif else except finally for from global if import in"),
                     "DEF DEL ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN NEWLINE "
                     "ENDMARKER");
    cr_assert_str_eq(kinds("is lambda nonlocal not or pass raise return try while with yield"),
                     "IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD NEWLINE "
                     "ENDMARKER");
    /* soft keywords and near-keywords are names */
    cr_assert_str_eq(kinds("match case _ type iff If none Trueish _if print"),
                     "NAME NAME NAME NAME NAME NAME NAME NAME NAME NAME NEWLINE ENDMARKER");
}

Test(names, utf8_identifiers)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("\xC3\xA9t\xC3\xA9 = \xE2\x84\x8C + x\xC2\xB7y + a\xCC\x80" "b + \xE5\x90\x8D\n", t,
                  &err);
    cr_assert_eq(n, 11, "%s", err.msg);
    expect_pos(&t[0], TOK_NAME, 1, 0, 1, 5); /* columns are bytes */
    cr_assert_eq(t[0].len, 5);
    expect_pos(&t[2], TOK_NAME, 1, 8, 1, 11); /* U+210C */
    expect_pos(&t[4], TOK_NAME, 1, 14, 1, 18); /* middle dot continues a name */
    expect_pos(&t[6], TOK_NAME, 1, 21, 1, 25); /* combining grave */
    expect_pos(&t[8], TOK_NAME, 1, 28, 1, 31); /* CJK */
}

Test(names, invalid_characters)
{
    EXPECT_ERROR("x = 1 \xE2\x82\xAC 2\n", "SyntaxError", "invalid character '\xE2\x82\xAC' (U+20AC)",
                 1, 6, 6);
    /* inside a word: the first character that cannot continue it */
    EXPECT_ERROR("x = a\xE2\x82\xAC" "b\n", "SyntaxError",
                 "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 5, 5);
    EXPECT_ERROR("x = \xC3\xA9\xE2\x82\xAC\n", "SyntaxError",
                 "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 6, 6);
    EXPECT_ERROR("\xCC\x80" "b = 1\n", "SyntaxError", "invalid character '\xCC\x80' (U+0300)", 1,
                 0, 0);
    EXPECT_ERROR("x\xC2\xA0= 1\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 1,
                 1);
    EXPECT_ERROR("\x01\n", "SyntaxError", "invalid non-printable character U+0001", 1, 0, 0);
    EXPECT_ERROR("x = \x7f\n", "SyntaxError", "invalid non-printable character U+007F", 1, 4, 4);
    EXPECT_ERROR("x = \x0b\n", "SyntaxError", "invalid non-printable character U+000B", 1, 4, 4);
    EXPECT_ERROR("x = \xE2\x80\xA8\n", "SyntaxError", "invalid non-printable character U+2028", 1,
                 4, 4);
    EXPECT_ERROR("\xEF\xBB\xBF\xEF\xBB\xBFx\n", "SyntaxError",
                 "invalid non-printable character U+FEFF", 1, 0, 0);
    EXPECT_ERROR("if\xE2\x82\xAC = 1\n", "SyntaxError", "invalid character '\xE2\x82\xAC' (U+20AC)",
                 1, 2, 2);
    /* characters CPython makes OP tokens of, that no rule takes */
    EXPECT_ERROR("x = $\n", "SyntaxError", "invalid syntax", 1, 4, 5);
    EXPECT_ERROR("x = a ? b\n", "SyntaxError", "invalid syntax", 1, 6, 7);
    EXPECT_ERROR("1 <> 2\n", "SyntaxError", "invalid syntax", 1, 2, 4);
}

/* --- operators ---------------------------------------------------------------------- */

Test(operators, longest_match)
{
    cr_assert_str_eq(kinds("a **= b //= c >>= d <<= e ... f -> g := h != i ! j"),
                     "NAME DOUBLESTAREQUAL NAME DOUBLESLASHEQUAL NAME RIGHTSHIFTEQUAL NAME "
                     "LEFTSHIFTEQUAL NAME ELLIPSIS NAME RARROW NAME COLONEQUAL NAME NOTEQUAL NAME "
                     "EXCLAMATION NAME NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("+ - * / // % ** @ << >> & | ^ ~ < > <= >= == = ,:;."),
                     "PLUS MINUS STAR SLASH DOUBLESLASH PERCENT DOUBLESTAR AT LSHIFT RSHIFT AMPER "
                     "VBAR CIRCUMFLEX TILDE LESS GREATER LESSEQUAL GREATEREQUAL EQEQUAL EQUAL "
                     "COMMA COLON SEMI DOT NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a @= 1; a &= 1; a |= 1; a ^= 1"),
                     "NAME PLUSEQUAL NUMBER SEMI NAME MINEQUAL NUMBER SEMI NAME STAREQUAL NUMBER "
                     "SEMI NAME SLASHEQUAL NUMBER SEMI NAME PERCENTEQUAL NUMBER SEMI NAME ATEQUAL "
                     "NUMBER SEMI NAME AMPEREQUAL NUMBER SEMI NAME VBAREQUAL NUMBER SEMI NAME "
                     "CIRCUMFLEXEQUAL NUMBER NEWLINE ENDMARKER");
    /* "..5" is DOT then .5; "a.b" is three tokens; "***" is ** then * */
    cr_assert_str_eq(kinds("..5 a.b *** ...."),
                     "DOT NUMBER NAME DOT NAME DOUBLESTAR STAR ELLIPSIS DOT NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("(){}[]"), "LPAR RPAR LBRACE RBRACE LSQB RSQB NEWLINE ENDMARKER");
}

/* --- numbers -------------------------------------------------------------------------- */

Test(numbers, every_form)
{
    static const struct {
        const char *src;
        uint32_t flags;
        uint32_t len;
    } cases[] = {
        {"0", NUM_INT, 1},           {"00", NUM_INT, 2},          {"0_0", NUM_INT, 3},
        {"123", NUM_INT, 3},         {"1_000_000", NUM_INT, 9},   {"0x1F", NUM_INT | NUM_HEX, 4},
        {"0XdeadBEEF", NUM_INT | NUM_HEX, 10}, {"0x_1_f", NUM_INT | NUM_HEX, 6},
        {"0o17", NUM_INT | NUM_OCT, 4}, {"0O_7", NUM_INT | NUM_OCT, 4},
        {"0b1010", NUM_INT | NUM_BIN, 6}, {"0B_1_0", NUM_INT | NUM_BIN, 6},
        {"1.5", NUM_FLOAT, 3},       {"1.", NUM_FLOAT, 2},        {".5", NUM_FLOAT, 2},
        {"1e5", NUM_FLOAT, 3},       {"1E-5", NUM_FLOAT, 4},      {"1.5e+10", NUM_FLOAT, 7},
        {"1_0.2_5e1_0", NUM_FLOAT, 11}, {"09.5", NUM_FLOAT, 4},   {"00e3", NUM_FLOAT, 4},
        {"0.", NUM_FLOAT, 2},        {".5e-3", NUM_FLOAT, 5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CoilToken t[MAXTOK];
        CoilSyntaxError err;
        int n = lex_s(cases[i].src, t, &err);
        cr_assert_eq(n, 3, "%s: %s", cases[i].src, err.msg);
        cr_assert_eq(t[0].kind, TOK_NUMBER, "%s", cases[i].src);
        cr_assert_eq(t[0].flags, cases[i].flags, "%s flags %u", cases[i].src, t[0].flags);
        cr_assert_eq(t[0].len, cases[i].len, "%s len %u", cases[i].src, t[0].len);
    }
    /* a number then a keyword that may follow it */
    cr_assert_str_eq(kinds("1if x else 2"), "NUMBER IF NAME ELSE NUMBER NEWLINE ENDMARKER");
    cr_assert_str_eq(kinds("0x1for x"), "NUMBER OR NAME NEWLINE ENDMARKER"); /* 0x1f or x */
    cr_assert_str_eq(kinds("1else"), "NUMBER ELSE NEWLINE ENDMARKER");
}

Test(numbers, errors)
{
    EXPECT_ERROR("1abc\n", "SyntaxError", "invalid decimal literal", 1, 0, 0);
    EXPECT_ERROR("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 5, 5);
    EXPECT_ERROR("1__0\n", "SyntaxError", "invalid decimal literal", 1, 1, 1);
    EXPECT_ERROR("1e\n", "SyntaxError", "invalid decimal literal", 1, 0, 0);
    EXPECT_ERROR("1e+\n", "SyntaxError", "invalid decimal literal", 1, 2, 2);
    EXPECT_ERROR("x = 1.5_\n", "SyntaxError", "invalid decimal literal", 1, 7, 7);
    EXPECT_ERROR("x = 1._5\n", "SyntaxError", "invalid decimal literal", 1, 5, 5);
    EXPECT_ERROR("0_a\n", "SyntaxError", "invalid decimal literal", 1, 1, 1);
    EXPECT_ERROR("x = 1\xC3\xA9\n", "SyntaxError", "invalid decimal literal", 1, 4, 4);
    EXPECT_ERROR("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 5, 5);
    EXPECT_ERROR("0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 2);
    EXPECT_ERROR("0o\n", "SyntaxError", "invalid octal literal", 1, 1, 1);
    EXPECT_ERROR("0o9\n", "SyntaxError", "invalid digit '9' in octal literal", 1, 2, 2);
    EXPECT_ERROR("x = 0o1_8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 8, 8);
    EXPECT_ERROR("x = 0o17j\n", "SyntaxError", "invalid octal literal", 1, 7, 7);
    EXPECT_ERROR("0b\n", "SyntaxError", "invalid binary literal", 1, 1, 1);
    EXPECT_ERROR("x = 0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7, 7);
    EXPECT_ERROR("x = 0b1_\n", "SyntaxError", "invalid binary literal", 1, 7, 7);
    /* leading zeros: the caret range covers the zeros */
    EXPECT_ERROR("x = 00012 + 1\n", "SyntaxError",
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                 "for octal integers",
                 1, 4, 7);
    EXPECT_ERROR("012\n", "SyntaxError",
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                 "for octal integers",
                 1, 0, 1);
    EXPECT_ERROR("x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 5, 5);
}

static void record_warning(void *ctx, const char *category, int line, const char *msg)
{
    char *buf = ctx;
    sprintf(buf + strlen(buf), "%s:%d:%s;", category, line, msg);
}

Test(numbers, warnings)
{
    char got[256] = "";
    const char *src = "x = 1if y else 2\nz = 0x1for w in v\n";
    CoilLexer lx;
    CoilSyntaxError err = {0};
    CoilToken t;
    lex_init(&lx, src, strlen(src), &err);
    lx.warn = record_warning;
    lx.warn_ctx = got;
    while (lex_next(&lx, &t) && t.kind != TOK_ENDMARKER) {
    }
    cr_assert(!err.set);
    cr_assert_str_eq(got, "SyntaxWarning:1:invalid decimal literal;"
                          "SyntaxWarning:2:invalid hexadecimal literal;");
}

/* --- strings ------------------------------------------------------------------------- */

Test(strings, prefixes_and_flags)
{
    static const struct {
        const char *src;
        uint32_t flags;
        const char *body;
    } cases[] = {
        {"'a'", 0, "a"},
        {"\"a\"", 0, "a"},
        {"r'a'", STR_RAW, "a"},
        {"R'a'", STR_RAW, "a"},
        {"u'a'", STR_UNICODE, "a"},
        {"U\"a\"", STR_UNICODE, "a"},
        {"b'a'", STR_BYTES, "a"},
        {"B'a'", STR_BYTES, "a"},
        {"br'a'", STR_BYTES | STR_RAW, "a"},
        {"Rb'a'", STR_BYTES | STR_RAW, "a"},
        {"bR'a'", STR_BYTES | STR_RAW, "a"},
        {"f'{a}'", STR_FORMAT, "{a}"},
        {"F'a'", STR_FORMAT, "a"},
        {"fr'a'", STR_FORMAT | STR_RAW, "a"},
        {"rF'a'", STR_FORMAT | STR_RAW, "a"},
        {"'''a'''", STR_TRIPLE, "a"},
        {"\"\"\"a\"\"\"", STR_TRIPLE, "a"},
        {"rb'''a'''", STR_TRIPLE | STR_RAW | STR_BYTES, "a"},
        {"f\"\"\"{a}\n\"\"\"", STR_TRIPLE | STR_FORMAT, "{a}\n"},
        {"''", 0, ""},
        {"''''''", STR_TRIPLE, ""},
        {"'\\''", 0, "\\'"},
        {"r'\\''", STR_RAW, "\\'"},
        {"'''a''b'''", STR_TRIPLE, "a''b"},
        {"\"'\"", 0, "'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CoilToken t[MAXTOK];
        CoilSyntaxError err;
        int n = lex_s(cases[i].src, t, &err);
        cr_assert_eq(n, 3, "%s: %s", cases[i].src, err.msg);
        cr_assert_eq(t[0].kind, TOK_STRING, "%s", cases[i].src);
        cr_assert_eq(t[0].flags, cases[i].flags, "%s flags %u", cases[i].src, t[0].flags);
        cr_assert_eq(t[0].len, strlen(cases[i].src), "%s", cases[i].src);
        cr_assert_eq(t[0].body_len, strlen(cases[i].body), "%s", cases[i].src);
        cr_assert(memcmp(t[0].body, cases[i].body, t[0].body_len) == 0, "%s", cases[i].src);
    }
    /* not prefixes: a name then a string */
    cr_assert_str_eq(kinds("ub'a' bu'a' ur'a' ff'a'"),
                     "NAME STRING NAME STRING NAME STRING NAME STRING NEWLINE ENDMARKER");
    /* implicit concatenation is the parser's: two tokens */
    cr_assert_str_eq(kinds("'a' \"b\""), "STRING STRING NEWLINE ENDMARKER");
}

Test(strings, fstring_is_one_token)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("f\"{x!r:>{width}} {d['k']} {{}}\" F'{a + b}' rf'\\{x}'\n", t, &err);
    cr_assert_eq(n, 5, "%s", err.msg);
    cr_assert_eq(t[0].kind, TOK_STRING);
    cr_assert_eq(t[0].flags, STR_FORMAT);
    cr_assert_eq(t[0].body_len, 28);
    cr_assert(memcmp(t[0].body, "{x!r:>{width}} {d['k']} {{}}", 28) == 0);
    cr_assert_eq(t[1].flags, STR_FORMAT);
    cr_assert_eq(t[2].flags, STR_FORMAT | STR_RAW);
    /* non-ASCII text is fine in strings and comments */
    cr_assert_str_eq(kinds("x = '\xE2\x82\xAC\xC2\xA0'  # \xE2\x82\xAC \x01\n"),
                     "NAME EQUAL STRING NEWLINE ENDMARKER");
}

Test(strings, multiline_positions)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("x = \"\"\"ab\ncd\n  ef\"\"\" + 'g\\\nh'\ny\n", t, &err);
    cr_assert_eq(n, 9, "%s", err.msg);
    expect_pos(&t[2], TOK_STRING, 1, 4, 3, 7);
    cr_assert_eq(t[2].body_len, 10);
    expect_pos(&t[3], TOK_PLUS, 3, 8, 3, 9);
    /* a backslash-newline continues a one-quote string */
    expect_pos(&t[4], TOK_STRING, 3, 10, 4, 2);
    expect_pos(&t[6], TOK_NAME, 5, 0, 5, 1);
    /* a raw string still ends only at an unescaped quote */
    cr_assert_str_eq(kinds("r'\\'' r\"\\\\\" r'''\\''''"), "STRING STRING STRING NEWLINE ENDMARKER");
}

Test(strings, unterminated)
{
    EXPECT_ERROR("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1,
                 4, 4);
    EXPECT_ERROR("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1,
                 4, 4);
    EXPECT_ERROR("x = 1\ny = rb\"abc\n\n", "SyntaxError",
                 "unterminated string literal (detected at line 2)", 2, 4, 4);
    EXPECT_ERROR("x = 'abc\\\n  def\n", "SyntaxError",
                 "unterminated string literal (detected at line 2)", 1, 4, 4);
    EXPECT_ERROR("x = (\n  \"abc\n", "SyntaxError",
                 "unterminated string literal (detected at line 2)", 2, 2, 2);
    EXPECT_ERROR("x = \"\"\"abc\n\nfoo\n", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 4);
    EXPECT_ERROR("x = \"\"\"abc\n\nfoo", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 4);
    EXPECT_ERROR("x = f'''\n\n", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 2)", 1, 4, 4);
    EXPECT_ERROR("x = '''\r\n\r\n", "SyntaxError",
                 "unterminated triple-quoted string literal (detected at line 2)", 1, 4, 4);
}

/* --- bracket, indentation and continuation errors ----------------------------------- */

Test(errors, brackets)
{
    EXPECT_ERROR("x = 1)\n", "SyntaxError", "unmatched ')'", 1, 5, 5);
    EXPECT_ERROR("}\n", "SyntaxError", "unmatched '}'", 1, 0, 0);
    EXPECT_ERROR("x = (1, 2]\n", "SyntaxError",
                 "closing parenthesis ']' does not match opening parenthesis '('", 1, 9, 9);
    EXPECT_ERROR("x = [1,\n\n (2}\n", "SyntaxError",
                 "closing parenthesis '}' does not match opening parenthesis '('", 3, 3, 3);
    EXPECT_ERROR("x = (1,\n 2]\n", "SyntaxError",
                 "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2,
                 2);
    EXPECT_ERROR("x = (1,\n\n", "SyntaxError", "'(' was never closed", 1, 4, -1);
    EXPECT_ERROR("x = [1, (2,\n", "SyntaxError", "'(' was never closed", 1, 8, -1);
    EXPECT_ERROR("y = 0\nx = {", "SyntaxError", "'{' was never closed", 2, 4, -1);
    EXPECT_ERROR("y = 0\nx = (1, \\\n", "SyntaxError", "'(' was never closed", 2, 4, -1);

    char deep[512] = "x = ";
    for (int i = 0; i < LEX_MAX_PAREN; i++)
        strcat(deep, "(");
    cr_assert_str_eq(kinds("((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))"),
                     "LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR "
                     "LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR "
                     "LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR LPAR NUMBER RPAR RPAR RPAR "
                     "RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR "
                     "RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR RPAR "
                     "RPAR RPAR RPAR RPAR RPAR RPAR RPAR NEWLINE ENDMARKER");
    strcat(deep, "[1]\n");
    expect_error(deep, strlen(deep), "SyntaxError", "too many nested parentheses", 1, 204, 204);
}

Test(errors, indentation)
{
    EXPECT_ERROR("if 1:\n    x = 1\n  y = 2\n", "IndentationError",
                 "unindent does not match any outer indentation level", 3, 7, -1);
    EXPECT_ERROR("if 1:\n    x = 1\n  y = 2", "IndentationError",
                 "unindent does not match any outer indentation level", 3, 7, -1);
    EXPECT_ERROR("if 1:\n        x = 1\n\ty = 2\n", "TabError",
                 "inconsistent use of tabs and spaces in indentation", 3, 0, -1);
    EXPECT_ERROR("if 1:\n\tx = 1\n        y = 2\n", "TabError",
                 "inconsistent use of tabs and spaces in indentation", 3, 0, -1);
    EXPECT_ERROR("if 1:\n    if 2:\n\tx = 1\n", "TabError",
                 "inconsistent use of tabs and spaces in indentation", 3, 0, -1);
    EXPECT_ERROR("if 1:\n  \tx = 1\n\t  y = 2\n", "TabError",
                 "inconsistent use of tabs and spaces in indentation", 3, 0, -1);

    /* 99 nested levels are fine, the 100th is not */
    size_t size = 100 * 110;
    char *src = malloc(size);
    src[0] = 0;
    for (int i = 0; i < 99; i++) {
        for (int j = 0; j < i; j++)
            strcat(src, " ");
        strcat(src, "if 1:\n");
    }
    char *ok = malloc(size);
    strcpy(ok, src);
    for (int j = 0; j < 99; j++)
        strcat(ok, " ");
    strcat(ok, "pass\n");
    CoilLexer lx;
    CoilSyntaxError err = {0};
    CoilToken t;
    int indents = 0;
    lex_init(&lx, ok, strlen(ok), &err);
    while (lex_next(&lx, &t) && t.kind != TOK_ENDMARKER)
        indents += t.kind == TOK_INDENT;
    cr_assert(!err.set, "%s", err.msg);
    cr_assert_eq(indents, 99);
    for (int j = 0; j < 99; j++)
        strcat(src, " ");
    strcat(src, "if 1:\n");
    for (int j = 0; j < 100; j++)
        strcat(src, " ");
    strcat(src, "pass\n");
    expect_error(src, strlen(src), "IndentationError", "too many levels of indentation", 101, 0,
                 -1);
    free(src);
    free(ok);
}

Test(errors, continuation)
{
    EXPECT_ERROR("x = 1 \\ 2\n", "SyntaxError",
                 "unexpected character after line continuation character", 1, 7, -1);
    EXPECT_ERROR("if 1:\n  \\ x\n", "SyntaxError",
                 "unexpected character after line continuation character", 2, 3, -1);
    /* CPython counts that column from the start of its line buffer, which a
     * multi-line string keeps open */
    EXPECT_ERROR("y = \"\"\"\n\"\"\"; x = 1 \\ 2\n", "SyntaxError",
                 "unexpected character after line continuation character", 2, 20, -1);
    EXPECT_ERROR("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 7, -1);
    EXPECT_ERROR("y = 0\nx = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 2, 7, -1);
    EXPECT_ERROR("  \\\n", "SyntaxError", "unexpected EOF while parsing", 1, -1, -1);
}

Test(errors, nul_bytes_and_invalid_utf8)
{
    EXPECT_ERROR("x = 1\0\n", "SyntaxError", "source code cannot contain null bytes", 1, -1, -1);
    EXPECT_ERROR("x = 1\n#\0\n", "SyntaxError", "source code cannot contain null bytes", 2, -1, -1);
    /* reported when its line is reached, even inside a string */
    EXPECT_ERROR("x = '''\n\0'''\n", "SyntaxError", "source code cannot contain null bytes", 2, -1,
                 -1);
    /* an earlier error wins */
    EXPECT_ERROR("x = )\n\0\n", "SyntaxError", "unmatched ')'", 1, 4, 4);

    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    const char src[] = "x = 1\n# caf\xE9\n";
    cr_assert_eq(lex_n(src, sizeof src - 1, t, &err), -1);
    cr_assert_eq(err.line, 0); /* no location */
    char msg[512];
    syntax_error_message(&err, "dir/x.py", msg, sizeof msg);
    cr_assert_str_eq(msg, "Non-UTF-8 code starting with '\\xe9' in file dir/x.py on line 2, but "
                          "no encoding declared; see https://peps.python.org/pep-0263/ for "
                          "details");
    /* overlong forms and surrogates are not UTF-8 either */
    const char src2[] = "x = '\xC0\x80'\n";
    cr_assert_eq(lex_n(src2, sizeof src2 - 1, t, &err), -1);
    cr_assert(strstr(err.msg, "'\\xc0'") != NULL);
    const char src3[] = "x = '\xED\xA0\x80'\n";
    cr_assert_eq(lex_n(src3, sizeof src3 - 1, t, &err), -1);
    cr_assert(strstr(err.msg, "'\\xed'") != NULL);
}

Test(errors, lexer_stops_after_an_error)
{
    const char *src = "x = 1)\ny = 2\n";
    CoilLexer lx;
    CoilSyntaxError err = {0};
    CoilToken t;
    lex_init(&lx, src, strlen(src), &err);
    for (int i = 0; i < 3; i++)
        cr_assert(lex_next(&lx, &t));
    cr_assert(!lex_next(&lx, &t));
    cr_assert_eq(t.kind, TOK_ENDMARKER);
    cr_assert(!lex_next(&lx, &t));
    cr_assert_eq(t.kind, TOK_ENDMARKER);
    cr_assert_str_eq(err.msg, "unmatched ')'");
    /* after ENDMARKER, ENDMARKER again */
    CoilSyntaxError err2 = {0};
    lex_init(&lx, "x", 1, &err2);
    while (lex_next(&lx, &t) && t.kind != TOK_ENDMARKER) {
    }
    cr_assert(lex_next(&lx, &t));
    cr_assert_eq(t.kind, TOK_ENDMARKER);
}

/* --- lex_recheck --------------------------------------------------------------------- */

/* Lexes until the token at `stop` (a parser error there), then rechecks. */
static bool recheck_after(const char *src, int stop, CoilSyntaxError *perr)
{
    CoilLexer lx;
    CoilSyntaxError err = {0};
    CoilToken t;
    lex_init(&lx, src, strlen(src), &err);
    for (int i = 0; i <= stop; i++)
        cr_assert(lex_next(&lx, &t), "%s", err.msg);
    memset(perr, 0, sizeof *perr);
    syntax_error_set(perr, "SyntaxError", t.line, t.col, t.end_line, t.end_col, "invalid syntax");
    return lex_recheck(&lx, t.line, perr);
}

Test(recheck, tokenizer_errors_replace_parser_errors)
{
    CoilSyntaxError err;
    /* "x = = 1": the parser fails at the second '='; line 3's string wins */
    cr_assert(recheck_after("x = = 1\ny = 2\nz = 'abc\n", 2, &err));
    cr_assert_str_eq(err.msg, "unterminated string literal (detected at line 3)");
    cr_assert_eq(err.line, 3);
    cr_assert(err.tokenizer);
    cr_assert(recheck_after("x = = 1\ny = 2 \xE2\x82\xAC\n", 2, &err));
    cr_assert_str_eq(err.msg, "invalid character '\xE2\x82\xAC' (U+20AC)");
    cr_assert(recheck_after("x = = 1\ny = 0o8\n", 2, &err));
    cr_assert_str_eq(err.msg, "invalid digit '8' in octal literal");
    /* '$' is only a token while rechecking */
    cr_assert(recheck_after("x = = 1\ny = $ + 1j\nz = )\n", 2, &err));
    cr_assert_str_eq(err.msg, "unmatched ')'");
    /* nothing found: the parser's error stays */
    cr_assert(!recheck_after("x = = 1\ny = 2\n", 2, &err));
    cr_assert_str_eq(err.msg, "invalid syntax");
    /* errors CPython's tokenizer leaves to the parser do not replace it */
    cr_assert(!recheck_after("x = = 1\nif 1:\n    a\n  b\n", 2, &err));
    cr_assert(!recheck_after("x = = 1\ny = 1 \\ 2\n", 2, &err));
}

Test(recheck, unclosed_bracket_from_an_earlier_line)
{
    CoilSyntaxError err;
    /* the bracket opened on line 1, the parser failed on line 2 */
    cr_assert(recheck_after("x = (1,\n2 3\n", 5, &err));
    cr_assert_str_eq(err.msg, "'(' was never closed");
    cr_assert_eq(err.line, 1);
    cr_assert_eq(err.col, 4);
    /* same line: the parser's error stays */
    cr_assert(!recheck_after("x = (1 2\n", 3, &err));
    cr_assert_str_eq(err.msg, "invalid syntax");
}

Test(recheck, lexer_rejects_then_rechecks)
{
    /* '$' is "invalid syntax" unless a later tokenizer error replaces it */
    EXPECT_ERROR("x = $\ny = 1\n", "SyntaxError", "invalid syntax", 1, 4, 5);
    EXPECT_ERROR("x = $\ny = 'a\n", "SyntaxError",
                 "unterminated string literal (detected at line 2)", 2, 4, 4);
    EXPECT_ERROR("x = (1,\n $\n", "SyntaxError", "'(' was never closed", 1, 4, -1);
    EXPECT_ERROR("x = 1j\ny = 0x\n", "SyntaxError", "invalid hexadecimal literal", 2, 5, 5);
}

/* --- string decoding ----------------------------------------------------------------- */

Test(strlit, simple_escapes)
{
    EXPECT_DECODE("abc", 0, "abc");
    EXPECT_DECODE("\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v", 0,
                  "\\ ' \" \a \b \f \n \r \t \v");
    EXPECT_DECODE("line\\\ncont", 0, "linecont");
    EXPECT_DECODE("line\\\r\ncont", 0, "linecont");
    EXPECT_DECODE("a\r\nb\rc\n", 0, "a\nb\nc\n");
    EXPECT_DECODE("", 0, "");
    EXPECT_DECODE("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 0, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

Test(strlit, octal_and_hex)
{
    EXPECT_DECODE("\\0\\01\\012\\0123\\8", 0, "\0\1\n\n3\\8");
    EXPECT_DECODE("\\777\\400", 0, "\xC7\xBF\xC4\x80");
    EXPECT_DECODE("\\777\\400", STR_BYTES, "\xFF\x00");
    EXPECT_DECODE("\\x41\\xff\\x00", 0, "A\xC3\xBF\0");
    EXPECT_DECODE("\\x41\\xff\\x00", STR_BYTES, "A\xFF\0");
    EXPECT_DECODE("\\u00e9\\u20AC\\U0001F600\\U00000041", 0, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "A");
}

Test(strlit, surrogates_and_unknown_escapes)
{
    /* lone surrogates keep their 3-byte form */
    EXPECT_DECODE("\\ud800\\udfff", 0, "\xED\xA0\x80\xED\xBF\xBF");
    EXPECT_DECODE("\\ud83d\\ude00", 0, "\xED\xA0\xBD\xED\xB8\x80");
    /* unknown escapes stay as written */
    EXPECT_DECODE("\\d\\q\\ \\\xC3\xA9", 0, "\\d\\q\\ \\\xC3\xA9");
    EXPECT_DECODE("\\u1234\\U00012345\\N{X}", STR_BYTES, "\\u1234\\U00012345\\N{X}");
}

Test(strlit, raw)
{
    EXPECT_DECODE("\\n\\x41\\\\", STR_RAW, "\\n\\x41\\\\");
    EXPECT_DECODE("\\'", STR_RAW, "\\'");
    EXPECT_DECODE("a\\\nb", STR_RAW, "a\\\nb");
    EXPECT_DECODE("a\r\nb", STR_RAW | STR_TRIPLE, "a\nb");
    EXPECT_DECODE("\\x41\\n", STR_RAW | STR_BYTES, "\\x41\\n");
    EXPECT_DECODE("{x}\\n", STR_RAW | STR_FORMAT, "{x}\\n");
}

Test(strlit, errors)
{
    expect_decode_error("ab\\x4", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "2-4: truncated \\xXX escape");
    expect_decode_error("ab\\xZZ", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "2-3: truncated \\xXX escape");
    expect_decode_error("\\u12", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-3: truncated \\uXXXX escape");
    expect_decode_error("\\U0011ffff", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-9: illegal Unicode character");
    expect_decode_error("\\U1234", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-5: truncated \\UXXXXXXXX escape");
    /* positions count each non-ASCII character as CPython's 10-byte \U escape */
    expect_decode_error("\xC3\xA9\\x4", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "10-12: truncated \\xXX escape");
    expect_decode_error("\xC3\xA9\\\xC3\xA9\\x4", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "26-28: truncated \\xXX escape");
    expect_decode_error("\\N{DASHX}", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-8: unknown Unicode character name");
    expect_decode_error("\\N", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-1: malformed \\N character escape");
    expect_decode_error("\\N{}", 0,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-2: malformed \\N character escape");
    expect_decode_error("ab\\x4", STR_BYTES, "(value error) invalid \\x escape at position 2");
    expect_decode_error("\\x", STR_BYTES, "(value error) invalid \\x escape at position 0");
    expect_decode_error("caf\xC3\xA9", STR_BYTES, "bytes can only contain ASCII literal characters");
    expect_decode_error("caf\xC3\xA9", STR_BYTES | STR_RAW,
                        "bytes can only contain ASCII literal characters");
    /* the position is the one the caller gives */
    CoilSyntaxError err = {0};
    char out[8];
    cr_assert_eq(strlit_decode("\\x", 2, 0, 7, 12, out, &err), -1);
    cr_assert_eq(err.line, 7);
    cr_assert_eq(err.col, 12);
    cr_assert(!err.tokenizer);
}

Test(strlit, from_tokens)
{
    CoilToken t[MAXTOK];
    CoilSyntaxError err;
    int n = lex_s("x = b'\\x41\\n' + '''a\r\nb''' + r'\\n'\n", t, &err);
    cr_assert_eq(n, 9);
    char out[64];
    long len = strlit_decode(t[2].body, t[2].body_len, t[2].flags, 1, 0, out, &err);
    cr_assert_eq(len, 2);
    cr_assert(memcmp(out, "A\n", 2) == 0);
    len = strlit_decode(t[4].body, t[4].body_len, t[4].flags, 1, 0, out, &err);
    cr_assert_eq(len, 3);
    cr_assert(memcmp(out, "a\nb", 3) == 0);
    len = strlit_decode(t[6].body, t[6].body_len, t[6].flags, 1, 0, out, &err);
    cr_assert_eq(len, 2);
    cr_assert(memcmp(out, "\\n", 2) == 0);
}

/* --- printing ------------------------------------------------------------------------ */

Test(print, tokenizer_errors)
{
    char *s = lex_printed("x = (1, 2]\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    x = (1, 2]\n"
                        "             ^\n"
                        "SyntaxError: closing parenthesis ']' does not match opening parenthesis "
                        "'('\n");
    free(s);
    /* carets count characters in the tokenizer's errors */
    s = lex_printed("x = \xC3\xA9\xE2\x82\xAC\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    x = \xC3\xA9\xE2\x82\xAC\n"
                        "         ^\n"
                        "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)\n");
    free(s);
    /* leading blanks are stripped; a caret range */
    s = lex_printed("if 1:\n    x = 00012\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 2\n"
                        "    x = 00012\n"
                        "        ^^^\n"
                        "SyntaxError: leading zeros in decimal integer literals are not "
                        "permitted; use an 0o prefix for octal integers\n");
    free(s);
    s = lex_printed("\xEF\xBB\xBFx = 1 \xE2\x82\xAC\r\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    x = 1 \xE2\x82\xAC\n"
                        "          ^\n"
                        "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)\n");
    free(s);
}

Test(print, indentation_errors)
{
    char *s = lex_printed("if 1:\n    x = 1\n  y = 2\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 3\n"
                        "    y = 2\n"
                        "         ^\n"
                        "IndentationError: unindent does not match any outer indentation level\n");
    free(s);
    s = lex_printed("if 1:\n        x = 1\n\ty = 2\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 3\n"
                        "    y = 2\n"
                        "TabError: inconsistent use of tabs and spaces in indentation\n");
    free(s);
    s = lex_printed("x = 1 \\");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    x = 1 \\\n"
                        "           ^\n"
                        "SyntaxError: unexpected EOF while parsing\n");
    free(s);
    s = lex_printed("x = 1\0\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    x = 1\n"
                        "SyntaxError: source code cannot contain null bytes\n");
    free(s);
}

Test(print, parser_errors)
{
    CoilSyntaxError err = {0};
    /* parser errors count bytes (CPython 3.11 does so for script files) */
    syntax_error_set(&err, "SyntaxError", 1, 8, 1, 11, "invalid syntax. Perhaps you forgot a comma?");
    char *s = printed(&err, "\xC3\xA9\xC3\xA9 = (1 2)\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    \xC3\xA9\xC3\xA9 = (1 2)\n"
                        "            ^^^\n"
                        "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
    free(s);
    /* a caret past the end of the line is clipped to it */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "SyntaxError", 1, 40, 1, 40, "invalid syntax");
    s = printed(&err, "x = 1 +\r\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n");
    free(s);
    /* a range over several lines runs to the end of the first */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "SyntaxError", 1, 2, 2, 2, "Generator expression must be parenthesized");
    s = printed(&err, "f(x for x in\n y, 1)\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    f(x for x in\n"
                        "      ^^^^^^^^^^\n"
                        "SyntaxError: Generator expression must be parenthesized\n");
    free(s);
    /* IndentationError: one caret; col -1: none */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "IndentationError", 2, 0, 2, 5, "expected an indented block after 'if' statement on line 1");
    s = printed(&err, "if 1:\nx = 1\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 2\n    x = 1\n    ^\n"
                        "IndentationError: expected an indented block after 'if' statement on line 1\n");
    free(s);
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "IndentationError", 1, -1, 1, -1, "expected an indented block after 'if' statement on line 1");
    s = printed(&err, "if 1:\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n    if 1:\n"
                        "IndentationError: expected an indented block after 'if' statement on line 1\n");
    free(s);
    /* a whitespace-only line */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "SyntaxError", 2, 3, 2, 3, "invalid syntax");
    s = printed(&err, "x = 1 + \\\n   \n");
    cr_assert_str_eq(s, "  File \"x.py\", line 2\n    \n    ^\nSyntaxError: invalid syntax\n");
    free(s);
    /* with a BOM, line 1 keeps it and offsets become characters */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "SyntaxError", 1, 5, 1, 8, "invalid syntax. Perhaps you forgot a comma?");
    s = printed(&err, "\xEF\xBB\xBFx = (1 2)\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 1\n"
                        "    \xEF\xBB\xBFx = (1 2)\n"
                        "       ^^^\n"
                        "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
    free(s);
    /* no such line: only the File line and the message */
    err = (CoilSyntaxError){0};
    syntax_error_set(&err, "SyntaxError", 5, 0, 5, 0, "invalid syntax");
    s = printed(&err, "x\n");
    cr_assert_str_eq(s, "  File \"x.py\", line 5\nSyntaxError: invalid syntax\n");
    free(s);
}

Test(print, long_lines_and_no_location)
{
    /* CPython re-reads the line with a 1000-byte buffer: only the last chunk
     * of a longer line is shown */
    size_t n = 4 + 1400 + 4;
    char *src = malloc(n + 1);
    strcpy(src, "x = ");
    for (int i = 0; i < 700; i++)
        strcat(src, "1+");
    strcat(src, "= 2\n");
    CoilSyntaxError err = {0};
    syntax_error_set(&err, "SyntaxError", 1, 1403, 1, 1405, "invalid syntax");
    char *s = printed(&err, src);
    cr_assert_eq(strncmp(s, "  File \"x.py\", line 1\n    +1+1", 30), 0);
    cr_assert_eq(strlen(s), 22 + (4 + 408 + 1) + (4 + 408 + 1 + 1) + 28);
    free(s);
    free(src);

    CoilToken t[MAXTOK];
    const char bad[] = "x = '\xFF'\n";
    cr_assert_eq(lex_n(bad, sizeof bad - 1, t, &err), -1);
    s = printed(&err, bad);
    cr_assert_str_eq(s, "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line "
                        "1, but no encoding declared; see https://peps.python.org/pep-0263/ for "
                        "details\n");
    free(s);
}

/* --- small pieces --------------------------------------------------------------------- */

Test(misc, token_names_and_source_lines)
{
    cr_assert_str_eq(tok_name(TOK_LPAR), "LPAR");
    cr_assert_str_eq(tok_text(TOK_LPAR), "(");
    cr_assert_str_eq(tok_name(TOK_IF), "IF");
    cr_assert_str_eq(tok_text(TOK_IF), "if");
    cr_assert_str_eq(tok_text(TOK_ENDMARKER), "end of input");
    cr_assert_str_eq(tok_name(TOK_DOUBLESTAREQUAL), "DOUBLESTAREQUAL");
    cr_assert_str_eq(tok_text(TOK_EXCLAMATION), "!");

    const char *src = "\xEF\xBB\xBF" "a\r\nbb\rccc\n\nd";
    const char *line;
    size_t len;
    cr_assert(lex_source_line(src, strlen(src), 1, &line, &len));
    cr_assert_eq(len, 1);
    cr_assert_eq(line[0], 'a');
    cr_assert(lex_source_line(src, strlen(src), 2, &line, &len));
    cr_assert_eq(len, 2);
    cr_assert(lex_source_line(src, strlen(src), 3, &line, &len));
    cr_assert_eq(len, 3);
    cr_assert(lex_source_line(src, strlen(src), 4, &line, &len));
    cr_assert_eq(len, 0);
    cr_assert(lex_source_line(src, strlen(src), 5, &line, &len));
    cr_assert_eq(len, 1);
    cr_assert(!lex_source_line(src, strlen(src), 6, &line, &len));
    cr_assert(!lex_source_line(src, strlen(src), 0, &line, &len));
    cr_assert(!lex_source_line("x\n", 2, 2, &line, &len));
}
