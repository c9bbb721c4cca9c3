/* generic_alias.h — types.GenericAlias (`list[int]`) and the way it and
 * types.UnionType (`int | None`) print their members. */
#ifndef COIL_GENERIC_ALIAS_H
#define COIL_GENERIC_ALIAS_H

#include "vm/buf.h"
#include "vm/vm.h"

/* origin[args] (args: a tuple, or one item). */
CoilValue generic_alias_new(CoilVM *vm, CoilValue origin, CoilValue args);

/* __class_getitem__ of the built-in generic classes (list, dict, tuple,
 * set, frozenset): cls[args] as a GenericAlias, for their subclasses too. */
CoilValue generic_alias_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* Appends v as a member of a generic alias or union prints: a class by its
 * module-qualified name (no module for builtins), ... for Ellipsis, anything
 * else by repr.  false on error (pending). */
bool generic_alias_repr_item(CoilVM *vm, CoilValue v, CoilBuf *b);

#endif
