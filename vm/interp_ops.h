/* interp_ops.h — the interpreter's cold paths, one function per complex
 * instruction (unpacking, class creation, raise, with, calls with * and **,
 * f-string formatting, imports), kept out of the dispatch loop so it stays
 * small.  Each returns 0 / a value, or -1 / VAL_ERROR with the exception set. */
#ifndef COIL_INTERP_OPS_H
#define COIL_INTERP_OPS_H

#include "vm/func.h"
#include "vm/state.h"

int iop_unpack(CoilVM *vm, CoilValue *dst, size_t n, CoilValue src);
int iop_unpack_ex(CoilVM *vm, CoilValue *dst, size_t before, size_t after, CoilValue src);
/* CLASS: r[0] body function, r[1] name, r[2] bases, r[3] keywords. */
CoilValue iop_build_class(CoilVM *vm, CoilValue *r);
/* RAISE with B = 0 or 1 (always fails). */
void iop_raise(CoilVM *vm, CoilValue exc, CoilValue cause, bool has_cause);
/* except clause matching: 1, 0, or -1. */
int iop_exc_match(CoilVM *vm, CoilValue exc, CoilValue cls);
/* BEFOREWITH: dst[0] = bound __exit__, dst[1] = __enter__() result. */
int iop_before_with(CoilVM *vm, CoilValue *dst, CoilValue mgr, bool is_async);
/* CALLEX: callee(*args, **kwargs). */
CoilValue iop_call_ex(CoilVM *vm, CoilValue callee, CoilValue args, CoilValue kwargs);
/* FORMAT: format(conv(v), spec). */
CoilValue iop_format(CoilVM *vm, CoilValue v, CoilValue spec, int conv);
CoilValue iop_build_str(CoilVM *vm, const CoilValue *parts, size_t n);
CoilValue iop_build_set(CoilVM *vm, const CoilValue *items, size_t n);
CoilValue iop_build_dict(CoilVM *vm, const CoilValue *kv, size_t npairs);
/* DICTUPDATE ({**x}) and DICTMERGE (f(**x)); callee names the function. */
int iop_dict_update(CoilVM *vm, CoilValue dict, CoilValue other);
int iop_dict_merge(CoilVM *vm, CoilValue dict, CoilValue other, CoilValue callee);
/* IMPORT / IMPORTFROM / IMPORTSTAR. */
CoilValue iop_import(CoilVM *vm, CoilString *name, CoilValue fromlist, int level, CoilValue globals);
CoilValue iop_import_from(CoilVM *vm, CoilValue module, CoilString *name);
int iop_import_star(CoilVM *vm, CoilValue module, CoilValue ns);
/* NameError for a missing global/name. */
void iop_name_error(CoilVM *vm, CoilString *name);
/* The name a callable reports in messages ("f", "list.append"). */
const char *iop_callable_name(CoilVM *vm, CoilValue callee, char *buf, size_t cap);

#endif
