/* mod_errno.c — the errno module: the C library's error numbers (EPERM,
 * ENOENT, ...) as ints, and errorcode mapping each number back to a name.
 * Names appear in CPython 3.11's module order, so dir() and errorcode agree. */
#include <errno.h>

#include "vm/dict.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"

typedef struct {
    const char *name;
    int value;
} ErrnoName;

/* The names are Linux's (glibc's <errno.h> defines all of them).  Where
 * two names share a number (EAGAIN/EWOULDBLOCK), errorcode keeps the later
 * one's name at the earlier one's position, which is what setting the dict
 * in this order gives. */
#define E(n) {#n, n},
static const ErrnoName errno_names[] = {
    E(ENODEV) E(ENOCSI) E(EHOSTUNREACH) E(ENOMSG) E(EUCLEAN) E(EL2NSYNC) E(EL2HLT) E(ENODATA)
    E(ENOTBLK) E(ENOSYS) E(EPIPE) E(EINVAL) E(EOVERFLOW) E(EADV) E(EINTR) E(EUSERS) E(ENOTEMPTY)
    E(ENOBUFS) E(EPROTO) E(EREMOTE) E(ENAVAIL) E(ECHILD) E(ELOOP) E(EXDEV) E(E2BIG) E(ESRCH)
    E(EMSGSIZE) E(EAFNOSUPPORT) E(EBADR) E(EHOSTDOWN) E(EPFNOSUPPORT) E(ENOPROTOOPT) E(EBUSY)
    E(EWOULDBLOCK) E(EBADFD) E(EDOTDOT) E(EISCONN) E(ENOANO) E(ESHUTDOWN) E(ECHRNG) E(ELIBBAD)
    E(ENONET) E(EBADE) E(EBADF) E(EMULTIHOP) E(EIO) E(EUNATCH) E(EPROTOTYPE) E(ENOSPC) E(ENOEXEC)
    E(EALREADY) E(ENETDOWN) E(ENOTNAM) E(EACCES) E(ELNRNG) E(EILSEQ) E(ENOTDIR) E(ENOTUNIQ) E(EPERM)
    E(EDOM) E(EXFULL) E(ECONNREFUSED) E(EISDIR) E(EPROTONOSUPPORT) E(EROFS) E(EADDRNOTAVAIL)
    E(EIDRM) E(ECOMM) E(ESRMNT) E(EREMOTEIO) E(EL3RST) E(EBADMSG) E(ENFILE) E(ELIBMAX) E(ESPIPE)
    E(ENOLINK) E(ENETRESET) E(ETIMEDOUT) E(ENOENT) E(EEXIST) E(EDQUOT) E(ENOSTR) E(EBADSLT)
    E(EBADRQC) E(ELIBACC) E(EFAULT) E(EFBIG) E(EDEADLK) E(ENOTCONN) E(EDESTADDRREQ) E(ELIBSCN)
    E(ENOLCK) E(EISNAM) E(ECONNABORTED) E(ENETUNREACH) E(ESTALE) E(ENOSR) E(ENOMEM) E(ENOTSOCK)
    E(ESTRPIPE) E(EMLINK) E(ERANGE) E(ELIBEXEC) E(EL3HLT) E(ECONNRESET) E(EADDRINUSE) E(EOPNOTSUPP)
    E(EREMCHG) E(EAGAIN) E(ENAMETOOLONG) E(ENOTTY) E(ERESTART) E(ESOCKTNOSUPPORT) E(ETIME) E(EBFONT)
    E(EDEADLOCK) E(ETOOMANYREFS) E(EMFILE) E(ETXTBSY) E(EINPROGRESS) E(ENXIO) E(ENOPKG) E(ENOMEDIUM)
    E(EMEDIUMTYPE) E(ECANCELED) E(ENOKEY) E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED)
    E(EOWNERDEAD) E(ENOTRECOVERABLE) E(ERFKILL) E(ENOTSUP)
};
#undef E

CoilValue mod_errno_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "errno", NULL);
    if (value_is_error(m)) return m;
    GC_SAVE(vm);
    GC_ROOT(vm, m);
    CoilValue codes = dict_new(vm);
    if (value_is_error(codes) || module_set(vm, m, "errorcode", codes) < 0) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, codes);
    for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; i++) {
        CoilValue num = int_from_i64(vm, errno_names[i].value);
        if (value_is_error(num) || module_set(vm, m, errno_names[i].name, num) < 0) return GC_RESTORE(vm), VAL_ERROR;
        CoilValue name = str_from_cstr(vm, errno_names[i].name);
        if (value_is_error(name)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, name);
        int r = dict_set(vm, value_as_dict(codes), num, name);
        GC_UNROOT(vm, 1);
        if (r < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return m;
}
