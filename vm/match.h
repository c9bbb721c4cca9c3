/* match.h — runtime helpers of the match statement's instructions
 * (vm/match.c).  Each returns 1/0 or a value, with -1 / VAL_ERROR and the
 * exception set on failure; VAL_EMPTY means "does not match". */
#ifndef COIL_MATCH_H
#define COIL_MATCH_H

#include "vm/state.h"

int match_is_sequence(CoilVM *vm, CoilValue v);
int match_is_mapping(CoilVM *vm, CoilValue v);
/* Tuple of map.get(k) for each k of tuple keys; VAL_EMPTY if one is missing. */
CoilValue match_keys(CoilVM *vm, CoilValue map, CoilValue keys);
/* Tuple of subject's attributes for `case cls(<npos patterns>, <kwnames>=...)`. */
CoilValue match_class(CoilVM *vm, CoilValue cls, CoilValue subject, CoilValue kwnames, int npos);

#endif
