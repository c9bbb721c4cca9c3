# inspect — looking at live objects: type predicates (is*), members, the MRO,
# docstrings, and signatures of Python functions (Signature/Parameter/bind).
# Built-in callables carry no signature metadata in Coil, and there is no
# source text access: those raise NotImplementedError.

import sys
import types
import enum
import functools
from collections import OrderedDict

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
           'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
           'isdatadescriptor', 'iscode', 'isframe', 'istraceback', 'isabstract',
           'getmro', 'getmembers', 'getattr_static', 'ismemberdescriptor',
           'isgetsetdescriptor', 'ismethodwrapper', 'getmodulename', 'getdoc', 'cleandoc', 'getmodule', 'unwrap',
           'signature', 'Signature', 'Parameter', 'BoundArguments', 'currentframe',
           'getgeneratorstate', 'getcoroutinestate', 'getgeneratorlocals',
           'getsource', 'getsourcelines', 'getsourcefile', 'getfile', 'getblock', 'findsource',
           'stack', 'getframeinfo', 'getouterframes', 'FrameInfo', 'Traceback',
           'getfullargspec', 'FullArgSpec', 'formatannotation', 'iskeyword']

# CPython's code flag bits (what code objects' co_flags report).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])


def iskeyword(s):
    return s in _KEYWORDS


# --- predicates ------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    # Looks through bound methods and functools.partial to the function.
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and (object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    # An instance whose class defines __await__ (looked up on the type).
    for base in type(object).__mro__:
        if '__await__' in base.__dict__:
            return base.__dict__['__await__'] is not None
    return False


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    # Coil's functools.partial is a class with a non-binding __get__ (so a
    # partial stored in a class stays unbound); CPython's is no descriptor.
    if isclass(object) or ismethod(object) or isfunction(object) or isinstance(object, functools.partial):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismethodwrapper(object):
    # Coil binds slot wrappers as builtin methods (types.MethodWrapperType is
    # the builtin method type there), so only a true method-wrapper counts.
    return type(object).__name__ == 'method-wrapper'


def getmodulename(path):
    import os
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# --- members, docs, modules ------------------------------------------------------------

_sentinel = object()


def _static_mro(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _class_lookup(klass, attr):
    for entry in _static_mro(klass):
        try:
            return entry.__dict__[attr]
        except KeyError:
            pass
    return _sentinel


def _instance_dict_entry(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _is_data_descriptor_type(tp):
    return (_class_lookup(tp, '__get__') is not _sentinel and
            (_class_lookup(tp, '__set__') is not _sentinel or
             _class_lookup(tp, '__delete__') is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    """getattr without running descriptors, __getattr__ or __getattribute__:
    the raw object found in the instance or class dicts."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        instance_result = _instance_dict_entry(obj, attr)
    else:
        klass = obj
    klass_result = _class_lookup(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _is_data_descriptor_type(type(klass_result)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # For a class, its metaclass's attributes too.
        meta_result = _class_lookup(type(klass), attr)
        if meta_result is not _sentinel:
            return meta_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of dir(object), sorted by name, kept if predicate(value)."""
    mro = (object,) + getmro(object) if isclass(object) else ()
    results = []
    processed = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Strip a docstring's common indentation and its blank first/last lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    # A method without a docstring inherits the one of the method it overrides.
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def currentframe():
    return sys._getframe(1)


def unwrap(func, *, stop=None):
    """Follow __wrapped__ links to the innermost function."""
    f = func
    memo = {id(f): f}
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in memo:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


def _unsupported(what):
    def f(*args, **kwargs):
        raise NotImplementedError("inspect.%s is not supported by Coil (no source text access)" % what)
    f.__name__ = f.__qualname__ = what
    return f


getcomments = _unsupported('getcomments')


# --- source ----------------------------------------------------------------------------
# Source text is read from the file a code object names; a function's block
# is found from co_firstlineno by scanning logical lines (strings, brackets,
# continuations) the way CPython's tokenizer-driven block finder ends it.

def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith('<'):
        return None
    try:
        open(filename).close()
    except OSError:
        return None
    return filename


def _logical_lines(lines, start):
    # Yields (first_row, last_row, indent, text_without_strings, comment_only)
    # for each logical line from row `start` (0-based).
    row = start
    n = len(lines)
    while row < n:
        first = row
        line = lines[row]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if not stripped.strip():
            yield first, row, indent, '', False
            row += 1
            continue
        if stripped.startswith('#'):
            yield first, row, indent, '', True
            row += 1
            continue
        depth = 0
        quote = None
        code = []
        while True:
            line = lines[row]
            i = 0
            cont = False
            m = len(line)
            while i < m:
                c = line[i]
                if quote:
                    if c == '\\':
                        i += 2
                        continue
                    if line.startswith(quote, i):
                        i += len(quote)
                        quote = None
                        continue
                    i += 1
                    continue
                if c == '#':
                    break
                if c in '\'"':
                    q = line[i:i + 3]
                    quote = q if q in ('"""', "\'\'\'") else c
                    i += len(quote)
                    code.append(' ')
                    continue
                if c in '([{':
                    depth += 1
                elif c in ')]}':
                    depth -= 1
                elif c == '\\' and line[i + 1:].strip() == '':
                    cont = True
                    break
                code.append(c)
                i += 1
            if quote and len(quote) == 1:
                quote = None  # an unterminated one-line string: give up on it
            if (quote or depth > 0 or cont) and row + 1 < n:
                row += 1
                continue
            break
        yield first, row, indent, ''.join(code), False
        row += 1


def _words(text):
    out = []
    word = []
    for c in text:
        if c.isalnum() or c == '_':
            word.append(c)
        elif word:
            out.append(''.join(word))
            word = []
    if word:
        out.append(''.join(word))
    return out


def getblock(lines, start=0):
    """The lines of the def/class/lambda block beginning at row `start`."""
    it = _logical_lines(lines, start)
    head = None
    for first, last, indent, code, comment in it:
        if comment or not code.strip():
            continue
        words = _words(code)
        if code.lstrip().startswith('@') and not (set(words) & {'def', 'class', 'lambda'}):
            continue
        head = (first, last, indent, code, words)
        break
    if head is None:
        return lines[start:start + 1]
    first, end, head_indent, code, words = head
    kind = None
    for w in words:
        if w in ('def', 'class', 'lambda'):
            kind = w
            break
    if kind == 'lambda' or kind is None:
        return lines[start:end + 1]
    after = code.rstrip()
    if not after.endswith(':'):
        return lines[start:end + 1]  # the body follows on the header line
    body_col = None
    for first, last, indent, code, comment in it:
        if comment:
            if body_col is not None and indent >= body_col:
                end = last
            continue
        if not code.strip():
            continue
        if indent <= head_indent:
            break
        if body_col is None:
            body_col = indent
        end = last
    return lines[start:end + 1]


def findsource(object):
    file = getsourcefile(object)
    if file is None:
        if getfile(object).startswith('<frozen'):
            raise NotImplementedError('the source of frozen modules is not available in Coil')
        raise OSError('could not get source code')
    lines = _file_lines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class') and _words(stripped)[1:2] == [name]:
                j = i
                while j > 0 and lines[j - 1].lstrip().startswith('@'):
                    j -= 1
                return lines, j
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return lines, object.co_firstlineno - 1
    raise OSError('could not find code object')


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object):
        return lines, 0
    return getblock(lines, lnum), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# --- frames ----------------------------------------------------------------------------
# Frames come from sys._getframe(); source lines are read from the code's
# file (frozen stdlib modules have none: code_context is None).  Coil keeps
# no column positions, so FrameInfo.positions raises NotImplementedError.

def _file_lines(filename):
    if filename.startswith('<'):
        return None
    try:
        with open(filename, encoding='utf-8') as f:
            return f.readlines()
    except (OSError, UnicodeDecodeError):
        return None


class _InfoTuple(tuple):
    _fields = ()

    def __new__(cls, *values, positions=None):
        return tuple.__new__(cls, values)

    @property
    def positions(self):
        raise NotImplementedError('column positions of frames are not tracked by Coil')

    def __repr__(self):
        parts = ['%s=%r' % (n, v) for n, v in zip(self._fields, self)]
        return '%s(%s, positions=%r)' % (type(self).__name__, ', '.join(parts), self.positions)


def _field(i):
    return property(lambda self: self[i])


class Traceback(_InfoTuple):
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')
    filename, lineno, function, code_context, index = (_field(i) for i in range(5))


class FrameInfo(_InfoTuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')
    frame, filename, lineno, function, code_context, index = (_field(i) for i in range(6))


def getframeinfo(frame, context=1):
    if istraceback(frame):
        raise NotImplementedError('inspect.getframeinfo of tracebacks is not supported by Coil '
                                  '(tracebacks have no tb_frame)')
    lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        src = _file_lines(filename)
        if src is not None:
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(src) - context))
            lines = src[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return framelist


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def getlineno(frame):
    return frame.f_lineno


# --- generator and coroutine states ----------------------------------------------------

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    try:
        suspended = coroutine.cr_suspended
    except AttributeError:
        raise NotImplementedError('inspect.getcoroutinestate needs cr_suspended, '
                                  'which Coil coroutines do not have yet') from None
    if suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


# --- signatures ------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCR[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCR = {0: 'positional-only', 1: 'positional or keyword', 2: 'variadic positional',
                3: 'keyword-only', 4: 'variadic keyword'}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: parameter names to the values given."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A callable's parameters (an ordered mapping) and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = 'wrong parameter order: {} parameter before {} parameter'
                    raise ValueError(msg.format(top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, kwo, ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            # Positional arguments fill parameters in order.
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, but was passed as a keyword'
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            raise TypeError(msg.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        # Then keywords, and defaults for what is left.
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    first_default = pos_count - len(defaults)
    params = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    k = pos_count + kwonly
    if code.co_flags & CO_VARARGS:
        name = names[k]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        k += 1
    for name in names[pos_count:pos_count + kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[k]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _partial_signature(sig, partial):
    # What is left to pass to partial(func, *args, **keywords): parameters
    # filled positionally disappear; a keyword sets a new default, and from
    # the first positional-or-keyword parameter given by keyword on, the
    # rest can only be passed by keyword (*args goes).
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords).arguments
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    params = []
    kwonly = False
    for param in sig.parameters.values():
        kind = param.kind
        if param.name in bound and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            if param.name not in keywords and kind != _KEYWORD_ONLY:
                continue  # filled by a positional argument
            param = param.replace(default=bound[param.name])
            if kind == _POSITIONAL_OR_KEYWORD:
                kwonly = True
        if kwonly:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def _drop_first(sig):
    # The signature seen through a bound method: the first parameter is bound.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _user_method(cls, name):
    # The named method if a Python class in cls's MRO defines it (not object/type).
    for base in cls.__mro__:
        if name in base.__dict__:
            meth = base.__dict__[name]
            if isinstance(meth, (staticmethod, classmethod)):
                meth = meth.__func__
            if isfunction(meth):
                return meth
            return None
    return None


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature_from_callable(obj.func, follow_wrapped, sigcls), obj)
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
        for base in obj.__mro__:
            if base is object:
                break
            for name in ('__new__', '__init__'):
                if name in base.__dict__:
                    meth = _user_method(base, name)
                    if meth is None:
                        raise NotImplementedError('inspect.signature of classes with a built-in %s '
                                                  'is not supported by Coil' % name)
                    return _drop_first(_signature_from_callable(meth, follow_wrapped, sigcls))
        return sigcls([])
    if isbuiltin(obj) or ismethoddescriptor(obj) or type(obj).__name__ in ('method-wrapper',
                                                                            'wrapper_descriptor'):
        raise NotImplementedError('inspect.signature of built-in callables is not supported by Coil '
                                  '(no signature metadata)')
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


class FullArgSpec(tuple):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""

    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
                                   annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))


def getfullargspec(func):
    # Unlike signature(), a bound method's first parameter stays.
    while ismethod(func):
        func = func.__func__
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)
