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
_filters_version = 1
_registries = {}  # module name -> {key: True, "version": n}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


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
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, ValueError, UnicodeError):
        return None
    return None


def _formatwarnmsg_impl(msg):
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = None
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    # A replaced warnings.formatwarning is honoured, as in CPython.
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _registry_for(module):
    reg = _registries.get(module)
    if reg is None:
        reg = _registries[module] = {}
    if reg.get("version") != _filters_version:
        reg.clear()
        reg["version"] = _filters_version
    return reg


def _warn_impl(stack, message, category=None, stacklevel=1, source=None):
    # warn() is native (_warnings.warn): it passes the stack and raises the
    # exception this returns when a filter says "error".
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
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
    return _warn_explicit_impl(None, message, category, filename, lineno, module, None, None, source)


def _warn_explicit_impl(stack, message, category, filename, lineno, module=None, registry=None,
                        module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    if registry is None:
        registry = _registry_for(module)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
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
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        _set_filters(m.filters)
        _filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            _set_impl(log.append)
            m.showwarning = m._showwarning_orig
            _set_showwarning(m._showwarning_orig)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        _set_filters(self._filters)
        _filters_mutated()
        m.showwarning = self._showwarning
        _set_showwarning(self._showwarning)
        m._showwarnmsg_impl = self._showwarnmsg_impl
        _set_impl(self._showwarnmsg_impl)


def _set_filters(value):
    global filters
    filters = value


def _set_showwarning(value):
    global showwarning
    showwarning = value


def _set_impl(value):
    global _showwarnmsg_impl
    _showwarnmsg_impl = value


# CPython's default filters for a release build.
filters.append(("default", None, DeprecationWarning, _Pattern("__main__", False, True), 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))

for _arg in getattr(sys, "warnoptions", ()):
    raise NotImplementedError("warnings: -W options are not supported by Coil")
