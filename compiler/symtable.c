/* symtable.c — builds the scope tree for a module and classifies every name,
 * following CPython 3.11's Python/symtable.c step for step (visit, then
 * analyze_block), so closures, class scopes, comprehension scopes and the
 * SyntaxErrors come out as CPython's.  All memory lives in the caller's arena. */
#include "compiler/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* --- a string set in the arena (CPython's set objects in analyze_block) ----- */

typedef struct SymSet {
    const char **keys; /* NULL = empty slot; TOMB = deleted */
    int cap, len;
} SymSet;

static const char SET_TOMB[] = "";

static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a: names are short, any spread will do */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

typedef struct Builder {
    CoilArena *arena;
    CoilSyntaxError *err;
    SymTable *st;
    SymScope *cur;
    const char *private_name; /* st_private */
    bool failed;
} Builder;

static void *b_alloc(Builder *b, size_t n)
{
    void *p = arena_alloc(b->arena, n ? n : 1);
    if (!p && !b->failed) {
        b->failed = true;
        syntax_error_set(b->err, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
    }
    return p;
}

static bool set_init(Builder *b, SymSet *s, int cap)
{
    int c = 8;
    while (c < cap * 2) c *= 2;
    s->keys = b_alloc(b, sizeof *s->keys * (size_t)c);
    s->cap = s->keys ? c : 0;
    s->len = 0;
    return s->keys != NULL;
}

static bool set_add(Builder *b, SymSet *s, const char *k);

static bool set_grow(Builder *b, SymSet *s)
{
    SymSet n;
    if (!set_init(b, &n, s->cap)) return false;
    for (int i = 0; i < s->cap; i++)
        if (s->keys[i] && s->keys[i] != SET_TOMB) set_add(b, &n, s->keys[i]);
    *s = n;
    return true;
}

static int set_find(const SymSet *s, const char *k)
{
    if (!s->cap) return -1;
    uint32_t m = (uint32_t)s->cap - 1;
    for (uint32_t i = str_hash(k) & m;; i = (i + 1) & m) {
        if (!s->keys[i]) return -1;
        if (s->keys[i] != SET_TOMB && !strcmp(s->keys[i], k)) return (int)i;
    }
}

static bool set_contains(const SymSet *s, const char *k) { return s && set_find(s, k) >= 0; }

static bool set_add(Builder *b, SymSet *s, const char *k)
{
    if (set_find(s, k) >= 0) return true;
    if ((s->len + 1) * 2 > s->cap && !set_grow(b, s)) return false;
    uint32_t m = (uint32_t)s->cap - 1;
    uint32_t i = str_hash(k) & m;
    while (s->keys[i] && s->keys[i] != SET_TOMB) i = (i + 1) & m;
    s->keys[i] = k;
    s->len++;
    return true;
}

static void set_discard(SymSet *s, const char *k)
{
    int i = s ? set_find(s, k) : -1;
    if (i >= 0) s->keys[i] = SET_TOMB; /* len counts tombstones too: growth stays bounded */
}

static bool set_union(Builder *b, SymSet *dst, const SymSet *src)
{
    for (int i = 0; src && i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != SET_TOMB && !set_add(b, dst, src->keys[i])) return false;
    return true;
}

static bool set_copy(Builder *b, SymSet *dst, const SymSet *src)
{
    return set_init(b, dst, src ? src->len : 0) && set_union(b, dst, src);
}

/* --- errors ------------------------------------------------------------------- */

static bool fail_at(Builder *b, int line, int col, int end_line, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

static bool fail_at(Builder *b, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!b->failed) {
        syntax_error_set(b->err, "SyntaxError", line, col, end_line, end_col, "%s", msg);
        b->err->compiler = true;
    }
    b->failed = true;
    return false;
}

#define FAIL_NODE(b, n, ...) \
    fail_at((b), (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)

/* --- mangling ------------------------------------------------------------------- */

const char *sym_mangle(CoilArena *arena, const char *priv, const char *name)
{
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name; /* a class named only with underscores mangles nothing */
    size_t p = strlen(priv);
    char *out = arena_alloc(arena, n + p + 2);
    if (!out) return name; /* out of memory: the unmangled name is the least-bad answer */
    out[0] = '_';
    memcpy(out + 1, priv, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

/* --- scopes and symbols ---------------------------------------------------------- */

SymEntry *sym_lookup(const SymScope *sc, const char *name)
{
    if (!sc->capindex) return NULL;
    uint32_t m = (uint32_t)sc->capindex - 1;
    for (uint32_t i = str_hash(name) & m;; i = (i + 1) & m) {
        int k = sc->index[i];
        if (!k) return NULL;
        if (!strcmp(sc->syms[k - 1].name, name)) return &sc->syms[k - 1];
    }
}

static bool reindex(Builder *b, SymScope *sc, int cap)
{
    int *idx = b_alloc(b, sizeof *idx * (size_t)cap);
    if (!idx) return false;
    uint32_t m = (uint32_t)cap - 1;
    for (int k = 0; k < sc->nsyms; k++) {
        uint32_t i = str_hash(sc->syms[k].name) & m;
        while (idx[i]) i = (i + 1) & m;
        idx[i] = k + 1;
    }
    sc->index = idx;
    sc->capindex = cap;
    return true;
}

/* The entry for `name` in `sc`, created with no flags if absent. */
static SymEntry *sym_get(Builder *b, SymScope *sc, const char *name)
{
    SymEntry *e = sym_lookup(sc, name);
    if (e) return e;
    if (sc->nsyms == sc->capsyms) {
        int cap = sc->capsyms ? sc->capsyms * 2 : 16;
        SymEntry *n = b_alloc(b, sizeof *n * (size_t)cap);
        if (!n) return NULL;
        if (sc->nsyms) memcpy(n, sc->syms, sizeof *n * (size_t)sc->nsyms);
        sc->syms = n;
        sc->capsyms = cap;
    }
    e = &sc->syms[sc->nsyms++];
    e->name = name;
    e->flags = 0;
    e->scope = SYM_UNRESOLVED;
    if (sc->nsyms * 2 > sc->capindex) {
        if (!reindex(b, sc, sc->capindex ? sc->capindex * 2 : 32)) return NULL;
    } else {
        uint32_t m = (uint32_t)sc->capindex - 1;
        uint32_t i = str_hash(name) & m;
        while (sc->index[i]) i = (i + 1) & m;
        sc->index[i] = sc->nsyms;
    }
    return e;
}

static bool map_put(Builder *b, const AstNode *key, SymScope *val)
{
    SymTable *st = b->st;
    if ((st->map_len + 1) * 2 > st->map_cap) {
        int cap = st->map_cap ? st->map_cap * 2 : 64;
        const AstNode **keys = b_alloc(b, sizeof *keys * (size_t)cap);
        SymScope **vals = b_alloc(b, sizeof *vals * (size_t)cap);
        if (!keys || !vals) return false;
        for (int i = 0; i < st->map_cap; i++) {
            if (!st->map_keys[i]) continue;
            uint32_t j = (uint32_t)(((uintptr_t)st->map_keys[i] >> 4) * 2654435761u) & (uint32_t)(cap - 1);
            while (keys[j]) j = (j + 1) & (uint32_t)(cap - 1);
            keys[j] = st->map_keys[i];
            vals[j] = st->map_vals[i];
        }
        st->map_keys = keys;
        st->map_vals = vals;
        st->map_cap = cap;
    }
    uint32_t m = (uint32_t)st->map_cap - 1;
    uint32_t j = (uint32_t)(((uintptr_t)key >> 4) * 2654435761u) & m;
    while (st->map_keys[j]) j = (j + 1) & m;
    st->map_keys[j] = key;
    st->map_vals[j] = val;
    st->map_len++;
    return true;
}

SymScope *sym_scope_of(const SymTable *st, const AstNode *node)
{
    if (!st->map_cap) return NULL;
    uint32_t m = (uint32_t)st->map_cap - 1;
    for (uint32_t j = (uint32_t)(((uintptr_t)node >> 4) * 2654435761u) & m;; j = (j + 1) & m) {
        if (!st->map_keys[j]) return NULL;
        if (st->map_keys[j] == node) return st->map_vals[j];
    }
}

static SymScope *enter_block(Builder *b, SymBlockKind kind, const char *name, const AstNode *node)
{
    SymScope *sc = b_alloc(b, sizeof *sc);
    if (!sc) return NULL;
    sc->kind = kind;
    sc->name = name;
    sc->node = node;
    sc->lineno = node ? node->lineno : 1;
    sc->parent = b->cur;
    sc->private_name = b->private_name;
    if (b->cur) {
        SymScope *p = b->cur;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren ? p->capchildren * 2 : 4;
            SymScope **n = b_alloc(b, sizeof *n * (size_t)cap);
            if (!n) return NULL;
            if (p->nchildren) memcpy(n, p->children, sizeof *n * (size_t)p->nchildren);
            p->children = n;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = sc;
        if (node && !map_put(b, node, sc)) return NULL;
    }
    b->cur = sc;
    return sc;
}

static void exit_block(Builder *b) { b->cur = b->cur->parent; }

static bool record_directive(Builder *b, SymScope *sc, const char *name, const AstNode *at)
{
    if (sc->ndirectives == sc->capdirectives) {
        int cap = sc->capdirectives ? sc->capdirectives * 2 : 4;
        SymDirective *n = b_alloc(b, sizeof *n * (size_t)cap);
        if (!n) return false;
        if (sc->ndirectives) memcpy(n, sc->directives, sizeof *n * (size_t)sc->ndirectives);
        sc->directives = n;
        sc->capdirectives = cap;
    }
    sc->directives[sc->ndirectives++] = (SymDirective){
        name, at->lineno, at->col_offset, at->end_lineno, at->end_col_offset};
    return true;
}

/* symtable_add_def_helper: records `flag` for `name` in `sc`; `at` positions
 * the errors. */
static bool add_def_in(Builder *b, SymScope *sc, const char *name, uint32_t flag, const AstNode *at)
{
    const char *mangled = sym_mangle(b->arena, b->private_name, name);
    SymEntry *e = sym_get(b, sc, mangled);
    if (!e) return false;
    if ((flag & SYM_DEF_PARAM) && (e->flags & SYM_DEF_PARAM))
        return FAIL_NODE(b, at, "duplicate argument '%s' in function definition", mangled);
    e->flags |= flag;
    if (flag & SYM_DEF_PARAM) {
        if (sc->nparams % 8 == 0) {
            const char **n = b_alloc(b, sizeof *n * (size_t)(sc->nparams + 8));
            if (!n) return false;
            if (sc->nparams) memcpy(n, sc->params, sizeof *n * (size_t)sc->nparams);
            sc->params = n;
        }
        sc->params[sc->nparams++] = mangled;
    } else if (flag & SYM_DEF_GLOBAL) {
        /* CPython also marks the name global in the module's table. */
        SymEntry *g = sym_get(b, b->st->top, mangled);
        if (!g) return false;
        g->flags |= flag;
        e = sym_lookup(sc, mangled); /* sym_get on top may have moved sc's array */
    }
    if (sc->comp_iter_target) {
        if (e->flags & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))
            return FAIL_NODE(b, at, "comprehension inner loop cannot rebind assignment expression target '%s'",
                             mangled);
        e->flags |= SYM_DEF_COMP_ITER;
    }
    return true;
}

static bool add_def(Builder *b, const char *name, uint32_t flag, const AstNode *at)
{
    return add_def_in(b, b->cur, name, flag, at);
}

/* --- the visitor ------------------------------------------------------------------ */

static bool visit_expr(Builder *b, const AstNode *e);
static bool visit_stmts(Builder *b, const AstList *l);

static bool visit_exprs(Builder *b, const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && !visit_expr(b, l->items[i])) return false;
    return true;
}

static bool visit_params(Builder *b, const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (!add_def(b, l->items[i]->v.arg.arg, SYM_DEF_PARAM, l->items[i])) return false;
    return true;
}

static bool visit_arguments(Builder *b, const AstNode *a)
{
    if (!visit_params(b, &a->v.arguments.posonlyargs) || !visit_params(b, &a->v.arguments.args) ||
        !visit_params(b, &a->v.arguments.kwonlyargs))
        return false;
    if (a->v.arguments.vararg) {
        if (!add_def(b, a->v.arguments.vararg->v.arg.arg, SYM_DEF_PARAM, a->v.arguments.vararg)) return false;
        b->cur->has_varargs = true;
    }
    if (a->v.arguments.kwarg) {
        if (!add_def(b, a->v.arguments.kwarg->v.arg.arg, SYM_DEF_PARAM, a->v.arguments.kwarg)) return false;
        b->cur->has_varkeywords = true;
    }
    return true;
}

static bool visit_arg_annotations(Builder *b, const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->v.arg.annotation && !visit_expr(b, l->items[i]->v.arg.annotation)) return false;
    return true;
}

static bool visit_annotations(Builder *b, const AstNode *a, const AstNode *returns)
{
    if (!visit_arg_annotations(b, &a->v.arguments.posonlyargs) || !visit_arg_annotations(b, &a->v.arguments.args))
        return false;
    if (a->v.arguments.vararg && a->v.arguments.vararg->v.arg.annotation &&
        !visit_expr(b, a->v.arguments.vararg->v.arg.annotation))
        return false;
    if (a->v.arguments.kwarg && a->v.arguments.kwarg->v.arg.annotation &&
        !visit_expr(b, a->v.arguments.kwarg->v.arg.annotation))
        return false;
    if (!visit_arg_annotations(b, &a->v.arguments.kwonlyargs)) return false;
    return !returns || visit_expr(b, returns);
}

static bool visit_defaults(Builder *b, const AstNode *a)
{
    return visit_exprs(b, &a->v.arguments.defaults) && visit_exprs(b, &a->v.arguments.kw_defaults);
}

static bool visit_keywords(Builder *b, const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (!visit_expr(b, l->items[i]->v.keyword.value)) return false;
    return true;
}

/* symtable_extend_namedexpr_scope: a := inside a comprehension binds in the
 * nearest enclosing function (nonlocal there) or module (global). */
static bool extend_namedexpr_scope(Builder *b, const AstNode *target)
{
    const char *name = target->v.Name.id;
    for (SymScope *sc = b->cur; sc; sc = sc->parent) {
        if (sc->comp) {
            SymEntry *e = sym_lookup(sc, sym_mangle(b->arena, b->private_name, name));
            if (e && (e->flags & SYM_DEF_COMP_ITER))
                return FAIL_NODE(b, target, "assignment expression cannot rebind comprehension iteration variable '%s'",
                                 name);
            continue;
        }
        if (sc->kind == SYM_BLOCK_FUNCTION) {
            SymEntry *e = sym_lookup(sc, sym_mangle(b->arena, b->private_name, name));
            uint32_t f = e && (e->flags & SYM_DEF_GLOBAL) ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL;
            if (!add_def(b, name, f, target) ||
                !record_directive(b, b->cur, sym_mangle(b->arena, b->private_name, name), target))
                return false;
            return add_def_in(b, sc, name, SYM_DEF_LOCAL, target);
        }
        if (sc->kind == SYM_BLOCK_MODULE) {
            if (!add_def(b, name, SYM_DEF_GLOBAL, target) ||
                !record_directive(b, b->cur, sym_mangle(b->arena, b->private_name, name), target))
                return false;
            return add_def_in(b, sc, name, SYM_DEF_GLOBAL, target);
        }
        return FAIL_NODE(b, target, "assignment expression within a comprehension cannot be used in a class body");
    }
    return true;
}

static const char *comp_scope_name(int kind)
{
    switch (kind) {
    case AST_ListComp: return "<listcomp>";
    case AST_SetComp: return "<setcomp>";
    case AST_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static bool handle_comprehension(Builder *b, const AstNode *e, const AstList *gens, const AstNode *elt,
                                 const AstNode *value)
{
    bool is_generator = e->kind == AST_GeneratorExp;
    const AstNode *outer = gens->items[0];
    b->cur->comp_iter_expr++;
    if (!visit_expr(b, outer->v.comprehension.iter)) return false;
    b->cur->comp_iter_expr--;
    SymScope *sc = enter_block(b, SYM_BLOCK_FUNCTION, comp_scope_name(e->kind), e);
    if (!sc) return false;
    sc->comp = e->kind == AST_ListComp ? SYM_COMP_LIST
             : e->kind == AST_SetComp  ? SYM_COMP_SET
             : e->kind == AST_DictComp ? SYM_COMP_DICT : SYM_COMP_GENEXP;
    if (outer->v.comprehension.is_async) sc->is_coroutine = true;
    /* The outermost iterator arrives as the implicit parameter ".0". */
    if (!add_def(b, ".0", SYM_DEF_PARAM, e)) return false;
    sc->comp_iter_target = 1;
    if (!visit_expr(b, outer->v.comprehension.target)) return false;
    sc->comp_iter_target = 0;
    if (!visit_exprs(b, &outer->v.comprehension.ifs)) return false;
    for (int i = 1; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        sc->comp_iter_target = 1;
        if (!visit_expr(b, g->v.comprehension.target)) return false;
        sc->comp_iter_target = 0;
        sc->comp_iter_expr++;
        if (!visit_expr(b, g->v.comprehension.iter)) return false;
        sc->comp_iter_expr--;
        if (!visit_exprs(b, &g->v.comprehension.ifs)) return false;
        if (g->v.comprehension.is_async) sc->is_coroutine = true;
    }
    if (value && !visit_expr(b, value)) return false;
    if (!visit_expr(b, elt)) return false;
    sc->is_generator = is_generator;
    bool is_async = sc->is_coroutine && !is_generator;
    exit_block(b);
    /* An async list/set/dict comprehension is awaited where it is built, so
     * the enclosing code awaits too. */
    if (is_async) b->cur->is_coroutine = true;
    return true;
}

static bool yield_in_comprehension(Builder *b, const AstNode *e)
{
    const char *what = b->cur->comp == SYM_COMP_LIST ? "list comprehension"
                     : b->cur->comp == SYM_COMP_SET  ? "set comprehension"
                     : b->cur->comp == SYM_COMP_DICT ? "dict comprehension" : "generator expression";
    return FAIL_NODE(b, e, "'yield' inside %s", what);
}

static bool visit_expr(Builder *b, const AstNode *e)
{
    if (b->failed) return false;
    switch (e->kind) {
    case AST_NamedExpr:
        if (b->cur->comp_iter_expr > 0)
            return FAIL_NODE(b, e, "assignment expression cannot be used in a comprehension iterable expression");
        if (b->cur->comp) {
            if (!extend_namedexpr_scope(b, e->v.NamedExpr.target)) return false;
        } else {
            b->cur->has_walrus = true;
        }
        return visit_expr(b, e->v.NamedExpr.value) && visit_expr(b, e->v.NamedExpr.target);
    case AST_BoolOp: return visit_exprs(b, &e->v.BoolOp.values);
    case AST_BinOp: return visit_expr(b, e->v.BinOp.left) && visit_expr(b, e->v.BinOp.right);
    case AST_UnaryOp: return visit_expr(b, e->v.UnaryOp.operand);
    case AST_Lambda: {
        if (!visit_defaults(b, e->v.Lambda.args)) return false;
        if (!enter_block(b, SYM_BLOCK_FUNCTION, "<lambda>", e)) return false;
        if (!visit_arguments(b, e->v.Lambda.args) || !visit_expr(b, e->v.Lambda.body)) return false;
        exit_block(b);
        return true;
    }
    case AST_IfExp:
        return visit_expr(b, e->v.IfExp.test) && visit_expr(b, e->v.IfExp.body) && visit_expr(b, e->v.IfExp.orelse);
    case AST_Dict: return visit_exprs(b, &e->v.Dict.keys) && visit_exprs(b, &e->v.Dict.values);
    case AST_Set: return visit_exprs(b, &e->v.Set.elts);
    case AST_GeneratorExp:
    case AST_ListComp:
    case AST_SetComp:
        return handle_comprehension(b, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case AST_DictComp:
        return handle_comprehension(b, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield:
    case AST_YieldFrom:
        if (e->v.Await.value && !visit_expr(b, e->v.Await.value)) return false;
        b->cur->is_generator = true;
        if (b->cur->comp) return yield_in_comprehension(b, e);
        return true;
    case AST_Await:
        if (!visit_expr(b, e->v.Await.value)) return false;
        b->cur->is_coroutine = true;
        return true;
    case AST_Compare: return visit_expr(b, e->v.Compare.left) && visit_exprs(b, &e->v.Compare.comparators);
    case AST_Call:
        return visit_expr(b, e->v.Call.func) && visit_exprs(b, &e->v.Call.args) &&
               visit_keywords(b, &e->v.Call.keywords);
    case AST_FormattedValue:
        return visit_expr(b, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec || visit_expr(b, e->v.FormattedValue.format_spec));
    case AST_JoinedStr: return visit_exprs(b, &e->v.JoinedStr.values);
    case AST_Constant: return true;
    case AST_Attribute: return visit_expr(b, e->v.Attribute.value);
    case AST_Subscript: return visit_expr(b, e->v.Subscript.value) && visit_expr(b, e->v.Subscript.slice);
    case AST_Starred: return visit_expr(b, e->v.Starred.value);
    case AST_Slice:
        return (!e->v.Slice.lower || visit_expr(b, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(b, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(b, e->v.Slice.step));
    case AST_Name: {
        uint32_t flag = e->v.Name.ctx == AST_LOAD ? SYM_USE
                      : e->v.Name.ctx == AST_DEL  ? SYM_DEF_LOCAL | SYM_DEF_DELETED : SYM_DEF_LOCAL;
        if (!add_def(b, e->v.Name.id, flag, e)) return false;
        /* super() needs the __class__ cell of the method's class. */
        if (e->v.Name.ctx == AST_LOAD && b->cur->kind == SYM_BLOCK_FUNCTION && !strcmp(e->v.Name.id, "super"))
            return add_def(b, "__class__", SYM_USE, e);
        return true;
    }
    case AST_List:
    case AST_Tuple: return visit_exprs(b, &e->v.List.elts);
    default: return true;
    }
}

static bool visit_global_nonlocal(Builder *b, const AstNode *s, bool is_global)
{
    const AstNames *names = &s->v.Global.names;
    for (int i = 0; i < names->len; i++) {
        const char *name = names->items[i];
        SymEntry *cur = sym_lookup(b->cur, sym_mangle(b->arena, b->private_name, name));
        uint32_t f = cur ? cur->flags : 0;
        if (f & (SYM_DEF_PARAM | SYM_DEF_LOCAL | SYM_USE | SYM_DEF_ANNOT)) {
            const char *what = is_global ? "global" : "nonlocal";
            if (f & SYM_DEF_PARAM) return FAIL_NODE(b, s, "name '%s' is parameter and %s", name, what);
            if (f & SYM_USE) return FAIL_NODE(b, s, "name '%s' is used prior to %s declaration", name, what);
            if (f & SYM_DEF_ANNOT) return FAIL_NODE(b, s, "annotated name '%s' can't be %s", name, what);
            return FAIL_NODE(b, s, "name '%s' is assigned to before %s declaration", name, what);
        }
        if (!add_def(b, name, is_global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, s) ||
            !record_directive(b, b->cur, sym_mangle(b->arena, b->private_name, name), s))
            return false;
    }
    return true;
}

static bool visit_alias(Builder *b, const AstNode *a)
{
    const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
    if (!strcmp(name, "*")) {
        if (b->cur->kind != SYM_BLOCK_MODULE)
            return FAIL_NODE(b, a, "import * only allowed at module level");
        return true;
    }
    const char *dot = a->v.alias.asname ? NULL : strchr(name, '.');
    if (dot) { /* import a.b binds a */
        char *first = b_alloc(b, (size_t)(dot - name) + 1);
        if (!first) return false;
        memcpy(first, name, (size_t)(dot - name));
        name = first;
    }
    return add_def(b, name, SYM_DEF_IMPORT, a);
}

/* A match pattern: the expressions it evaluates and the names it binds. */
static bool visit_pattern(Builder *b, const AstNode *p)
{
    switch (p->kind) {
    case AST_MatchValue: return visit_expr(b, p->v.MatchValue.value);
    case AST_MatchSequence:
    case AST_MatchOr:
        for (int i = 0; i < p->v.MatchSequence.patterns.len; i++)
            if (!visit_pattern(b, p->v.MatchSequence.patterns.items[i])) return false;
        return true;
    case AST_MatchMapping:
        for (int i = 0; i < p->v.MatchMapping.keys.len; i++)
            if (!visit_expr(b, p->v.MatchMapping.keys.items[i]) ||
                !visit_pattern(b, p->v.MatchMapping.patterns.items[i]))
                return false;
        return !p->v.MatchMapping.rest || add_def(b, p->v.MatchMapping.rest, SYM_DEF_LOCAL, p);
    case AST_MatchClass:
        if (!visit_expr(b, p->v.MatchClass.cls)) return false;
        for (int i = 0; i < p->v.MatchClass.patterns.len; i++)
            if (!visit_pattern(b, p->v.MatchClass.patterns.items[i])) return false;
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.len; i++)
            if (!visit_pattern(b, p->v.MatchClass.kwd_patterns.items[i])) return false;
        return true;
    case AST_MatchStar: return !p->v.MatchStar.name || add_def(b, p->v.MatchStar.name, SYM_DEF_LOCAL, p);
    case AST_MatchAs:
        if (p->v.MatchAs.pattern && !visit_pattern(b, p->v.MatchAs.pattern)) return false;
        return !p->v.MatchAs.name || add_def(b, p->v.MatchAs.name, SYM_DEF_LOCAL, p);
    default: return true;
    }
}

static bool visit_stmt(Builder *b, const AstNode *s)
{
    if (b->failed) return false;
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        const AstNode *args = s->v.FunctionDef.args;
        if (!add_def(b, s->v.FunctionDef.name, SYM_DEF_LOCAL, s) || !visit_defaults(b, args) ||
            !visit_annotations(b, args, s->v.FunctionDef.returns) ||
            !visit_exprs(b, &s->v.FunctionDef.decorator_list))
            return false;
        SymScope *sc = enter_block(b, SYM_BLOCK_FUNCTION, s->v.FunctionDef.name, s);
        if (!sc) return false;
        if (s->kind == AST_AsyncFunctionDef) sc->is_coroutine = sc->is_async_def = true;
        if (!visit_arguments(b, args) || !visit_stmts(b, &s->v.FunctionDef.body)) return false;
        exit_block(b);
        return true;
    }
    case AST_ClassDef: {
        if (!add_def(b, s->v.ClassDef.name, SYM_DEF_LOCAL, s) || !visit_exprs(b, &s->v.ClassDef.bases) ||
            !visit_keywords(b, &s->v.ClassDef.keywords) || !visit_exprs(b, &s->v.ClassDef.decorator_list))
            return false;
        const char *saved = b->private_name;
        b->private_name = s->v.ClassDef.name;
        SymScope *sc = enter_block(b, SYM_BLOCK_CLASS, s->v.ClassDef.name, s);
        if (!sc || !visit_stmts(b, &s->v.ClassDef.body)) return false;
        exit_block(b);
        b->private_name = saved;
        return true;
    }
    case AST_Return: return !s->v.Return.value || visit_expr(b, s->v.Return.value);
    case AST_Delete: return visit_exprs(b, &s->v.Delete.targets);
    case AST_Assign: {
        const AstNode *v = s->v.Assign.value;
        bool str_value = v->kind == AST_JoinedStr || (v->kind == AST_Constant && v->v.Constant.kind == AST_CONST_STR);
        for (int i = 0; str_value && i < s->v.Assign.targets.len; i++) {
            const AstNode *t = s->v.Assign.targets.items[i];
            if (t->kind == AST_Name && !add_def(b, t->v.Name.id, SYM_DEF_STRINIT, s)) return false;
        }
        return visit_exprs(b, &s->v.Assign.targets) && visit_expr(b, s->v.Assign.value);
    }
    case AST_AugAssign:
        if (s->v.AugAssign.op == AST_OP_Add && s->v.AugAssign.target->kind == AST_Name &&
            !add_def(b, s->v.AugAssign.target->v.Name.id, SYM_DEF_AUGADD, s))
            return false;
        return visit_expr(b, s->v.AugAssign.target) && visit_expr(b, s->v.AugAssign.value);
    case AST_AnnAssign: {
        const AstNode *t = s->v.AnnAssign.target;
        if (t->kind == AST_Name) {
            SymEntry *cur = sym_lookup(b->cur, sym_mangle(b->arena, b->private_name, t->v.Name.id));
            if (cur && (cur->flags & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) && b->cur != b->st->top &&
                s->v.AnnAssign.simple)
                return FAIL_NODE(b, s, "annotated name '%s' can't be %s", t->v.Name.id,
                                 (cur->flags & SYM_DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->v.AnnAssign.simple) {
                if (!add_def(b, t->v.Name.id, SYM_DEF_ANNOT | SYM_DEF_LOCAL, t)) return false;
            } else if (s->v.AnnAssign.value && !add_def(b, t->v.Name.id, SYM_DEF_LOCAL, t)) {
                return false;
            }
        } else if (!visit_expr(b, t)) {
            return false;
        }
        if (!visit_expr(b, s->v.AnnAssign.annotation)) return false;
        return !s->v.AnnAssign.value || visit_expr(b, s->v.AnnAssign.value);
    }
    case AST_For:
    case AST_AsyncFor:
        return visit_expr(b, s->v.For.target) && visit_expr(b, s->v.For.iter) && visit_stmts(b, &s->v.For.body) &&
               visit_stmts(b, &s->v.For.orelse);
    case AST_While:
    case AST_If:
        return visit_expr(b, s->v.While.test) && visit_stmts(b, &s->v.While.body) &&
               visit_stmts(b, &s->v.While.orelse);
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.len; i++) {
            const AstNode *it = s->v.With.items.items[i];
            if (!visit_expr(b, it->v.withitem.context_expr)) return false;
            if (it->v.withitem.optional_vars && !visit_expr(b, it->v.withitem.optional_vars)) return false;
        }
        return visit_stmts(b, &s->v.With.body);
    case AST_Match:
        if (!visit_expr(b, s->v.Match.subject)) return false;
        for (int i = 0; i < s->v.Match.cases.len; i++) {
            const AstNode *mc = s->v.Match.cases.items[i];
            if (!visit_pattern(b, mc->v.match_case.pattern) ||
                (mc->v.match_case.guard && !visit_expr(b, mc->v.match_case.guard)) ||
                !visit_stmts(b, &mc->v.match_case.body))
                return false;
        }
        return true;
    case AST_Raise:
        return (!s->v.Raise.exc || visit_expr(b, s->v.Raise.exc)) &&
               (!s->v.Raise.cause || visit_expr(b, s->v.Raise.cause));
    case AST_Try:
    case AST_TryStar:
        if (!visit_stmts(b, &s->v.Try.body) || !visit_stmts(b, &s->v.Try.orelse)) return false;
        for (int i = 0; i < s->v.Try.handlers.len; i++) {
            const AstNode *h = s->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type && !visit_expr(b, h->v.ExceptHandler.type)) return false;
            if (h->v.ExceptHandler.name &&
                !add_def(b, h->v.ExceptHandler.name, SYM_DEF_LOCAL | SYM_DEF_DELETED, h))
                return false;
            if (!visit_stmts(b, &h->v.ExceptHandler.body)) return false;
        }
        return visit_stmts(b, &s->v.Try.finalbody);
    case AST_Assert:
        return visit_expr(b, s->v.Assert.test) && (!s->v.Assert.msg || visit_expr(b, s->v.Assert.msg));
    case AST_Import:
    case AST_ImportFrom: {
        const AstList *names = s->kind == AST_Import ? &s->v.Import.names : &s->v.ImportFrom.names;
        for (int i = 0; i < names->len; i++)
            if (!visit_alias(b, names->items[i])) return false;
        return true;
    }
    case AST_Global: return visit_global_nonlocal(b, s, true);
    case AST_Nonlocal: return visit_global_nonlocal(b, s, false);
    case AST_Expr: return visit_expr(b, s->v.Expr.value);
    default: return true; /* Pass, Break, Continue */
    }
}

static bool visit_stmts(Builder *b, const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (!visit_stmt(b, l->items[i])) return false;
    return true;
}

/* --- analysis (CPython's analyze_block and friends) ------------------------------- */

static bool error_at_directive(Builder *b, const SymScope *sc, const char *name, const char *msg)
{
    for (int i = 0; i < sc->ndirectives; i++) {
        const SymDirective *d = &sc->directives[i];
        if (!strcmp(d->name, name)) return fail_at(b, d->lineno, d->col, d->end_lineno, d->end_col, "%s", msg);
    }
    return fail_at(b, sc->lineno, 0, sc->lineno, 0, "%s", msg);
}

static bool analyze_name(Builder *b, SymScope *sc, SymEntry *e, SymSet *bound, SymSet *local, SymSet *free,
                         SymSet *global)
{
    char msg[300];
    if (e->flags & SYM_DEF_GLOBAL) {
        if (e->flags & SYM_DEF_NONLOCAL) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", e->name);
            return error_at_directive(b, sc, e->name, msg);
        }
        e->scope = SYM_GLOBAL_EXPLICIT;
        if (!set_add(b, global, e->name)) return false;
        set_discard(bound, e->name);
        return true;
    }
    if (e->flags & SYM_DEF_NONLOCAL) {
        if (!bound) return error_at_directive(b, sc, e->name, "nonlocal declaration not allowed at module level");
        if (!set_contains(bound, e->name)) {
            snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", e->name);
            return error_at_directive(b, sc, e->name, msg);
        }
        e->scope = SYM_FREE;
        return set_add(b, free, e->name);
    }
    if (e->flags & SYM_DEF_BOUND) {
        e->scope = SYM_LOCAL;
        if (!set_add(b, local, e->name)) return false;
        set_discard(global, e->name);
        return true;
    }
    if (bound && set_contains(bound, e->name)) {
        e->scope = SYM_FREE;
        return set_add(b, free, e->name);
    }
    e->scope = SYM_GLOBAL_IMPLICIT;
    return true;
}

static bool analyze_block(Builder *b, SymScope *sc, SymSet *bound, SymSet *free, SymSet *global);

static bool analyze_child_block(Builder *b, SymScope *child, const SymSet *bound, const SymSet *free,
                                const SymSet *global, SymSet *child_free)
{
    SymSet tb, tg;
    if (!set_copy(b, &tb, bound) || !set_copy(b, child_free, free) || !set_copy(b, &tg, global)) return false;
    return analyze_block(b, child, &tb, child_free, &tg);
}

static bool analyze_block(Builder *b, SymScope *sc, SymSet *bound, SymSet *free, SymSet *global)
{
    SymSet local, newglobal, newfree, newbound, allfree;
    if (!set_init(b, &local, sc->nsyms) || !set_init(b, &newglobal, 0) || !set_init(b, &newfree, 0) ||
        !set_init(b, &newbound, 0) || !set_init(b, &allfree, 0))
        return false;
    /* Class bindings are invisible to methods: children see what the class saw. */
    if (sc->kind == SYM_BLOCK_CLASS) {
        if (!set_union(b, &newglobal, global) || !set_union(b, &newbound, bound)) return false;
    }
    for (int i = 0; i < sc->nsyms; i++)
        if (!analyze_name(b, sc, &sc->syms[i], bound, &local, free, global)) return false;
    if (sc->kind != SYM_BLOCK_CLASS) {
        if (sc->kind == SYM_BLOCK_FUNCTION && !set_union(b, &newbound, &local)) return false;
        if (!set_union(b, &newbound, bound) || !set_union(b, &newglobal, global)) return false;
    } else if (!set_add(b, &newbound, "__class__")) {
        return false;
    }
    for (int i = 0; i < sc->nchildren; i++) {
        SymSet child_free;
        if (!analyze_child_block(b, sc->children[i], &newbound, &newfree, &newglobal, &child_free) ||
            !set_union(b, &allfree, &child_free))
            return false;
    }
    if (!set_union(b, &newfree, &allfree)) return false;
    if (sc->kind == SYM_BLOCK_FUNCTION) {
        /* analyze_cells: locals that children use become cells. */
        for (int i = 0; i < sc->nsyms; i++) {
            SymEntry *e = &sc->syms[i];
            if (e->scope == SYM_LOCAL && set_contains(&newfree, e->name)) {
                e->scope = SYM_CELL;
                set_discard(&newfree, e->name);
            }
        }
    } else if (sc->kind == SYM_BLOCK_CLASS && set_contains(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        sc->needs_class_closure = true;
    }
    /* update_symbols: free names of children pass through this scope. */
    for (int i = 0; i < newfree.cap; i++) {
        const char *name = newfree.keys[i];
        if (!name || name == SET_TOMB) continue;
        SymEntry *e = sym_lookup(sc, name);
        if (e) {
            if (sc->kind == SYM_BLOCK_CLASS && (e->flags & (SYM_DEF_BOUND | SYM_DEF_GLOBAL)))
                e->flags |= SYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_contains(bound, name)) continue; /* a global */
        e = sym_get(b, sc, name);
        if (!e) return false;
        e->scope = SYM_FREE;
    }
    return set_union(b, free, &newfree);
}

bool sym_build(SymTable *st, CoilArena *arena, const AstNode *module, CoilSyntaxError *err)
{
    memset(st, 0, sizeof *st);
    st->arena = arena;
    Builder b = {arena, err, st, NULL, NULL, false};
    SymScope *top = enter_block(&b, SYM_BLOCK_MODULE, "top", module);
    if (!top) return false;
    top->lineno = 1;
    st->top = top;
    if (!visit_stmts(&b, &module->v.Module.body)) return false;
    SymSet free, global;
    if (!set_init(&b, &free, 0) || !set_init(&b, &global, 0)) return false;
    return analyze_block(&b, top, NULL, &free, &global);
}

const char *sym_scope_name(SymScopeKind k)
{
    switch (k) {
    case SYM_LOCAL: return "local";
    case SYM_GLOBAL_EXPLICIT: return "global_explicit";
    case SYM_GLOBAL_IMPLICIT: return "global_implicit";
    case SYM_FREE: return "free";
    case SYM_CELL: return "cell";
    default: return "unresolved";
    }
}
