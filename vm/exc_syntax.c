/* exc_syntax.c — SyntaxError's attributes (msg, filename, lineno, offset,
 * text, end_lineno, end_offset, print_file_and_line), read from its
 * arguments `(msg, (filename, lineno, offset, text[, end_lineno,
 * end_offset]))` as CPython does, and its str(): "msg (file.py, line 3)". */
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* The fields live in a list held by the exception's attr_obj slot (unused
 * by SyntaxError otherwise), so __dict__ stays empty as in CPython. */
enum { SE_MSG, SE_FILENAME, SE_LINENO, SE_OFFSET, SE_TEXT, SE_END_LINENO, SE_END_OFFSET, SE_PRINT, SE__COUNT };

static CoilList *fields(CoilVM *vm, CoilValue self)
{
    CoilException *e = value_as_exc(self);
    if (value_is_list(vm, e->attr_obj)) return value_as_list(e->attr_obj);
    CoilValue l = list_new(vm, SE__COUNT);
    if (value_is_error(l)) return NULL;
    CoilList *lst = value_as_list(l);
    for (size_t i = 0; i < SE__COUNT; i++) lst->items[i] = VAL_NONE;
    lst->len = SE__COUNT;
    e->attr_obj = l;
    return lst;
}

/* Fills the fields from args; -1 with an exception on a malformed location. */
int exc_syntax_fill(CoilVM *vm, CoilValue self)
{
    GC_ROOT(vm, self);
    CoilList *f = fields(vm, self);
    GC_UNROOT(vm, 1);
    if (!f) return -1;
    CoilTuple *a = value_as_tuple(value_as_exc(self)->args);
    for (size_t i = 0; i < SE__COUNT; i++) f->items[i] = VAL_NONE;
    if (a->len >= 1) f->items[SE_MSG] = a->items[0];
    if (a->len != 2) return 0;
    GC_SAVE(vm);
    GC_ROOT(vm, self);
    CoilValue info = tuple_from_iterable(vm, a->items[1]);
    if (value_is_error(info)) return GC_RESTORE(vm), -1;
    CoilTuple *it = value_as_tuple(info);
    if (it->len < 4 || it->len > 6) {
        vm_raise(vm, vm->e_TypeError, "function takes at %s %d arguments (%zu given)", it->len < 4 ? "least" : "most",
                 it->len < 4 ? 4 : 6, it->len);
        return GC_RESTORE(vm), -1;
    }
    f = value_as_list(value_as_exc(self)->attr_obj);
    for (size_t i = 0; i < it->len; i++) f->items[SE_FILENAME + i] = it->items[i];
    GC_RESTORE(vm);
    return 0;
}

static CoilValue syntax_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilValue e = vm->e_BaseException->new_(vm, callee, args, nargs, kwnames);
    if (value_is_error(e)) return e;
    GC_ROOT(vm, e);
    int r = exc_syntax_fill(vm, e);
    GC_UNROOT(vm, 1);
    return r < 0 ? VAL_ERROR : e;
}

static CoilValue syntax_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    CoilValue r = vm->e_BaseException->init(vm, self, args, nargs, kwnames);
    if (value_is_error(r)) return r;
    return exc_syntax_fill(vm, self) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue syntax_str(CoilVM *vm, CoilValue self)
{
    CoilList *f = fields(vm, self);
    if (!f) return VAL_ERROR;
    CoilValue fn = f->items[SE_FILENAME], line = f->items[SE_LINENO];
    CoilValue ms = vm_str(vm, f->items[SE_MSG]);
    if (value_is_error(ms)) return ms;
    bool has_file = value_is_str(vm, fn), has_line = value_is_small_int(line);
    if (!has_file && !has_line) return ms;
    const char *base = "";
    if (has_file) {
        base = value_as_str(fn)->data;
        const char *slash = strrchr(base, '/');
        if (slash) base = slash + 1;
    }
    GC_ROOT(vm, ms);
    CoilValue r;
    if (has_file && has_line)
        r = str_format(vm, "%s (%s, line %lld)", value_as_str(ms)->data, base, (long long)value_as_small_int(line));
    else if (has_file)
        r = str_format(vm, "%s (%s)", value_as_str(ms)->data, base);
    else
        r = str_format(vm, "%s (line %lld)", value_as_str(ms)->data, (long long)value_as_small_int(line));
    GC_UNROOT(vm, 1);
    return r;
}

#define FIELD(name, idx)                                                                    \
    static CoilValue g_##name(CoilVM *vm, CoilValue self)                                   \
    {                                                                                       \
        CoilList *f = fields(vm, self);                                                     \
        return f ? f->items[idx] : VAL_ERROR;                                               \
    }                                                                                       \
    static int s_##name(CoilVM *vm, CoilValue self, CoilValue v)                            \
    {                                                                                       \
        GC_ROOT(vm, v);                                                                     \
        CoilList *f = fields(vm, self);                                                     \
        GC_UNROOT(vm, 1);                                                                   \
        if (!f) return -1;                                                                  \
        f->items[idx] = v == VAL_EMPTY ? VAL_NONE : v;                                      \
        return 0;                                                                           \
    }
FIELD(msg, SE_MSG)
FIELD(filename, SE_FILENAME)
FIELD(lineno, SE_LINENO)
FIELD(offset, SE_OFFSET)
FIELD(text, SE_TEXT)
FIELD(end_lineno, SE_END_LINENO)
FIELD(end_offset, SE_END_OFFSET)
FIELD(print, SE_PRINT)
#undef FIELD

static const CoilGetSetDef syntax_getsets[] = {
    {"msg", g_msg, s_msg},
    {"filename", g_filename, s_filename},
    {"lineno", g_lineno, s_lineno},
    {"offset", g_offset, s_offset},
    {"text", g_text, s_text},
    {"end_lineno", g_end_lineno, s_end_lineno},
    {"end_offset", g_end_offset, s_end_offset},
    {"print_file_and_line", g_print, s_print},
    {NULL, NULL, NULL}};

void exc_syntax_init_type(CoilVM *vm)
{
    CoilType *t = vm->e_SyntaxError;
    t->new_ = syntax_new;
    t->init = syntax_init;
    t->str = syntax_str;
    type_add_getsets(vm, t, syntax_getsets);
}
