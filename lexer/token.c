/* token.c — the names of the token kinds, generated from the X-macro list in
 * token.h: tok_name gives the enum's name ("LPAR"), tok_text the text used in
 * messages ("(" or "if"). */

#include "token.h"

static const char *const tok_names[TOK__COUNT] = {
#define TOK_NAME_ENTRY(name, text) #name,
    COIL_TOKEN_LIST(TOK_NAME_ENTRY)
#undef TOK_NAME_ENTRY
};

static const char *const tok_texts[TOK__COUNT] = {
#define TOK_TEXT_ENTRY(name, text) text,
    COIL_TOKEN_LIST(TOK_TEXT_ENTRY)
#undef TOK_TEXT_ENTRY
};

const char *tok_name(CoilTokenKind kind)
{
    return (unsigned)kind < TOK__COUNT ? tok_names[kind] : "?";
}

const char *tok_text(CoilTokenKind kind)
{
    return (unsigned)kind < TOK__COUNT ? tok_texts[kind] : "?";
}
