/* dump.c — ast_dump: prints a tree exactly as CPython 3.11's
 * ast.dump(tree, indent=2) does.  Each node lists its fields in the `ast`
 * module's order; a node is printed on one line when it has at most three
 * printed fields and all of them are "simple" (scalars, empty lists, nodes
 * without printed fields), as in Lib/ast.py.  Optional fields that are absent
 * are left out.  Constant values are printed with Python's repr (repr.c). */
#include <stdio.h>
#include <string.h>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/repr.h"

typedef enum {
    DF_NODE,   /* a child node (never NULL here: absent optionals are dropped) */
    DF_LIST,   /* a list of nodes */
    DF_NLIST,  /* a list of nodes where NULL prints as None */
    DF_IDENT,  /* an identifier: repr'd str */
    DF_NAMES,  /* a list of identifiers */
    DF_INT,
    DF_PSEUDO, /* an argument-less node: Load(), Add(), ... */
    DF_OPS,    /* Compare's list of operators */
    DF_CONST,  /* a Constant's value */
    DF_POS,    /* a position attribute (include_attributes) */
} DumpFieldType;

/* Kept small: a node's fields sit in an array on the stack of a recursive
 * walk up to ~3000 levels deep. */
typedef struct DumpField {
    const char *name;
    uint8_t type; /* DumpFieldType */
    int32_t nops; /* DF_OPS: how many */
    union {
        const AstNode *node;
        AstList list;
        AstNames names;
        const char *str;
        long long i;
        const uint8_t *ops;
    } u;
} DumpField;

#define DUMP_MAX_FIELDS 12

static const char *const dump_ctx_names[] = {"Load", "Store", "Del"};

/* Field helpers: each appends one printed field (or nothing when absent). */
static int df_node(DumpField *f, int n, const char *name, const AstNode *v)
{
    if (!v) return n;
    f[n] = (DumpField){.name = name, .type = DF_NODE, .u.node = v};
    return n + 1;
}
static int df_list(DumpField *f, int n, const char *name, AstList v)
{
    f[n] = (DumpField){.name = name, .type = DF_LIST, .u.list = v};
    return n + 1;
}
static int df_nlist(DumpField *f, int n, const char *name, AstList v)
{
    f[n] = (DumpField){.name = name, .type = DF_NLIST, .u.list = v};
    return n + 1;
}
static int df_ident(DumpField *f, int n, const char *name, const char *v)
{
    if (!v) return n;
    f[n] = (DumpField){.name = name, .type = DF_IDENT, .u.str = v};
    return n + 1;
}
static int df_int(DumpField *f, int n, const char *name, long long v)
{
    f[n] = (DumpField){.name = name, .type = DF_INT, .u.i = v};
    return n + 1;
}
static int df_pseudo(DumpField *f, int n, const char *name, const char *cls)
{
    f[n] = (DumpField){.name = name, .type = DF_PSEUDO, .u.str = cls};
    return n + 1;
}

/* The printed fields of node, in order; returns how many. */
static int dump_fields(const AstNode *x, DumpField *f)
{
    int n = 0;
    switch (x->kind) {
    case AST_Module:
        n = df_list(f, n, "body", x->v.Module.body);
        n = df_list(f, n, "type_ignores", (AstList){NULL, 0});
        break;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        n = df_ident(f, n, "name", x->v.FunctionDef.name);
        n = df_node(f, n, "args", x->v.FunctionDef.args);
        n = df_list(f, n, "body", x->v.FunctionDef.body);
        n = df_list(f, n, "decorator_list", x->v.FunctionDef.decorator_list);
        n = df_node(f, n, "returns", x->v.FunctionDef.returns);
        break;
    case AST_ClassDef:
        n = df_ident(f, n, "name", x->v.ClassDef.name);
        n = df_list(f, n, "bases", x->v.ClassDef.bases);
        n = df_list(f, n, "keywords", x->v.ClassDef.keywords);
        n = df_list(f, n, "body", x->v.ClassDef.body);
        n = df_list(f, n, "decorator_list", x->v.ClassDef.decorator_list);
        break;
    case AST_Return:
        n = df_node(f, n, "value", x->v.Return.value);
        break;
    case AST_Delete:
        n = df_list(f, n, "targets", x->v.Delete.targets);
        break;
    case AST_Assign:
        n = df_list(f, n, "targets", x->v.Assign.targets);
        n = df_node(f, n, "value", x->v.Assign.value);
        break;
    case AST_AugAssign:
        n = df_node(f, n, "target", x->v.AugAssign.target);
        n = df_pseudo(f, n, "op", ast_op_name(x->v.AugAssign.op));
        n = df_node(f, n, "value", x->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        n = df_node(f, n, "target", x->v.AnnAssign.target);
        n = df_node(f, n, "annotation", x->v.AnnAssign.annotation);
        n = df_node(f, n, "value", x->v.AnnAssign.value);
        n = df_int(f, n, "simple", x->v.AnnAssign.simple);
        break;
    case AST_For:
    case AST_AsyncFor:
        n = df_node(f, n, "target", x->v.For.target);
        n = df_node(f, n, "iter", x->v.For.iter);
        n = df_list(f, n, "body", x->v.For.body);
        n = df_list(f, n, "orelse", x->v.For.orelse);
        break;
    case AST_While:
        n = df_node(f, n, "test", x->v.While.test);
        n = df_list(f, n, "body", x->v.While.body);
        n = df_list(f, n, "orelse", x->v.While.orelse);
        break;
    case AST_If:
        n = df_node(f, n, "test", x->v.If.test);
        n = df_list(f, n, "body", x->v.If.body);
        n = df_list(f, n, "orelse", x->v.If.orelse);
        break;
    case AST_With:
    case AST_AsyncWith:
        n = df_list(f, n, "items", x->v.With.items);
        n = df_list(f, n, "body", x->v.With.body);
        break;
    case AST_Raise:
        n = df_node(f, n, "exc", x->v.Raise.exc);
        n = df_node(f, n, "cause", x->v.Raise.cause);
        break;
    case AST_Try:
    case AST_TryStar:
        n = df_list(f, n, "body", x->v.Try.body);
        n = df_list(f, n, "handlers", x->v.Try.handlers);
        n = df_list(f, n, "orelse", x->v.Try.orelse);
        n = df_list(f, n, "finalbody", x->v.Try.finalbody);
        break;
    case AST_Assert:
        n = df_node(f, n, "test", x->v.Assert.test);
        n = df_node(f, n, "msg", x->v.Assert.msg);
        break;
    case AST_Import:
        n = df_list(f, n, "names", x->v.Import.names);
        break;
    case AST_ImportFrom:
        n = df_ident(f, n, "module", x->v.ImportFrom.module);
        n = df_list(f, n, "names", x->v.ImportFrom.names);
        n = df_int(f, n, "level", x->v.ImportFrom.level);
        break;
    case AST_Global:
    case AST_Nonlocal:
        f[n] = (DumpField){.name = "names", .type = DF_NAMES, .u.names = x->v.Global.names};
        n++;
        break;
    case AST_Expr:
        n = df_node(f, n, "value", x->v.Expr.value);
        break;
    case AST_Pass:
    case AST_Break:
    case AST_Continue:
        break;
    case AST_BoolOp:
        n = df_pseudo(f, n, "op", ast_op_name(x->v.BoolOp.op));
        n = df_list(f, n, "values", x->v.BoolOp.values);
        break;
    case AST_NamedExpr:
        n = df_node(f, n, "target", x->v.NamedExpr.target);
        n = df_node(f, n, "value", x->v.NamedExpr.value);
        break;
    case AST_BinOp:
        n = df_node(f, n, "left", x->v.BinOp.left);
        n = df_pseudo(f, n, "op", ast_op_name(x->v.BinOp.op));
        n = df_node(f, n, "right", x->v.BinOp.right);
        break;
    case AST_UnaryOp:
        n = df_pseudo(f, n, "op", ast_op_name(x->v.UnaryOp.op));
        n = df_node(f, n, "operand", x->v.UnaryOp.operand);
        break;
    case AST_Lambda:
        n = df_node(f, n, "args", x->v.Lambda.args);
        n = df_node(f, n, "body", x->v.Lambda.body);
        break;
    case AST_IfExp:
        n = df_node(f, n, "test", x->v.IfExp.test);
        n = df_node(f, n, "body", x->v.IfExp.body);
        n = df_node(f, n, "orelse", x->v.IfExp.orelse);
        break;
    case AST_Dict:
        n = df_nlist(f, n, "keys", x->v.Dict.keys);
        n = df_list(f, n, "values", x->v.Dict.values);
        break;
    case AST_Set:
        n = df_list(f, n, "elts", x->v.Set.elts);
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp:
        n = df_node(f, n, "elt", x->v.ListComp.elt);
        n = df_list(f, n, "generators", x->v.ListComp.generators);
        break;
    case AST_DictComp:
        n = df_node(f, n, "key", x->v.DictComp.key);
        n = df_node(f, n, "value", x->v.DictComp.value);
        n = df_list(f, n, "generators", x->v.DictComp.generators);
        break;
    case AST_Await:
    case AST_Yield:
    case AST_YieldFrom:
        n = df_node(f, n, "value", x->v.Await.value);
        break;
    case AST_Compare:
        n = df_node(f, n, "left", x->v.Compare.left);
        f[n] = (DumpField){.name = "ops", .type = DF_OPS, .nops = x->v.Compare.comparators.len,
                           .u.ops = x->v.Compare.ops};
        n++;
        n = df_list(f, n, "comparators", x->v.Compare.comparators);
        break;
    case AST_Call:
        n = df_node(f, n, "func", x->v.Call.func);
        n = df_list(f, n, "args", x->v.Call.args);
        n = df_list(f, n, "keywords", x->v.Call.keywords);
        break;
    case AST_FormattedValue:
        n = df_node(f, n, "value", x->v.FormattedValue.value);
        n = df_int(f, n, "conversion", x->v.FormattedValue.conversion);
        n = df_node(f, n, "format_spec", x->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr:
        n = df_list(f, n, "values", x->v.JoinedStr.values);
        break;
    case AST_Constant:
        f[n] = (DumpField){.name = "value", .type = DF_CONST, .u.node = x};
        n++;
        if (x->flags & AST_F_UKIND) n = df_ident(f, n, "kind", "u");
        break;
    case AST_Attribute:
        n = df_node(f, n, "value", x->v.Attribute.value);
        n = df_ident(f, n, "attr", x->v.Attribute.attr);
        n = df_pseudo(f, n, "ctx", dump_ctx_names[x->v.Attribute.ctx]);
        break;
    case AST_Subscript:
        n = df_node(f, n, "value", x->v.Subscript.value);
        n = df_node(f, n, "slice", x->v.Subscript.slice);
        n = df_pseudo(f, n, "ctx", dump_ctx_names[x->v.Subscript.ctx]);
        break;
    case AST_Starred:
        n = df_node(f, n, "value", x->v.Starred.value);
        n = df_pseudo(f, n, "ctx", dump_ctx_names[x->v.Starred.ctx]);
        break;
    case AST_Name:
        n = df_ident(f, n, "id", x->v.Name.id);
        n = df_pseudo(f, n, "ctx", dump_ctx_names[x->v.Name.ctx]);
        break;
    case AST_List:
    case AST_Tuple:
        n = df_list(f, n, "elts", x->v.List.elts);
        n = df_pseudo(f, n, "ctx", dump_ctx_names[x->v.List.ctx]);
        break;
    case AST_Slice:
        n = df_node(f, n, "lower", x->v.Slice.lower);
        n = df_node(f, n, "upper", x->v.Slice.upper);
        n = df_node(f, n, "step", x->v.Slice.step);
        break;
    case AST_comprehension:
        n = df_node(f, n, "target", x->v.comprehension.target);
        n = df_node(f, n, "iter", x->v.comprehension.iter);
        n = df_list(f, n, "ifs", x->v.comprehension.ifs);
        n = df_int(f, n, "is_async", x->v.comprehension.is_async);
        break;
    case AST_ExceptHandler:
        n = df_node(f, n, "type", x->v.ExceptHandler.type);
        n = df_ident(f, n, "name", x->v.ExceptHandler.name);
        n = df_list(f, n, "body", x->v.ExceptHandler.body);
        break;
    case AST_arguments:
        n = df_list(f, n, "posonlyargs", x->v.arguments.posonlyargs);
        n = df_list(f, n, "args", x->v.arguments.args);
        n = df_node(f, n, "vararg", x->v.arguments.vararg);
        n = df_list(f, n, "kwonlyargs", x->v.arguments.kwonlyargs);
        n = df_nlist(f, n, "kw_defaults", x->v.arguments.kw_defaults);
        n = df_node(f, n, "kwarg", x->v.arguments.kwarg);
        n = df_list(f, n, "defaults", x->v.arguments.defaults);
        break;
    case AST_arg:
        n = df_ident(f, n, "arg", x->v.arg.arg);
        n = df_node(f, n, "annotation", x->v.arg.annotation);
        break;
    case AST_keyword:
        n = df_ident(f, n, "arg", x->v.keyword.arg);
        n = df_node(f, n, "value", x->v.keyword.value);
        break;
    case AST_alias:
        n = df_ident(f, n, "name", x->v.alias.name);
        n = df_ident(f, n, "asname", x->v.alias.asname);
        break;
    case AST_withitem:
        n = df_node(f, n, "context_expr", x->v.withitem.context_expr);
        n = df_node(f, n, "optional_vars", x->v.withitem.optional_vars);
        break;
    case AST_Match:
        n = df_node(f, n, "subject", x->v.Match.subject);
        n = df_list(f, n, "cases", x->v.Match.cases);
        break;
    case AST_match_case:
        n = df_node(f, n, "pattern", x->v.match_case.pattern);
        n = df_node(f, n, "guard", x->v.match_case.guard);
        n = df_list(f, n, "body", x->v.match_case.body);
        break;
    case AST_MatchValue:
        n = df_node(f, n, "value", x->v.MatchValue.value);
        break;
    case AST_MatchSingleton:
        f[n++] = (DumpField){.name = "value", .type = DF_CONST, .u.node = x->v.MatchValue.value};
        break;
    case AST_MatchSequence:
    case AST_MatchOr:
        n = df_list(f, n, "patterns", x->v.MatchSequence.patterns);
        break;
    case AST_MatchMapping:
        n = df_list(f, n, "keys", x->v.MatchMapping.keys);
        n = df_list(f, n, "patterns", x->v.MatchMapping.patterns);
        n = df_ident(f, n, "rest", x->v.MatchMapping.rest);
        break;
    case AST_MatchClass:
        n = df_node(f, n, "cls", x->v.MatchClass.cls);
        n = df_list(f, n, "patterns", x->v.MatchClass.patterns);
        f[n++] = (DumpField){.name = "kwd_attrs", .type = DF_NAMES, .u.names = x->v.MatchClass.kwd_attrs};
        n = df_list(f, n, "kwd_patterns", x->v.MatchClass.kwd_patterns);
        break;
    case AST_MatchStar:
        n = df_ident(f, n, "name", x->v.MatchStar.name);
        break;
    case AST_MatchAs:
        n = df_node(f, n, "pattern", x->v.MatchAs.pattern);
        n = df_ident(f, n, "name", x->v.MatchAs.name);
        break;
    default:
        break;
    }
    return n;
}

/* A value Lib/ast.py calls "simple": it keeps its parent on one line. */
static bool dump_has_attrs(int kind);

/* Whether a node prints no fields at all (every field optional and absent). */
static bool dump_no_fields(const AstNode *x)
{
    switch (x->kind) {
    case AST_Pass: case AST_Break: case AST_Continue: return true;
    case AST_Return: return !x->v.Return.value;
    case AST_Raise: return !x->v.Raise.exc && !x->v.Raise.cause;
    case AST_Yield: return !x->v.Await.value;
    case AST_Slice: return !x->v.Slice.lower && !x->v.Slice.upper && !x->v.Slice.step;
    case AST_MatchStar: return !x->v.MatchStar.name;
    case AST_MatchAs: return !x->v.MatchAs.pattern && !x->v.MatchAs.name;
    default: return false;
    }
}

static bool dump_simple(const DumpField *f, bool attrs)
{
    switch (f->type) {
    case DF_NODE:
        return dump_no_fields(f->u.node) && !(attrs && dump_has_attrs(f->u.node->kind));
    case DF_LIST:
    case DF_NLIST:
        return f->u.list.len == 0;
    case DF_NAMES:
        return f->u.names.len == 0;
    case DF_OPS:
        return f->nops == 0;
    default:
        return true;
    }
}

static void dump_node(const AstNode *x, int level, bool attrs, FILE *out);

static void dump_indent(int level, FILE *out)
{
    for (int i = 0; i < level; i++) fputs("  ", out);
}

/* A list at the caller's level: its items go one level deeper. */
static void dump_list_open(int level, FILE *out)
{
    fputs("[\n", out);
    dump_indent(level + 1, out);
}

static void dump_sep(int level, FILE *out)
{
    fputs(",\n", out);
    dump_indent(level, out);
}

static void dump_value(const DumpField *f, int level, bool attrs, FILE *out)
{
    switch (f->type) {
    case DF_NODE:
        dump_node(f->u.node, level, attrs, out);
        break;
    case DF_LIST:
    case DF_NLIST:
        if (f->u.list.len == 0) {
            fputs("[]", out);
            break;
        }
        dump_list_open(level, out);
        for (int i = 0; i < f->u.list.len; i++) {
            if (i) dump_sep(level + 1, out);
            if (f->u.list.items[i]) dump_node(f->u.list.items[i], level + 1, attrs, out);
            else fputs("None", out);
        }
        fputc(']', out);
        break;
    case DF_NAMES:
        if (f->u.names.len == 0) {
            fputs("[]", out);
            break;
        }
        dump_list_open(level, out);
        for (int i = 0; i < f->u.names.len; i++) {
            if (i) dump_sep(level + 1, out);
            repr_str(f->u.names.items[i], strlen(f->u.names.items[i]), out);
        }
        fputc(']', out);
        break;
    case DF_OPS:
        if (f->nops == 0) {
            fputs("[]", out);
            break;
        }
        dump_list_open(level, out);
        for (int i = 0; i < f->nops; i++) {
            if (i) dump_sep(level + 1, out);
            fprintf(out, "%s()", ast_op_name(f->u.ops[i]));
        }
        fputc(']', out);
        break;
    case DF_IDENT:
        repr_str(f->u.str, strlen(f->u.str), out);
        break;
    case DF_INT:
    case DF_POS:
        fprintf(out, "%lld", f->u.i);
        break;
    case DF_PSEUDO:
        fprintf(out, "%s()", f->u.str);
        break;
    case DF_CONST:
        repr_constant(f->u.node, out);
        break;
    }
}

/* Nodes with position attributes (stmt, expr, excepthandler, arg, keyword,
 * alias); with include_attributes they follow the fields. */
static bool dump_has_attrs(int kind)
{
    return kind != AST_Module && kind != AST_comprehension && kind != AST_arguments &&
           kind != AST_withitem && kind != AST_match_case;
}

/* `level` is the caller's; the node's fields sit one deeper. */
static void dump_node(const AstNode *x, int level, bool attrs, FILE *out)
{
    DumpField f[DUMP_MAX_FIELDS];
    int n = dump_fields(x, f);
    if (attrs && dump_has_attrs(x->kind)) {
        f[n++] = (DumpField){.name = "lineno", .type = DF_POS, .u.i = x->lineno};
        f[n++] = (DumpField){.name = "col_offset", .type = DF_POS, .u.i = x->col_offset};
        f[n++] = (DumpField){.name = "end_lineno", .type = DF_POS, .u.i = x->end_lineno};
        f[n++] = (DumpField){.name = "end_col_offset", .type = DF_POS, .u.i = x->end_col_offset};
    }
    bool allsimple = true;
    for (int i = 0; i < n && allsimple; i++) allsimple = dump_simple(&f[i], attrs);
    fprintf(out, "%s(", ast_kind_name(x->kind));
    int inner = level + 1;
    for (int i = 0; i < n; i++) {
        if (allsimple && n <= 3) {
            if (i) fputs(", ", out);
        } else {
            fputs(i ? ",\n" : "\n", out);
            dump_indent(inner, out);
        }
        fprintf(out, "%s=", f[i].name);
        dump_value(&f[i], inner, attrs, out);
    }
    fputc(')', out);
}

void ast_dump(const AstNode *node, FILE *out)
{
    dump_node(node, 0, false, out);
    fputc('\n', out);
}

void ast_dump_attrs(const AstNode *node, FILE *out)
{
    dump_node(node, 0, true, out);
    fputc('\n', out);
}
