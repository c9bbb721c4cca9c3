/* import.c — the import system: relative-name resolution, sys.modules,
 * native modules (created on first import from native_modules[]), and
 * source modules and packages found on sys.path (name.py, name/__init__.py),
 * compiled through the compiler's single entry point and run in their own
 * module namespace. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compiler/compile.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/frozen.h"
#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/load.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* Native modules built on first import; stdlib engineers add a line. */
static const CoilNativeModule native_modules[] = {
    {"math", mod_math_create},
    {"cmath", mod_cmath_create},
    {"time", mod_time_create},
    {"gc", mod_gc_create},
    {"errno", mod_errno_create},
    {"atexit", mod_atexit_create},
    {"_random", mod_random_create},
    {"_json", mod_json_create},
    {"_os", mod_os_create},
    {"_asyncio", mod_asyncio_create},
    {"_struct", mod_struct_create},
    {"_io", mod_io_create},
    {"_traceback", mod_traceback_create},
    {"_warnings", mod_warnings_create},
    {"_contextstate", mod_contextstate_create},
    {"_re", mod_re_create},
    {"_hashlib", mod_hashlib_create},
    {"unicodedata", mod_unicodedata_create},
    {"_weakref", mod_weakref_create},
    {NULL, NULL},
};

static CoilValue sys_modules(CoilVM *vm) { return vm->modules; }

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

CoilValue import_builtin_module_names(CoilVM *vm)
{
    const char *names[64];
    size_t n = 0;
    names[n++] = "builtins";
    names[n++] = "sys";
    for (const CoilNativeModule *m = native_modules; m->name && n < 64; m++) names[n++] = m->name;
    qsort(names, n, sizeof *names, cmp_cstr);
    CoilValue t = tuple_new(vm, n);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    for (size_t i = 0; i < n; i++) value_as_tuple(t)->items[i] = VAL_NONE;
    for (size_t i = 0; i < n; i++) {
        CoilValue s = str_from_cstr(vm, names[i]);
        if (value_is_error(s)) return GC_UNROOT(vm, 1), s;
        value_as_tuple(t)->items[i] = s;
    }
    GC_UNROOT(vm, 1);
    return t;
}

static CoilValue sys_path(CoilVM *vm)
{
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    if (!value_is_type(sys, vm->t_module)) return VAL_EMPTY;
    return dict_get_cstr(vm, value_as_dict(module_dict(sys)), "path");
}

/* --- SyntaxError objects ------------------------------------------------------------ */

CoilValue import_raise_syntax_error(CoilVM *vm, const CoilSyntaxError *err, const char *filename)
{
    return import_raise_syntax_error_src(vm, err, filename, NULL, 0);
}

/* SyntaxError.text: the error's line, with a newline added after parser
 * errors (CPython's parser sees one at the end of the input); None for
 * compiler errors in sources that are not files.  Source given to eval()
 * gets no newline, and source given to exec()/compile() counts as not a
 * file whatever its filename (kind). */
static CoilValue error_line_text(CoilVM *vm, const CoilSyntaxError *err, const char *filename, const char *src,
                                 size_t len, CoilSourceKind kind)
{
    if (kind == SOURCE_FILE && filename[0] == '<') kind = SOURCE_EXEC;
    if (kind == SOURCE_EVAL && err->line <= 0 && !err->compiler) return str_from_cstr(vm, "");
    if (!src || err->line <= 0 || (err->compiler && kind != SOURCE_FILE)) return VAL_NONE;
    const char *p = src, *end = src + len;
    for (int line = 1; line < err->line && p < end; p++)
        if (*p == '\n') line++;
    if (p >= end && err->line > 1) return VAL_NONE;
    const char *q = p;
    while (q < end && *q != '\n') q++;
    bool nl;
    if (kind == SOURCE_FILE) {
        nl = q < end; /* read back from the file */
    } else if (kind == SOURCE_EVAL || kind == SOURCE_SINGLE) {
        nl = q < end; /* the line as given */
    } else if (err->tokenizer) {
        nl = false; /* the tokenizer's copy of the line */
    } else {
        /* The parser's: the tokenizer's current line, which ends with a
         * newline (one is added at the end of the input); an unclosed
         * bracket is reported at EOF from an earlier line, copied without. */
        size_t mlen = strlen(err->msg);
        bool unclosed = mlen > 16 && !strcmp(err->msg + mlen - 16, "was never closed");
        nl = !(unclosed && q < end && q + 1 < end);
    }
    size_t n = (size_t)(q - p);
    CoilString *s = str_alloc(vm, n + nl);
    if (!s) return VAL_ERROR;
    memcpy(s->data, p, n);
    if (nl) s->data[n] = '\n';
    return str_finish(vm, s);
}

CoilValue import_raise_syntax_error_src(CoilVM *vm, const CoilSyntaxError *err, const char *filename,
                                        const char *src, size_t len)
{
    return import_raise_syntax_error_kind(vm, err, filename, src, len, SOURCE_FILE);
}

CoilValue import_raise_syntax_error_kind(CoilVM *vm, const CoilSyntaxError *err, const char *filename,
                                         const char *src, size_t len, CoilSourceKind kind)
{
    /* The compiler's resource errors are no syntax errors (CPython raises
     * them as they are, without a location). */
    if (err->type && !strcmp(err->type, "RecursionError")) return vm_raise(vm, vm->e_RecursionError, "%s", err->msg);
    if (err->type && !strcmp(err->type, "MemoryError")) return vm_raise_nomem(vm);
    CoilType *t = err->type && !strcmp(err->type, "IndentationError") ? vm->e_IndentationError
                : err->type && !strcmp(err->type, "TabError")         ? vm->e_TabError
                                                                      : vm->e_SyntaxError;
    char msg[sizeof err->msg + 1024];
    syntax_error_message(err, filename, msg, sizeof msg);
    GC_SAVE(vm);
    CoilValue m = str_from_cstr(vm, msg);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilValue loc = tuple_new(vm, 6);
    if (value_is_error(loc)) return GC_RESTORE(vm), loc;
    GC_ROOT(vm, loc);
    CoilValue fn = str_from_cstr(vm, filename);
    if (value_is_error(fn)) return GC_RESTORE(vm), fn;
    CoilTuple *lt = value_as_tuple(loc);
    lt->items[0] = fn;
    lt->items[1] = value_from_small_int(err->line);
    lt->items[2] = value_from_small_int(err->col + 1);
    lt->items[3] = VAL_NONE;
    CoilValue text = error_line_text(vm, err, filename, src, len, kind);
    if (value_is_error(text)) return GC_RESTORE(vm), text;
    lt->items[3] = text;
    lt->items[4] = value_from_small_int(err->end_line);
    lt->items[5] = value_from_small_int(err->end_col + 1);
    CoilValue args = tuple_pack2(vm, m, loc);
    if (value_is_error(args)) return GC_RESTORE(vm), args;
    GC_ROOT(vm, args);
    CoilValue e = exc_new(vm, t, args);
    if (value_is_error(e)) return GC_RESTORE(vm), e;
    GC_ROOT(vm, e);
    if (exc_syntax_fill(vm, e) < 0) return GC_RESTORE(vm), VAL_ERROR;
    /* The printer needs the compiler's record (caret columns, tokenizer flag). */
    CoilValue rec = bytes_new(vm, err, sizeof *err);
    if (value_is_error(rec)) return GC_RESTORE(vm), rec;
    value_as_exc(e)->value = rec;
    exc_set_pending(vm, e);
    GC_RESTORE(vm);
    return VAL_ERROR;
}

/* --- source modules ------------------------------------------------------------------- */

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Reads a whole file with the VM's allocator; NULL if it cannot be read. */
static char *read_file(CoilVM *vm, const char *path, size_t *len, size_t *cap_out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = coil_alloc(&vm->alloc, cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        char *g = coil_realloc(&vm->alloc, buf, cap, cap * 2);
        if (!g) {
            coil_free(&vm->alloc, buf, cap);
            buf = NULL;
            break;
        }
        buf = g;
        cap *= 2;
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = 0;
    *len = n;
    *cap_out = cap;
    return buf;
}

/* ModuleNotFoundError(msg, name=name), as importlib raises it. */
static CoilValue not_found(CoilVM *vm, CoilString *name, const char *fmt, ...)
{
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_raise(vm, vm->e_ModuleNotFoundError, "%s", msg);
    if (value_is_exception(vm, vm->exc)) value_as_exc(vm->exc)->attr_name = value_from_object(name);
    return VAL_ERROR;
}

/* Runs source text as module `name`, registered in sys.modules first (so
 * circular imports see the partial module, flagged as initializing).
 * `file` is __file__ (NULL for a frozen module); `pkg_path` is the
 * package's __path__ list, or VAL_EMPTY for a plain module.  A frozen
 * module compiled at build time comes as `pre`, its protobin bytes
 * (src NULL). */
static CoilValue exec_module(CoilVM *vm, CoilString *name, const char *file, const char *src, size_t len,
                             CoilValue pkg_path, bool frozen, const CoilFrozenModule *pre)
{
    GC_SAVE(vm);
    CoilValue m = module_new(vm, name->data);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilModule *mod = value_as_module(m);
    mod->frozen = frozen;
    CoilDict *g = value_as_dict(module_dict(m));
    if (file) {
        CoilValue f = str_from_cstr(vm, file);
        if (value_is_error(f) || dict_set_str(vm, g, vm->names.__file__, f) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    if (dict_set_str(vm, g, vm->names.__builtins__, vm->builtins) < 0) return GC_RESTORE(vm), VAL_ERROR;
    /* __package__: the package itself, or the module's parent package. */
    CoilValue pkg;
    if (pkg_path != VAL_EMPTY) {
        pkg = value_from_object(name);
        if (dict_set_cstr(vm, g, "__path__", pkg_path) < 0) return GC_RESTORE(vm), VAL_ERROR;
    } else {
        const char *dot = strrchr(name->data, '.');
        pkg = dot ? str_new(vm, name->data, (size_t)(dot - name->data)) : value_from_object(vm->names.empty);
        if (value_is_error(pkg)) return GC_RESTORE(vm), VAL_ERROR;
    }
    if (dict_set_cstr(vm, g, "__package__", pkg) < 0 || dict_set_cstr(vm, g, "__spec__", VAL_NONE) < 0 ||
        dict_set_str(vm, value_as_dict(sys_modules(vm)), name, m) < 0)
        return GC_RESTORE(vm), VAL_ERROR;

    char fname[1100];
    if (!file) snprintf(fname, sizeof fname, "<frozen %s>", name->data);
    mod->initializing = true;
    CoilValue code;
    if (pre) {
        code = load_protobin(vm, pre->code, pre->code_len);
    } else {
        CoilArena *arena = arena_new();
        if (!arena) {
            vm_raise_nomem(vm);
            goto unregister;
        }
        CoilSyntaxError err;
        memset(&err, 0, sizeof err);
        CoilProto *p = compile_source(arena, src, len, file ? file : fname, &err);
        if (!p) {
            arena_free(arena);
            if (err.set) import_raise_syntax_error_src(vm, &err, file ? file : fname, src, len);
            else vm_raise_nomem(vm);
            goto unregister;
        }
        if (compile_issue_warnings(vm, p, file ? file : fname, src, len, SOURCE_FILE) < 0) {
            arena_free(arena);
            goto unregister;
        }
        code = load_proto(vm, p);
        arena_free(arena);
    }
    if (value_is_error(code)) goto unregister;
    GC_ROOT(vm, code);
    CoilValue r = interp_run_module(vm, (CoilCode *)value_as_object(code), module_dict(m));
    if (value_is_error(r)) goto unregister;
    mod->initializing = false;
    /* The module may have replaced itself in sys.modules. */
    CoilValue final = dict_get_str(vm, value_as_dict(sys_modules(vm)), name);
    GC_RESTORE(vm);
    return final != VAL_EMPTY ? final : m;
unregister:
    /* A failed import leaves no half-initialised module behind. */
    mod->initializing = false;
    {
        CoilValue pending = vm_take_exception(vm);
        GC_ROOT(vm, pending);
        dict_del(vm, value_as_dict(sys_modules(vm)), value_from_object(name), NULL);
        if (vm_has_exception(vm)) vm_take_exception(vm);
        vm->exc = pending;
    }
    GC_RESTORE(vm);
    return VAL_ERROR;
}

/* A source file as module `name`; pkg_dir is the package directory (a str)
 * for a package's __init__.py, else VAL_EMPTY. */
static CoilValue exec_source_module(CoilVM *vm, CoilString *name, const char *path, CoilValue pkg_dir)
{
    size_t len, cap;
    char *src = read_file(vm, path, &len, &cap);
    if (!src) return vm_raise(vm, vm->e_ImportError, "cannot read '%s'", path);
    CoilValue pkg_path = VAL_EMPTY;
    if (pkg_dir != VAL_EMPTY) {
        pkg_path = list_from_array(vm, &pkg_dir, 1);
        if (value_is_error(pkg_path)) {
            coil_free(&vm->alloc, src, cap);
            return pkg_path;
        }
    }
    GC_ROOT(vm, pkg_path);
    CoilValue m = exec_module(vm, name, path, src, len, pkg_path, false, NULL);
    GC_UNROOT(vm, 1);
    coil_free(&vm->alloc, src, cap);
    return m;
}

/* A module of the embedded stdlib (stdlib/ in the source tree), or VAL_EMPTY. */
static CoilValue load_frozen(CoilVM *vm, CoilString *fullname)
{
    for (const CoilFrozenModule *f = coil_frozen_modules; f->name; f++) {
        if (!str_eq_cstr(fullname, f->name)) continue;
        /* A frozen package's __path__ is empty: its submodules are frozen too. */
        CoilValue pkg_path = VAL_EMPTY;
        if (f->is_package && value_is_error(pkg_path = list_new(vm, 0))) return VAL_ERROR;
        GC_ROOT(vm, pkg_path);
        CoilValue m = exec_module(vm, fullname, NULL, f->source, f->len, pkg_path, true, f->code ? f : NULL);
        GC_UNROOT(vm, 1);
        return m;
    }
    return VAL_EMPTY;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A namespace package (directories named like it, none with __init__.py):
 * an empty module whose __path__ lists them (PEP 420). */
static CoilValue namespace_package(CoilVM *vm, CoilString *fullname, CoilValue dirs)
{
    GC_SAVE(vm);
    CoilValue m = module_new(vm, fullname->data);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    value_as_module(m)->is_namespace = true;
    CoilDict *g = value_as_dict(module_dict(m));
    if (dict_set_str(vm, g, vm->names.__file__, VAL_NONE) < 0 || dict_set_cstr(vm, g, "__path__", dirs) < 0 ||
        dict_set_cstr(vm, g, "__package__", value_from_object(fullname)) < 0 ||
        dict_set_cstr(vm, g, "__spec__", VAL_NONE) < 0 ||
        dict_set_str(vm, value_as_dict(sys_modules(vm)), fullname, m) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return m;
}

/* Looks for `base` (last name component) in the directories of `paths`:
 * base/__init__.py (a package) or base.py in the first directory that has
 * one; else, if some directories hold a directory `base`, a namespace package. */
static CoilValue find_and_load(CoilVM *vm, CoilString *fullname, const char *base, CoilValue paths)
{
    if (!value_is_list(vm, paths)) return VAL_EMPTY;
    GC_SAVE(vm);
    CoilValue ns_dirs = VAL_EMPTY;
    char buf[4096];
    for (size_t i = 0; i < value_as_list(paths)->len; i++) {
        CoilValue entry = value_as_list(paths)->items[i];
        if (!value_is_str(vm, entry)) continue;
        const char *dir = value_as_str(entry)->data;
        const char *sep = dir[0] ? "/" : "";
        snprintf(buf, sizeof buf, "%s%s%s/__init__.py", dir, sep, base);
        if (is_file(buf)) {
            char pkgdir[4096];
            snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, sep, base);
            CoilValue d = str_from_cstr(vm, pkgdir);
            if (value_is_error(d)) return GC_RESTORE(vm), d;
            GC_ROOT(vm, d);
            CoilValue m = exec_source_module(vm, fullname, buf, d);
            GC_RESTORE(vm);
            return m;
        }
        snprintf(buf, sizeof buf, "%s%s%s.py", dir, sep, base);
        if (is_file(buf)) {
            GC_RESTORE(vm);
            return exec_source_module(vm, fullname, buf, VAL_EMPTY);
        }
        snprintf(buf, sizeof buf, "%s%s%s", dir, sep, base);
        if (is_dir(buf)) {
            if (ns_dirs == VAL_EMPTY) {
                ns_dirs = list_new(vm, 1);
                if (value_is_error(ns_dirs)) return GC_RESTORE(vm), VAL_ERROR;
                GC_ROOT(vm, ns_dirs);
            }
            CoilValue d = str_from_cstr(vm, buf);
            if (value_is_error(d) || !list_append(vm, value_as_list(ns_dirs), d)) return GC_RESTORE(vm), VAL_ERROR;
        }
    }
    CoilValue m = ns_dirs == VAL_EMPTY ? VAL_EMPTY : namespace_package(vm, fullname, ns_dirs);
    GC_RESTORE(vm);
    return m;
}

static const CoilNativeModule *find_native(const CoilNativeModule *table, const CoilString *name)
{
    for (const CoilNativeModule *nm = table; nm && nm->name; nm++)
        if (str_eq_cstr(name, nm->name)) return nm;
    return NULL;
}

void import_set_host_modules(CoilVM *vm, const CoilNativeModule *table) { vm->host_modules = table; }

/* Imports one fully qualified module whose parent (if any) is loaded.
 * Search order: sys.modules, native modules (the host's, then Coil's), the
 * directories of sys.path (or the parent's __path__), then the embedded
 * stdlib, as if it were the last entry of sys.path. */
static CoilValue import_one(CoilVM *vm, CoilString *fullname, CoilValue parent)
{
    CoilValue m = dict_get_str(vm, value_as_dict(sys_modules(vm)), fullname);
    if (m == VAL_NONE) return not_found(vm, fullname, "import of %s halted; None in sys.modules", fullname->data);
    if (m != VAL_EMPTY) return m;
    const char *dot = strrchr(fullname->data, '.');
    const char *base = dot ? dot + 1 : fullname->data;
    if (!dot) {
        const CoilNativeModule *nm = find_native(vm->host_modules, fullname);
        if (!nm) nm = find_native(native_modules, fullname);
        if (nm) {
            m = nm->create(vm);
            if (value_is_error(m)) return m;
            GC_ROOT(vm, m);
            if (value_is_type(m, vm->t_module)) value_as_module(m)->native = true;
            int r = dict_set_str(vm, value_as_dict(sys_modules(vm)), fullname, m);
            GC_UNROOT(vm, 1);
            return r < 0 ? VAL_ERROR : m;
        }
    }
    CoilValue paths = VAL_EMPTY;
    bool frozen_parent = false;
    if (parent == VAL_EMPTY) {
        paths = sys_path(vm);
    } else {
        CoilValue pd = value_is_type(parent, vm->t_module) ? module_dict(parent) : VAL_EMPTY;
        paths = pd != VAL_EMPTY ? dict_get_cstr(vm, value_as_dict(pd), "__path__") : VAL_EMPTY;
        if (paths == VAL_EMPTY)
            return not_found(vm, fullname, "No module named '%s'; '%.*s' is not a package", fullname->data,
                             (int)(dot - fullname->data), fullname->data);
        frozen_parent = value_as_module(parent)->frozen;
    }
    m = find_and_load(vm, fullname, base, paths);
    if (m == VAL_EMPTY && (parent == VAL_EMPTY || frozen_parent)) m = load_frozen(vm, fullname);
    if (m == VAL_EMPTY) return not_found(vm, fullname, "No module named '%s'", fullname->data);
    if (value_is_error(m)) return m;
    if (parent != VAL_EMPTY) {
        GC_ROOT(vm, m);
        CoilString *b = str_intern_cstr(vm, base);
        int r = b ? vm_setattr(vm, parent, b, m) : -1;
        GC_UNROOT(vm, 1);
        if (r < 0) return VAL_ERROR;
    }
    return m;
}

/* Imports every prefix of a dotted name; returns the top and the last. */
static bool import_dotted(CoilVM *vm, const char *name, size_t len, CoilValue *top, CoilValue *last)
{
    GC_SAVE(vm);
    CoilValue parent = VAL_EMPTY;
    *top = VAL_EMPTY;
    for (size_t end = 0; end <= len; end++) {
        if (end < len && name[end] != '.') continue;
        CoilString *prefix = str_intern(vm, name, end);
        if (!prefix) return GC_RESTORE(vm), false;
        CoilValue m = import_one(vm, prefix, parent);
        if (value_is_error(m)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, m);
        if (*top == VAL_EMPTY) *top = m;
        parent = m;
    }
    *last = parent;
    GC_RESTORE(vm);
    return true;
}

/* The package a relative import in `globals` is relative to (CPython's
 * _calc___package__): __package__ if set, else derived from __name__. */
static CoilValue resolve_package(CoilVM *vm, CoilValue globals)
{
    CoilDict *g = value_as_dict(globals);
    CoilValue pkg = dict_get_cstr(vm, g, "__package__");
    if (value_is_str(vm, pkg)) return pkg;
    if (pkg != VAL_EMPTY && pkg != VAL_NONE) return vm_raise(vm, vm->e_TypeError, "package must be a string");
    CoilValue name = dict_get_str(vm, g, vm->names.__name__);
    if (!value_is_str(vm, name)) return VAL_EMPTY;
    if (dict_get_cstr(vm, g, "__path__") != VAL_EMPTY) return name;
    CoilString *n = value_as_str(name);
    const char *dot = strrchr(n->data, '.');
    return dot ? str_new(vm, n->data, (size_t)(dot - n->data)) : value_from_object(vm->names.empty);
}

/* `from package import a, b`: loads the submodules among the names that are
 * not attributes yet (CPython's _handle_fromlist); '*' stands for the
 * package's __all__. */
static bool handle_fromlist(CoilVM *vm, CoilValue module, CoilString *absname, CoilValue fromlist, bool recursive)
{
    CoilValue items = fromlist;
    size_t n = value_is_tuple(vm, items) ? value_as_tuple(items)->len : value_as_list(items)->len;
    for (size_t i = 0; i < n; i++) {
        /* Re-read each time: importing a submodule may run arbitrary code. */
        CoilValue it = value_is_tuple(vm, items) ? value_as_tuple(items)->items[i]
                                                 : (i < value_as_list(items)->len ? value_as_list(items)->items[i]
                                                                                  : VAL_EMPTY);
        if (!value_is_str(vm, it)) {
            if (it == VAL_EMPTY) break;
            if (recursive)
                vm_raise(vm, vm->e_TypeError, "Item in %s.__all__ must be str, not %s", absname->data,
                         value_type_name(vm, it));
            else
                vm_raise(vm, vm->e_TypeError, "Item in ``from list'' must be str, not %s", value_type_name(vm, it));
            return false;
        }
        CoilString *item = value_as_str(it);
        if (str_eq_cstr(item, "*")) {
            if (recursive) continue;
            CoilValue all = dict_get_cstr(vm, value_as_dict(module_dict(module)), "__all__");
            if ((value_is_list(vm, all) || value_is_tuple(vm, all))) {
                GC_ROOT(vm, all);
                bool ok = handle_fromlist(vm, module, absname, all, true);
                GC_UNROOT(vm, 1);
                if (!ok) return false;
            }
            continue;
        }
        if (dict_get_str(vm, value_as_dict(module_dict(module)), item) != VAL_EMPTY) continue;
        CoilValue sub = str_format(vm, "%s.%s", absname->data, item->data);
        if (value_is_error(sub)) return false;
        CoilString *subname = str_intern_obj(vm, value_as_str(sub));
        if (!subname) return false;
        GC_ROOT_OBJ(vm, subname);
        CoilValue m = import_one(vm, subname, module);
        GC_UNROOT(vm, 1);
        if (value_is_error(m)) {
            /* Only this submodule missing is fine: IMPORTFROM reports the name. */
            if (!vm_exception_matches(vm, vm->e_ModuleNotFoundError)) return false;
            CoilValue e = vm->exc;
            CoilValue en = value_as_exc(e)->attr_name;
            if (!(value_is_str(vm, en) && str_eq(value_as_str(en), subname))) return false;
            vm_take_exception(vm);
        }
    }
    return true;
}

CoilValue import_module(CoilVM *vm, CoilString *name, CoilValue fromlist, int level, CoilValue globals)
{
    GC_SAVE(vm);
    CoilString *absname = name;
    if (level > 0) {
        CoilValue pkg = value_is_dict(vm, globals) ? resolve_package(vm, globals) : VAL_EMPTY;
        if (value_is_error(pkg)) return pkg;
        if (!value_is_str(vm, pkg) || value_as_str(pkg)->len == 0)
            return vm_raise(vm, vm->e_ImportError, "attempted relative import with no known parent package");
        GC_ROOT(vm, pkg);
        CoilString *p = value_as_str(pkg);
        size_t cut = p->len;
        for (int i = 1; i < level; i++) {
            while (cut > 0 && p->data[cut - 1] != '.') cut--;
            if (cut == 0) {
                GC_RESTORE(vm);
                return vm_raise(vm, vm->e_ImportError, "attempted relative import beyond top-level package");
            }
            cut--;
        }
        CoilValue full = name->len ? str_format(vm, "%.*s.%s", (int)cut, p->data, name->data)
                                   : str_new(vm, p->data, cut);
        if (value_is_error(full)) return GC_RESTORE(vm), full;
        absname = str_intern_obj(vm, value_as_str(full));
        if (!absname) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT_OBJ(vm, absname);
    }
    if (absname->len == 0) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_ValueError, "Empty module name");
    }
    CoilValue top, last;
    if (!import_dotted(vm, absname->data, absname->len, &top, &last)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, top);
    GC_ROOT(vm, last);
    bool has_from = value_is_tuple(vm, fromlist) && value_as_tuple(fromlist)->len > 0;
    if (!has_from) {
        GC_RESTORE(vm);
        return level > 0 ? last : top;
    }
    if (value_is_type(last, vm->t_module) &&
        dict_get_cstr(vm, value_as_dict(module_dict(last)), "__path__") != VAL_EMPTY &&
        !handle_fromlist(vm, last, absname, fromlist, false))
        return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return last;
}

CoilValue import_from(CoilVM *vm, CoilValue module, CoilString *name)
{
    CoilValue v = vm_getattr(vm, module, name);
    if (!value_is_error(v)) return v;
    if (!vm_exception_matches(vm, vm->e_AttributeError)) return v;
    vm_take_exception(vm);
    CoilValue mn = value_is_type(module, vm->t_module)
                       ? dict_get_str(vm, value_as_dict(module_dict(module)), vm->names.__name__)
                       : VAL_EMPTY;
    if (!value_is_str(vm, mn)) {
        vm_raise(vm, vm->e_ImportError, "cannot import name '%s'", name->data);
        return VAL_ERROR;
    }
    /* A submodule imported under another name is still reachable. */
    CoilValue full = str_format(vm, "%s.%s", value_as_str(mn)->data, name->data);
    if (value_is_error(full)) return full;
    CoilValue sub = dict_get_str(vm, value_as_dict(sys_modules(vm)), value_as_str(full));
    if (sub != VAL_EMPTY && sub != VAL_NONE) return sub;
    CoilValue file = dict_get_str(vm, value_as_dict(module_dict(module)), vm->names.__file__);
    const char *where = value_is_str(vm, file) ? value_as_str(file)->data : "unknown location";
    if (value_as_module(module)->initializing)
        vm_raise(vm, vm->e_ImportError,
                 "cannot import name '%s' from partially initialized module '%s' "
                 "(most likely due to a circular import) (%s)",
                 name->data, value_as_str(mn)->data, where);
    else
        vm_raise(vm, vm->e_ImportError, "cannot import name '%s' from '%s' (%s)", name->data,
                 value_as_str(mn)->data, where);
    if (value_is_exception(vm, vm->exc)) {
        value_as_exc(vm->exc)->attr_name = mn;
        value_as_exc(vm->exc)->attr_obj = value_is_str(vm, file) ? file : VAL_NONE;
    }
    return VAL_ERROR;
}

/* Copies one name of `from module import *` into the namespace. */
static int star_copy(CoilVM *vm, CoilValue module, CoilValue key, CoilValue ns)
{
    CoilValue v = vm_getattr(vm, module, value_as_str(key));
    if (value_is_error(v)) return -1;
    GC_ROOT(vm, v);
    int r = value_is_dict(vm, ns) ? dict_set(vm, value_as_dict(ns), key, v) : vm_setitem(vm, ns, key, v);
    GC_UNROOT(vm, 1);
    return r;
}

int import_star(CoilVM *vm, CoilValue module, CoilValue ns)
{
    GC_SAVE(vm);
    /* The names in __all__ if the module has one, else every public name. */
    CoilValue all = vm_getattr_cstr(vm, module, "__all__");
    bool has_all = !value_is_error(all);
    if (!has_all) {
        if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), -1;
        vm_take_exception(vm);
        all = vm_getattr(vm, module, vm->names.__dict__);
        if (value_is_error(all)) {
            if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), -1;
            vm_take_exception(vm);
            vm_raise(vm, vm->e_ImportError, "from-import-* object has no __dict__ and no __all__");
            return GC_RESTORE(vm), -1;
        }
        GC_ROOT(vm, all);
        all = list_from_iterable(vm, all); /* the keys, copied: the module may change */
        if (value_is_error(all)) return GC_RESTORE(vm), -1;
    }
    GC_ROOT(vm, all);
    CoilValue it = vm_iter(vm, all);
    if (value_is_error(it)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue key = vm_next(vm, it);
        if (value_is_error(key)) return GC_RESTORE(vm), -1;
        if (key == VAL_EMPTY) break;
        GC_ROOT(vm, key);
        if (!value_is_str(vm, key)) {
            CoilValue mn = vm_getattr(vm, module, vm->names.__name__);
            if (value_is_error(mn)) return GC_RESTORE(vm), -1;
            if (!value_is_str(vm, mn)) {
                vm_raise(vm, vm->e_TypeError, "module __name__ must be a string, not %s", value_type_name(vm, mn));
                return GC_RESTORE(vm), -1;
            }
            vm_raise(vm, vm->e_TypeError, "%s in %s.%s must be str, not %s", has_all ? "Item" : "Key",
                     value_as_str(mn)->data, has_all ? "__all__" : "__dict__", value_type_name(vm, key));
            return GC_RESTORE(vm), -1;
        }
        if ((has_all || value_as_str(key)->data[0] != '_') && star_copy(vm, module, key, ns) < 0)
            return GC_RESTORE(vm), -1;
        GC_UNROOT(vm, 1);
    }
    GC_RESTORE(vm);
    return 0;
}

/* Appends each non-empty entry of a ':'-separated list (COILPATH). */
static bool append_path_list(CoilVM *vm, CoilList *l, const char *spec)
{
    while (spec && *spec) {
        const char *colon = strchr(spec, ':');
        size_t n = colon ? (size_t)(colon - spec) : strlen(spec);
        if (n) {
            CoilValue e = str_new(vm, spec, n);
            if (value_is_error(e) || !list_append(vm, l, e)) return false;
        }
        spec = colon ? colon + 1 : NULL;
    }
    return true;
}

bool import_init(CoilVM *vm, const char *script_path)
{
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    if (!value_is_type(sys, vm->t_module)) return false;
    /* sys.path[0]: the script's directory, as CPython puts it ('' for
     * source that is not a file: the current directory); then the
     * directories of COILPATH (CPython's PYTHONPATH). */
    char dir[4096] = "";
    if (script_path) {
        const char *slash = strrchr(script_path, '/');
        if (slash == script_path) snprintf(dir, sizeof dir, "/");
        else if (slash) snprintf(dir, sizeof dir, "%.*s", (int)(slash - script_path), script_path);
    }
    CoilValue d = str_from_cstr(vm, script_path ? (dir[0] ? dir : ".") : "");
    if (value_is_error(d)) return false;
    GC_ROOT(vm, d);
    CoilValue l = list_from_array(vm, &d, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(l)) return false;
    GC_ROOT(vm, l);
    bool ok = append_path_list(vm, value_as_list(l), getenv("COILPATH")) &&
              dict_set_cstr(vm, value_as_dict(module_dict(sys)), "path", l) == 0;
    GC_UNROOT(vm, 1);
    /* A script's __main__ has no package and no spec: relative imports in
     * it fail with "no known parent package", as in CPython. */
    CoilValue main = dict_get_str(vm, value_as_dict(vm->modules), vm->names.__main__);
    if (ok && value_is_type(main, vm->t_module)) {
        CoilDict *g = value_as_dict(module_dict(main));
        if (dict_get_cstr(vm, g, "__package__") == VAL_EMPTY) ok = dict_set_cstr(vm, g, "__package__", VAL_NONE) == 0;
        if (ok && dict_get_cstr(vm, g, "__spec__") == VAL_EMPTY) ok = dict_set_cstr(vm, g, "__spec__", VAL_NONE) == 0;
    }
    return ok;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the
 * function behind the import statement, for scripts (importlib uses it). */
static CoilValue bi_import(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    CoilValue a[5];
    if (args_parse(vm, "__import__", args, nargs, kw, names, 5, 5, 1, a) < 0) return VAL_ERROR;
    if (!value_is_str(vm, a[0]))
        return vm_raise(vm, vm->e_TypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] != VAL_EMPTY && vm_index(vm, a[4], &level) < 0) return VAL_ERROR;
    if (level < 0) return vm_raise(vm, vm->e_ValueError, "level must be >= 0");
    CoilString *name = value_as_str(a[0]);
    if (name->len == 0 && level == 0) return vm_raise(vm, vm->e_ValueError, "Empty module name");
    GC_SAVE(vm);
    CoilValue fromlist = a[3] == VAL_EMPTY || a[3] == VAL_NONE ? VAL_NONE : a[3];
    if (fromlist != VAL_NONE && !value_is_tuple(vm, fromlist)) {
        fromlist = tuple_from_iterable(vm, fromlist);
        if (value_is_error(fromlist)) return GC_RESTORE(vm), fromlist;
        GC_ROOT(vm, fromlist);
    }
    CoilValue globals = value_is_dict(vm, a[1]) ? a[1] : VAL_EMPTY;
    if (level > 0 && globals == VAL_EMPTY) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_KeyError, "'__name__' not in globals");
    }
    CoilString *iname = str_intern_obj(vm, name);
    CoilValue r = iname ? import_module(vm, iname, fromlist, (int)level, globals) : VAL_ERROR;
    GC_RESTORE(vm);
    return r;
}

const CoilMethodDef builtins_import[] = {{"__import__", bi_import, METH_KEYWORDS}, {NULL, NULL, 0}};
