# Caret lines for statements: raise, assert, import, for, with, unpacking,
# name errors; a statement that is its whole line gets none.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
def raise_whole():
    raise ValueError("whole")
def raise_after():
    x = 1; raise ValueError("after")
def raise_from():
    x = 1; raise ValueError("v") from KeyError("k")
def assert_compare():
    x = 1; assert x == 2, "msg"
def assert_name():
    x = 0; assert x
def import_missing():
    x = 1; import no_such_module_zz
def for_not_iterable():
    for i in 5: pass
def with_exit():
    with CM(): pass
def unpack():
    x = 1; a, b = [1]
def unbound():
    y; y = 1
def undefined():
    return 1 + undefined_name_zz
def aug_unbound():
    x = 1; zz += 1
def del_missing():
    x = 1; del no_such_global_zz
def attr_store():
    o = object(); o.attr = 1
for f in (raise_whole, raise_after, raise_from, assert_compare, assert_name, import_missing,
          for_not_iterable, with_exit, unpack, unbound, undefined, aug_unbound, del_missing, attr_store):
    show(f)
