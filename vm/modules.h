/* modules.h — the native (C) modules of the standard library: one create
 * function per module, listed in import.c's table of native modules and
 * run on a module's first import. */
#ifndef COIL_MODULES_H
#define COIL_MODULES_H

#include "vm/state.h"

CoilValue mod_math_create(CoilVM *vm);      /* mod_math.c */
CoilValue mod_cmath_create(CoilVM *vm);     /* mod_cmath.c */
CoilValue mod_time_create(CoilVM *vm);      /* mod_time.c */
CoilValue mod_gc_create(CoilVM *vm);        /* mod_gc.c */
CoilValue mod_random_create(CoilVM *vm);    /* mod_random.c: _random */
CoilValue mod_json_create(CoilVM *vm);      /* mod_json.c: _json */
CoilValue mod_os_create(CoilVM *vm);        /* mod_os.c: _os */
CoilValue mod_asyncio_create(CoilVM *vm);   /* mod_asyncio.c: _asyncio */
CoilValue mod_struct_create(CoilVM *vm);    /* mod_struct.c: _struct */
CoilValue mod_io_create(CoilVM *vm);        /* mod_io.c: _io */
CoilValue mod_traceback_create(CoilVM *vm); /* mod_traceback.c: _traceback */
CoilValue mod_contextstate_create(CoilVM *vm); /* mod_contextvars.c: _contextstate */
CoilValue mod_warnings_create(CoilVM *vm);  /* mod_traceback.c: _warnings */
CoilValue mod_atexit_create(CoilVM *vm);    /* mod_atexit.c */
CoilValue mod_errno_create(CoilVM *vm);     /* mod_errno.c */
CoilValue mod_hashlib_create(CoilVM *vm);   /* mod_hashlib.c: _hashlib */
CoilValue mod_unicodedata_create(CoilVM *vm); /* mod_unicodedata.c */
CoilValue mod_weakref_create(CoilVM *vm);  /* weakref.c: _weakref */
CoilValue mod_re_create(CoilVM *vm);        /* re_exec.c: _re (the matcher of stdlib/re.py) */

#endif
