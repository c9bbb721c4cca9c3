# warnings — issuing warnings and filtering them, with CPython's default
# filters, stderr format ("file:LINE: Category: message" plus the source
# line) and once-per-location registries.  Filter patterns are matched
# literally: Coil has no `re` module, so patterns using regular-expression
# syntax raise NotImplementedError instead of matching wrongly.

import sys
from _warnings import warn, warn_explicit

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_REGEX_CHARS = ".^$*+?{}[]\\|()"


class _Pattern:
    # A filter's message or module pattern: CPython compiles it with re
    # (message: IGNORECASE, module: anchored at both ends by filterwarnings).
    def __init__(self, text, ignorecase, whole):
        for ch in text:
            if ch in _REGEX_CHARS:
                raise NotImplementedError(
                    "warnings: regular-expression filter patterns are not supported by Coil: %r" % (text,))
        self.pattern = text
        self._text = text.lower() if ignorecase else text
        self._ignorecase = ignorecase
        self._whole = whole

    def match(self, s):
        if self._ignorecase:
            s = s.lower()
        if self._whole:
            return s == self._text
        return s.startswith(self._text)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self._ignorecase else "")


filters = []
defaultaction = "default"
onceregistry = {}
_generation = 1
_registries = {}  # module name -> {key: True, "version": n}


def _bump_generation():
    global _generation
    _generation += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _bump_generation()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True, False) if message else None
    mod = _Pattern(module, False, True) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _bump_generation()


class WarningMessage:
    _FIELDS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        kind = self.category.__name__ if self.category else None
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, kind, self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, ValueError, UnicodeError):
        return None
    return None


def _render_record(msg):
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def formatwarning(message, category, filename, lineno, line=None):
    return _render_record(WarningMessage(message, category, filename, lineno, None, line))


def _emit_record(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _render(msg)
    try:
        file.write(text)
    except OSError:
        pass


_stock_showwarning = None
_stock_formatwarning = formatwarning


def _render(msg):
    # A replaced warnings.formatwarning is honoured, as in CPython.
    if formatwarning is not _stock_formatwarning:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _render_record(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _emit_record(WarningMessage(message, category, filename, lineno, file, line))


_stock_showwarning = showwarning


def _deliver(msg):
    if showwarning is not _stock_showwarning:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _emit_record(msg)


def _first_filter(text, category, module, lineno):
    # The first filter whose message, category, module and line all accept
    # this warning, or None (then defaultaction applies).
    for entry in filters:
        want_text, want_cat, want_mod, want_line = entry[1], entry[2], entry[3], entry[4]
        if want_line and want_line != lineno:
            continue
        if not issubclass(category, want_cat):
            continue
        if want_text is not None and not want_text.match(text):
            continue
        if want_mod is not None and not want_mod.match(module):
            continue
        return entry
    return None


def _is_warning_class(obj):
    return isinstance(obj, type) and issubclass(obj, Warning)


def _registry_for(module):
    reg = _registries.get(module)
    if reg is None:
        reg = _registries[module] = {}
    if reg.get("version") != _generation:
        reg.clear()
        reg["version"] = _generation
    return reg


def _warn_impl(stack, message, category=None, stacklevel=1, source=None):
    # warn() is native (_warnings.warn): it passes the stack and raises the
    # exception this returns when a filter says "error".
    if _is_warning_class(type(message)):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not _is_warning_class(category):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel > len(stack):
        filename = "sys"
        lineno = 1
        module = "sys"
    else:
        filename, lineno, _name, module = stack[-stacklevel]
        if module is None:
            module = "<string>"
    return _warn_explicit_impl(None, message, category, filename, lineno, module,
                               _registry_for(module), None, source)


def _warn_explicit_impl(stack, message, category, filename, lineno, module=None, registry=None,
                        module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        # Derived from the file name, minus a .py suffix in any case.
        module = filename if filename else "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:len(module) - 3]
    if _is_warning_class(type(message)):
        category = type(message)
        text = str(message)
    else:
        text, message = message, category(message)
    if registry is None:
        # warn_explicit() without a registry remembers nothing: "default"
        # and "module" warnings repeat (CPython's compiler relies on it).
        registry = {}
    key = (text, category, lineno)
    if registry.get(key):
        return
    item = _first_filter(text, category, module, lineno)
    action = defaultaction if item is None else item[0]
    if action == "ignore":
        return
    if action == "error":
        return message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._preset = None if action is None else dict(action=action, category=category,
                                                        lineno=lineno, append=append)

    def __repr__(self):
        shown = "record=True" if self._record else ""
        if self._module is not sys.modules["warnings"]:
            shown = (shown + ", " if shown else "") + f"module={self._module!r}"
        return f"{type(self).__name__}({shown})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        _set_filters(m.filters)
        _bump_generation()
        self._showwarning = m.showwarning
        self._emit_record = m._emit_record
        if self._preset is not None:
            simplefilter(**self._preset)
        if self._record:
            log = []
            m._emit_record = log.append
            _set_impl(log.append)
            m.showwarning = m._stock_showwarning
            _set_showwarning(m._stock_showwarning)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        m = self._module
        m.filters = self._filters
        _set_filters(self._filters)
        _bump_generation()
        m.showwarning = self._showwarning
        _set_showwarning(self._showwarning)
        m._emit_record = self._emit_record
        _set_impl(self._emit_record)


def _set_filters(value):
    global filters
    filters = value


def _set_showwarning(value):
    global showwarning
    showwarning = value


def _set_impl(value):
    global _emit_record
    _emit_record = value


# CPython's default filters for a release build.
filters.append(("default", None, DeprecationWarning, _Pattern("__main__", False, True), 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))

for _arg in getattr(sys, "warnoptions", ()):
    raise NotImplementedError("warnings: -W options are not supported by Coil")
