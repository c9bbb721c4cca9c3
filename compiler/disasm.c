/* disasm.c — `coil --dis`: prints protos in the manner of `luac -l`: a header
 * per function, one line per instruction with its source line, operands and a
 * comment naming constants, names and jump targets, then the constants,
 * locals, cells and the exception table; nested functions follow. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"

static const char *const op_names[] = {
#define OPNAME(name, fmt, doc) #name,
    COIL_OPCODE_LIST(OPNAME)
#undef OPNAME
};

static const int op_formats[] = {
#define OPFMT(name, fmt, doc) OP_FORMAT_##fmt,
    COIL_OPCODE_LIST(OPFMT)
#undef OPFMT
};

static void print_str(FILE *out, const char *s, size_t len, bool bytes)
{
    /* repr(): single quotes unless the text has ' and no " */
    bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    char q = sq && !dq ? '"' : '\'';
    if (bytes) fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc(q, out);
}

static void print_float(FILE *out, double d)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) { /* shortest form that reads back */
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    if (!strpbrk(buf, ".eninf")) strcat(buf, ".0");
    fputs(buf, out);
}

static void print_const(FILE *out, const CoilConst *k)
{
    switch (k->kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: fprintf(out, "%" PRId64, k->u.i); break;
    case CONST_BIGINT: fwrite(k->u.str.s, 1, k->u.str.len, out); break;
    case CONST_FLOAT: print_float(out, k->u.f); break;
    case CONST_COMPLEX:
        print_float(out, k->u.f);
        fputc('j', out);
        break;
    case CONST_STR: print_str(out, k->u.str.s, k->u.str.len, false); break;
    case CONST_BYTES: print_str(out, k->u.str.s, k->u.str.len, true); break;
    case CONST_CODE: fprintf(out, "<code %s>", k->u.code->qualname); break;
    case CONST_FROZENSET:
        fputs("frozenset(", out);
        for (size_t i = 0; i < k->u.tuple.len; i++) {
            if (i) fputs(", ", out);
            print_const(out, &k->u.tuple.items[i]);
        }
        fputc(')', out);
        break;
    case CONST_TUPLE:
        fputc('(', out);
        for (size_t i = 0; i < k->u.tuple.len; i++) {
            if (i) fputs(", ", out);
            print_const(out, &k->u.tuple.items[i]);
        }
        if (k->u.tuple.len == 1) fputc(',', out);
        fputc(')', out);
        break;
    }
}

static void print_name(FILE *out, const CoilProto *p, uint32_t idx)
{
    if (idx < p->nconsts && p->consts[idx].kind == CONST_STR) fwrite(p->consts[idx].u.str.s, 1, p->consts[idx].u.str.len, out);
    else fprintf(out, "?%u", idx);
}

static const char *reg_name(const CoilProto *p, unsigned r)
{
    return r < p->nlocals ? p->localnames[r] : NULL;
}

/* The comment after an instruction: constants, names, cells, jump targets,
 * and the locals a MOVE copies between. */
static void print_comment(FILE *out, const CoilProto *p, uint32_t pc, CoilInstr i, uint32_t ext)
{
    CoilOpcode op = INSTR_OP(i);
    switch (op) {
    case OP_LOADK:
    case OP_CLOSURE: {
        uint32_t k = ext << 16 | INSTR_BX(i);
        fputs("\t; ", out);
        if (k < p->nconsts) print_const(out, &p->consts[k]);
        break;
    }
    case OP_LOADI: fprintf(out, "\t; %d", INSTR_SBX(i)); break;
    case OP_ADDI:
    case OP_IADDI: fprintf(out, "\t; + %d", INSTR_SC(i)); break;
    case OP_SUBI:
    case OP_ISUBI: fprintf(out, "\t; - %d", INSTR_SC(i)); break;
    case OP_ADDK:
    case OP_SUBK:
    case OP_MULK:
    case OP_FLOORDIVK:
    case OP_MODK: {
        static const char *const sym[] = {"+", "-", "*", "//", "%"};
        fprintf(out, "\t; %s ", sym[op - OP_ADDK]);
        if (INSTR_C(i) < p->nconsts) print_const(out, &p->consts[INSTR_C(i)]);
        break;
    }
    case OP_CHECKBOUND:
    case OP_GETGLOBAL:
    case OP_SETGLOBAL:
    case OP_DELGLOBAL:
    case OP_GETNAME:
    case OP_SETNAME:
    case OP_DELNAME:
        fputs("\t; ", out);
        print_name(out, p, ext << 16 | INSTR_BX(i));
        break;
    case OP_GETATTR:
    case OP_GETMETHOD:
    case OP_IMPORTFROM:
        fputs("\t; ", out);
        print_name(out, p, ext << 8 | INSTR_C(i));
        break;
    case OP_SETATTR:
    case OP_DELATTR:
        fputs("\t; ", out);
        print_name(out, p, ext << 8 | INSTR_B(i));
        break;
    case OP_IMPORT:
        fputs("\t; ", out);
        print_name(out, p, ext << 8 | INSTR_B(i));
        if (INSTR_C(i)) fprintf(out, " level %u", INSTR_C(i));
        break;
    case OP_GETCELL:
    case OP_DELCELL: {
        unsigned c = INSTR_C(i);
        const char *nm = c < p->ncellvars ? p->cellnames[c]
                       : c - p->ncellvars < p->nfreevars ? p->freenames[c - p->ncellvars] : "?";
        fprintf(out, "\t; %s", nm);
        break;
    }
    case OP_SETCELL:
    case OP_MAKECELL: {
        const char *nm = reg_name(p, INSTR_A(i));
        fprintf(out, "\t; %s", nm ? nm : "?");
        break;
    }
    case OP_JUMP: fprintf(out, "\t; to %d", (int)pc + 1 + INSTR_SJ(i)); break;
    case OP_CMPJ:
    case OP_CMPJI:
    case OP_CMPJK: {
        static const char *const cmp[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
        unsigned c = INSTR_C(i) & 15;
        fprintf(out, "\t; %s%s ", (INSTR_C(i) >> 4) ? "" : "not ", c < 10 ? cmp[c] : "?");
        if (op == OP_CMPJI) fprintf(out, "%d", (int)INSTR_B(i) - 128);
        else if (op == OP_CMPJK && INSTR_B(i) < p->nconsts) print_const(out, &p->consts[INSTR_B(i)]);
        else fprintf(out, "R%u", INSTR_B(i));
        break;
    }
    case OP_MOVE: {
        const char *a = reg_name(p, INSTR_A(i)), *b = reg_name(p, INSTR_B(i));
        if (a || b) fprintf(out, "\t; %s = %s", a ? a : "_", b ? b : "_");
        break;
    }
    default: break;
    }
}

static void print_flags(FILE *out, uint32_t f)
{
    static const char *const names[] = {"varargs", "varkeywords", "generator", "coroutine", "async_generator",
                                        "class_body", "module", "needs_class_cell"};
    for (int b = 0; b < 8; b++)
        if (f & (1u << b)) fprintf(out, " %s", names[b]);
}

static void disassemble_one(const CoilProto *p, FILE *out)
{
    fprintf(out, "\n%s <%s:%d> (%u instructions)\n", p->qualname, p->filename, p->firstlineno, p->ncode);
    fprintf(out, "%u params (%u positional-only, %u keyword-only), %u registers, %u locals, %u constants, %u cells, %u free",
            p->argcount, p->posonlyargcount, p->kwonlyargcount, p->nregs, p->nlocals, p->nconsts, p->ncellvars,
            p->nfreevars);
    print_flags(out, p->flags);
    fputc('\n', out);
    uint32_t ext = 0;
    for (uint32_t pc = 0; pc < p->ncode; pc++) {
        CoilInstr i = p->code[pc];
        CoilOpcode op = INSTR_OP(i);
        const char *name = op < OP__COUNT ? op_names[op] : "???";
        fprintf(out, "\t%u\t[%d]\t%-12s", pc, p->lines[pc], name);
        int fmt = op < OP__COUNT ? op_formats[op] : OP_FORMAT_ABC;
        switch (fmt) {
        case OP_FORMAT_ABC: fprintf(out, "%u %u %u", INSTR_A(i), INSTR_B(i), INSTR_C(i)); break;
        case OP_FORMAT_ABX: fprintf(out, "%u %u", INSTR_A(i), INSTR_BX(i)); break;
        case OP_FORMAT_ASBX: fprintf(out, "%u %d", INSTR_A(i), INSTR_SBX(i)); break;
        default:
            if (op == OP_EXTARG) fprintf(out, "%d", INSTR_SJ(i) + (1 << 23)); /* Ax, unsigned */
            else fprintf(out, "%d", INSTR_SJ(i));
            break;
        }
        if (op == OP_EXTARG) {
            ext = (uint32_t)(INSTR_SJ(i) + (1 << 23));
            fputc('\n', out);
            continue;
        }
        print_comment(out, p, pc, i, ext);
        ext = 0;
        fputc('\n', out);
    }
    fprintf(out, "constants (%u) for %s:\n", p->nconsts, p->qualname);
    for (uint32_t k = 0; k < p->nconsts; k++) {
        fprintf(out, "\t%u\t", k);
        print_const(out, &p->consts[k]);
        fputc('\n', out);
    }
    fprintf(out, "locals (%u) for %s:\n", p->nlocals, p->qualname);
    for (uint32_t r = 0; r < p->nlocals; r++) fprintf(out, "\t%u\t%s\n", r, p->localnames[r]);
    if (p->ncellvars || p->nfreevars) {
        fprintf(out, "cells (%u) and free variables (%u) for %s:\n", p->ncellvars, p->nfreevars, p->qualname);
        for (uint32_t c = 0; c < p->ncellvars; c++) fprintf(out, "\t%u\t%s\tR%u\tcell\n", c, p->cellnames[c], p->cellregs[c]);
        for (uint32_t c = 0; c < p->nfreevars; c++)
            fprintf(out, "\t%u\t%s\tR%u\tfree\n", p->ncellvars + c, p->freenames[c], p->freeregs[c]);
    }
    if (p->nexc) {
        fprintf(out, "exception table (%u) for %s:\n", p->nexc, p->qualname);
        for (uint32_t e = 0; e < p->nexc; e++)
            fprintf(out, "\t[%u, %u) -> %u\tR%u\n", p->exc_table[e].start, p->exc_table[e].end, p->exc_table[e].handler,
                    p->exc_table[e].reg);
    }
}

void compile_disassemble(const CoilProto *proto, FILE *out)
{
    if (!proto) return;
    disassemble_one(proto, out);
    for (uint32_t k = 0; k < proto->nconsts; k++)
        if (proto->consts[k].kind == CONST_CODE) compile_disassemble(proto->consts[k].u.code, out);
}
