# A directory without __init__.py is a namespace package (PEP 420).
import _helpers.nspkg_plain.mod as m
import _helpers.nspkg_plain as ns
print(m.VALUE, ns.__file__, ns.__package__, m.__package__)
print(hasattr(ns, "mod"), len(ns.__path__))
