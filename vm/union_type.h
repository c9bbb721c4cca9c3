/* union_type.h — types.UnionType (`int | None`), see union_type.c. */
#ifndef COIL_UNION_TYPE_H
#define COIL_UNION_TYPE_H

#include "vm/state.h"

/* a | b when both are classes, None, GenericAliases or unions; else NotImplemented. */
CoilValue union_type_or(CoilVM *vm, CoilValue a, CoilValue b);
/* The members of a union (a tuple); isinstance/issubclass test each. */
CoilValue union_type_args(CoilValue u);
void union_type_init_type(CoilVM *vm);

#endif
