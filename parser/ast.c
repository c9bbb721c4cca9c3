/* ast.c — names of node kinds and operators, and the byte size of each kind
 * (nodes are allocated with only their own union member). */
#include "parser/ast.h"

static const char *const ast_kind_names[] = {
#define AST_KIND_NAME(k) #k,
    AST_KIND_LIST(AST_KIND_NAME)
#undef AST_KIND_NAME
};

static const char *const ast_op_names[] = {
#define AST_OP_NAME(o) #o,
    AST_OP_LIST(AST_OP_NAME)
#undef AST_OP_NAME
};

const char *ast_kind_name(int kind)
{
    return kind >= 0 && kind < AST__COUNT ? ast_kind_names[kind] : "?";
}

const char *ast_op_name(int op)
{
    return op >= 0 && op < AST_OP__COUNT ? ast_op_names[op] : "?";
}

#define AST_MEMBER_SIZE(m) (offsetof(AstNode, v) + sizeof(((AstNode *)0)->v.m))

size_t ast_node_size(int kind)
{
    switch (kind) {
    case AST_Module: return AST_MEMBER_SIZE(Module);
    case AST_FunctionDef: case AST_AsyncFunctionDef: return AST_MEMBER_SIZE(FunctionDef);
    case AST_ClassDef: return AST_MEMBER_SIZE(ClassDef);
    case AST_Return: return AST_MEMBER_SIZE(Return);
    case AST_Delete: return AST_MEMBER_SIZE(Delete);
    case AST_Assign: return AST_MEMBER_SIZE(Assign);
    case AST_AugAssign: return AST_MEMBER_SIZE(AugAssign);
    case AST_AnnAssign: return AST_MEMBER_SIZE(AnnAssign);
    case AST_For: case AST_AsyncFor: return AST_MEMBER_SIZE(For);
    case AST_While: return AST_MEMBER_SIZE(While);
    case AST_If: return AST_MEMBER_SIZE(If);
    case AST_With: case AST_AsyncWith: return AST_MEMBER_SIZE(With);
    case AST_Raise: return AST_MEMBER_SIZE(Raise);
    case AST_Try: case AST_TryStar: return AST_MEMBER_SIZE(Try);
    case AST_Assert: return AST_MEMBER_SIZE(Assert);
    case AST_Import: return AST_MEMBER_SIZE(Import);
    case AST_ImportFrom: return AST_MEMBER_SIZE(ImportFrom);
    case AST_Global: case AST_Nonlocal: return AST_MEMBER_SIZE(Global);
    case AST_Expr: return AST_MEMBER_SIZE(Expr);
    case AST_Pass: case AST_Break: case AST_Continue: return offsetof(AstNode, v);
    case AST_BoolOp: return AST_MEMBER_SIZE(BoolOp);
    case AST_NamedExpr: return AST_MEMBER_SIZE(NamedExpr);
    case AST_BinOp: return AST_MEMBER_SIZE(BinOp);
    case AST_UnaryOp: return AST_MEMBER_SIZE(UnaryOp);
    case AST_Lambda: return AST_MEMBER_SIZE(Lambda);
    case AST_IfExp: return AST_MEMBER_SIZE(IfExp);
    case AST_Dict: return AST_MEMBER_SIZE(Dict);
    case AST_Set: return AST_MEMBER_SIZE(Set);
    case AST_ListComp: case AST_SetComp: case AST_GeneratorExp: return AST_MEMBER_SIZE(ListComp);
    case AST_DictComp: return AST_MEMBER_SIZE(DictComp);
    case AST_Await: case AST_Yield: case AST_YieldFrom: return AST_MEMBER_SIZE(Await);
    case AST_Compare: return AST_MEMBER_SIZE(Compare);
    case AST_Call: return AST_MEMBER_SIZE(Call);
    case AST_FormattedValue: return AST_MEMBER_SIZE(FormattedValue);
    case AST_JoinedStr: return AST_MEMBER_SIZE(JoinedStr);
    case AST_Constant: return AST_MEMBER_SIZE(Constant);
    case AST_Attribute: return AST_MEMBER_SIZE(Attribute);
    case AST_Subscript: return AST_MEMBER_SIZE(Subscript);
    case AST_Starred: return AST_MEMBER_SIZE(Starred);
    case AST_Name: return AST_MEMBER_SIZE(Name);
    case AST_List: case AST_Tuple: return AST_MEMBER_SIZE(List);
    case AST_Slice: return AST_MEMBER_SIZE(Slice);
    case AST_comprehension: return AST_MEMBER_SIZE(comprehension);
    case AST_ExceptHandler: return AST_MEMBER_SIZE(ExceptHandler);
    case AST_arguments: return AST_MEMBER_SIZE(arguments);
    case AST_arg: return AST_MEMBER_SIZE(arg);
    case AST_keyword: return AST_MEMBER_SIZE(keyword);
    case AST_alias: return AST_MEMBER_SIZE(alias);
    case AST_withitem: return AST_MEMBER_SIZE(withitem);
    case AST_Match: return AST_MEMBER_SIZE(Match);
    case AST_match_case: return AST_MEMBER_SIZE(match_case);
    case AST_MatchValue: case AST_MatchSingleton: return AST_MEMBER_SIZE(MatchValue);
    case AST_MatchSequence: case AST_MatchOr: return AST_MEMBER_SIZE(MatchSequence);
    case AST_MatchMapping: return AST_MEMBER_SIZE(MatchMapping);
    case AST_MatchClass: return AST_MEMBER_SIZE(MatchClass);
    case AST_MatchStar: return AST_MEMBER_SIZE(MatchStar);
    case AST_MatchAs: return AST_MEMBER_SIZE(MatchAs);
    default: return sizeof(AstNode);
    }
}
