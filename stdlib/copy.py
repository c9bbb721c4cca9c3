# copy — shallow and deep copies with CPython's order of precedence:
# values of the built-in types Coil knows are returned or rebuilt directly;
# then a class's __copy__ / __deepcopy__(memo); then a reduction (a
# copyreg.dispatch_table entry, else __reduce_ex__(4), else __reduce__) that
# gives (callable, args[, state[, listitems[, dictitems]]]) to rebuild from.
# Original Coil code.

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _identity(x, memo=None):
    return x


_NoneType = type(None)
_FunctionType = type(_identity)
_MethodType = type(_identity.__get__(0))  # a bound method

# Shallow copies: immutable values are their own copy; the mutable
# built-in containers copy themselves.
_shallow = {}
for _t in (_NoneType, int, float, bool, str, bytes, tuple, frozenset, type, range, slice,
           property, type(len), type(Ellipsis), type(NotImplemented), _FunctionType,
           type(_identity.__code__)):
    _shallow[_t] = _identity
for _t in (list, dict, set, bytearray):
    _shallow[_t] = _t.copy
del _t


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied x itself (a tuple reached again
    # through a mutable item): that copy is the answer.
    done = memo.get(id(x), _missing)
    if done is not _missing:
        return done
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_missing = object()

_deep = {}
for _t in (_NoneType, int, float, bool, str, bytes, type, range, property, type(len),
           type(Ellipsis), type(NotImplemented), _FunctionType, type(_identity.__code__)):
    _deep[_t] = _identity
_deep[list] = _deep_list
_deep[dict] = _deep_dict
_deep[tuple] = _deep_tuple
_deep[_MethodType] = _deep_method
del _t


def _inherits_object_reduce(cls):
    return (getattr(cls, "__reduce_ex__", None) is object.__reduce_ex__ and
            getattr(cls, "__reduce__", None) is object.__reduce__)


def _builtin_reduction(x, cls):
    # The reductions CPython's built-in types define and Coil's do not:
    # used only while the class keeps object's default reduction.
    if not _inherits_object_reduce(cls):
        return None
    if isinstance(x, BaseException):
        args = x.args
        if isinstance(x, OSError) and x.filename is not None and len(args) == 2:
            # The filename lives outside args: give it back to the constructor.
            args = args + (x.filename,)
            if x.filename2 is not None:
                args = args + (None, x.filename2)
        return cls, args, (x.__dict__ or None)
    state = getattr(x, "__dict__", None) or None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    if isinstance(x, bytearray):
        return cls, (bytes(x),), state
    if isinstance(x, slice):
        return cls, (x.start, x.stop, x.step)
    return None


def _reduction(x, cls, what):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    rv = _builtin_reduction(x, cls)
    if rv is not None:
        return rv
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for name, value in slotstate.items():
            setattr(y, name, value)


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _shallow.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of objects already copied to their
    copies (shared and recursive structures stay shared and recursive)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            y = x if isinstance(rv, str) else _rebuild(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # Keep x alive while memo refers to it by id().
        keep = memo.get(id(memo))
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return y
