/* structseq.h — struct sequences (CPython's PyStructSequence): tuples whose
 * items are also named attributes, with reprs like
 * sys.version_info(major=3, minor=11, ...).  Used by sys.version_info,
 * sys.float_info and other C modules. */
#ifndef COIL_STRUCTSEQ_H
#define COIL_STRUCTSEQ_H

#include "vm/state.h"

/* A new struct-sequence type named module.name (the repr shows
 * "sys.float_info(...)"); `fields` is a NULL-terminated list of item names.
 * NULL on failure. */
CoilType *structseq_new_type(CoilVM *vm, const char *name, const char *module, const char *const *fields);
/* An instance holding items[0..n) (n must equal the number of fields). */
CoilValue structseq_new(CoilVM *vm, CoilType *type, const CoilValue *items, size_t n);

#endif
