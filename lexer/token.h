/* token.h — the token kinds of Coil's source language and the token record.
 * One X-macro list names every kind; it generates the enum, the names used in
 * messages and dumps, and (in parser/) the map onto the grammar's token codes. */
#ifndef COIL_TOKEN_H
#define COIL_TOKEN_H

#include <stddef.h>
#include <stdint.h>

/* X(NAME, "text shown in messages").  The grammar declares a token TK_NAME for
 * every entry, so adding a kind here means adding it to grammar/coil.y too. */
#define COIL_TOKEN_LIST(X)                                                   \
    X(ENDMARKER, "end of input")                                             \
    X(NEWLINE, "newline")                                                    \
    X(INDENT, "indent")                                                      \
    X(DEDENT, "dedent")                                                      \
    X(NAME, "name")                                                          \
    X(NUMBER, "number")                                                      \
    X(STRING, "string")                                                      \
    /* keywords */                                                           \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True")                        \
    X(AND, "and") X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async")          \
    X(AWAIT, "await") X(BREAK, "break") X(CLASS, "class")                    \
    X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") X(ELIF, "elif")      \
    X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for")  \
    X(FROM, "from") X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import")      \
    X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal")      \
    X(NOT, "not") X(OR, "or") X(PASS, "pass") X(RAISE, "raise")              \
    X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with")      \
    X(YIELD, "yield")                                                        \
    /* operators and delimiters */                                           \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")                    \
    X(DOUBLESLASH, "//") X(PERCENT, "%") X(DOUBLESTAR, "**") X(AT, "@")      \
    X(LSHIFT, "<<") X(RSHIFT, ">>") X(AMPER, "&") X(VBAR, "|")               \
    X(CIRCUMFLEX, "^") X(TILDE, "~") X(COLONEQUAL, ":=")                     \
    X(LESS, "<") X(GREATER, ">") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=")    \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=")                                       \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]")                      \
    X(LBRACE, "{") X(RBRACE, "}")                                            \
    X(COMMA, ",") X(COLON, ":") X(SEMI, ";") X(DOT, ".")                     \
    X(ELLIPSIS, "...") X(RARROW, "->") X(EQUAL, "=")                         \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=")                  \
    X(SLASHEQUAL, "/=") X(DOUBLESLASHEQUAL, "//=") X(PERCENTEQUAL, "%=")     \
    X(ATEQUAL, "@=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=")                  \
    X(CIRCUMFLEXEQUAL, "^=") X(RIGHTSHIFTEQUAL, ">>=")                       \
    X(LEFTSHIFTEQUAL, "<<=") X(DOUBLESTAREQUAL, "**=")                       \
    X(EXCLAMATION, "!")                                                      \
    /* soft keywords: the parse driver turns a NAME into these in context */ \
    X(MATCH, "match") X(CASE, "case")

typedef enum CoilTokenKind {
#define COIL_TOKEN_ENUM(name, text) TOK_##name,
    COIL_TOKEN_LIST(COIL_TOKEN_ENUM)
#undef COIL_TOKEN_ENUM
    TOK__COUNT
} CoilTokenKind;

/* Flags of a NUMBER token. */
enum {
    NUM_INT = 1,     /* integer literal (any base) */
    NUM_FLOAT = 2,   /* float literal */
    NUM_HEX = 4, NUM_OCT = 8, NUM_BIN = 16 /* base of an integer literal */
};

/* Flags of a STRING token (its prefix). */
enum {
    STR_RAW = 1,     /* r / R */
    STR_BYTES = 2,   /* b / B */
    STR_FORMAT = 4,  /* f / F */
    STR_TRIPLE = 8,  /* ''' or """ */
    STR_UNICODE = 16 /* u / U (accepted, no effect) */
};

/* A token.  Text is not copied: start/len point into the source buffer, which
 * outlives the tokens.  Lines are 1-based; columns are 0-based byte offsets
 * (CPython's col_offset).  end_* is the position just past the token. */
typedef struct CoilToken {
    CoilTokenKind kind;
    const char *start;
    uint32_t len;
    uint32_t flags;      /* NUM_* or STR_* */
    int line, col;
    int end_line, end_col;
    /* For STRING: the body between the quotes (excluding prefix and quotes). */
    const char *body;
    uint32_t body_len;
} CoilToken;

const char *tok_name(CoilTokenKind kind); /* "NAME", "LPAR", ... */
const char *tok_text(CoilTokenKind kind); /* "name", "(", "if", ... */

#endif
