# importlib — import_module(), for importing a module whose name is only
# known at run time (absolute, or relative to a given package).  Built on
# the __import__ builtin; reload() and the submodules (util, machinery,
# resources ...) are not provided.

import sys

__all__ = ['import_module']


def _absolute_name(name, package):
    # '.x' is x inside `package`, '..x' is x beside it, and so on.
    dots = len(name) - len(name.lstrip('.'))
    parts = package.split('.')
    if dots > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    anchor = '.'.join(parts[:len(parts) - dots + 1])
    rest = name[dots:]
    return f'{anchor}.{rest}' if rest else anchor


def import_module(name, package=None):
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        name = _absolute_name(name, package)
    # __import__('a.b.c') returns the top package; the module asked for is
    # the one registered under the full name.
    __import__(name)
    return sys.modules[name]
