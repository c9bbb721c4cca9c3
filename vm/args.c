/* args.c — argument binding for native functions (see args.h). */
#include "vm/args.h"
#include "vm/str.h"

int args_no_kw(CoilVM *vm, const char *fname, CoilValue kwnames)
{
    if (args_nkw(kwnames) == 0) return 0;
    vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int args_count_error(CoilVM *vm, const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    if (min == max) {
        if (min == 0) vm_raise(vm, vm->e_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            vm_raise(vm, vm->e_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            vm_raise(vm, vm->e_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        vm_raise(vm, vm->e_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                 min == 1 ? "" : "s", nargs);
    } else {
        vm_raise(vm, vm->e_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                 max == 1 ? "" : "s", nargs);
    }
    return -1;
}

int args_parse(CoilVM *vm, const char *fname, const CoilValue *args, size_t nargs,
               CoilValue kwnames, const char *const *names, size_t nnames, size_t maxpos,
               size_t nreq, CoilValue *out)
{
    for (size_t i = 0; i < nnames; i++) out[i] = VAL_EMPTY;
    size_t nkw = args_nkw(kwnames);
    /* CPython's order: too many arguments in all, then too many positional. */
    if (nargs + nkw > nnames) {
        vm_raise(vm, vm->e_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nnames,
                 nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    /* Leading "" names are positional-only (as int's first argument). */
    size_t posonly = 0;
    while (posonly < nnames && names[posonly][0] == '\0') posonly++;
    size_t minposonly = posonly < nreq ? posonly : nreq;
    if (nargs < minposonly) {
        vm_raise(vm, vm->e_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                 minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            vm_raise(vm, vm->e_TypeError, "%s() takes no positional arguments", fname);
        else
            vm_raise(vm, vm->e_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                     nreq < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    /* Then, as _PyArg_UnpackKeywords: each later name is looked up among the
     * keywords, and a missing required one is reported before any keyword
     * that is a duplicate or unknown. */
    size_t left = nkw;
    for (size_t i = nargs > posonly ? nargs : posonly; i < nnames; i++) {
        if (left == 0 && i >= nreq) break;
        size_t k = 0;
        while (k < nkw && !str_eq_cstr(value_as_str(value_as_tuple(kwnames)->items[k]), names[i])) k++;
        if (k < nkw) {
            out[i] = args[nargs + k];
            left--;
        } else if (i < nreq) {
            if (i < maxpos)
                vm_raise(vm, vm->e_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                         names[i], i + 1);
            else
                vm_raise(vm, vm->e_TypeError, "%s() missing required keyword-only argument '%s'",
                         fname, names[i]);
            return -1;
        }
    }
    if (left == 0) return 0;
    for (size_t i = posonly; i < nargs; i++) {
        for (size_t k = 0; k < nkw; k++) {
            if (str_eq_cstr(value_as_str(value_as_tuple(kwnames)->items[k]), names[i])) {
                vm_raise(vm, vm->e_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                         fname, names[i], i + 1);
                return -1;
            }
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        CoilString *kn = value_as_str(value_as_tuple(kwnames)->items[k]);
        size_t j = 0;
        while (j < nnames && !str_eq_cstr(kn, names[j])) j++;
        if (j == nnames) {
            vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for %s()", kn->data, fname);
            return -1;
        }
    }
    return 0;
}

int args_check_positional(CoilVM *vm, const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min)
        vm_raise(vm, vm->e_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ",
                 min, min == 1 ? "" : "s", nargs);
    else if (nargs > max)
        vm_raise(vm, vm->e_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ",
                 max, max == 1 ? "" : "s", nargs);
    else
        return 0;
    return -1;
}

int args_count_tuple(CoilVM *vm, const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    size_t n = nargs < min ? min : max;
    vm_raise(vm, vm->e_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
             min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s", nargs);
    return -1;
}
