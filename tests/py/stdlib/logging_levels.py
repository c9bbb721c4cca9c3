# Level numbers and names, setLevel with names, effective levels through the
# hierarchy, isEnabledFor and disable().
import logging

for n in (0, 10, 20, 30, 40, 50, 25, "INFO", "WARN", "FATAL", "nope"):
    print(repr(n), "->", repr(logging.getLevelName(n)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items())[:3])
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
print(a.level, ab.level, ab.getEffectiveLevel())
a.setLevel("DEBUG")
print(a.level, ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG))
print(repr(a), repr(ab), repr(logging.getLogger()))
for bad in ("LOUD", 2.5, None):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.disable(logging.INFO)
print(ab.isEnabledFor(logging.INFO), ab.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
print(ab.isEnabledFor(logging.INFO))
print(logging.WARN, logging.FATAL, logging.NOTSET)
h = logging.StreamHandler()
print(repr(h))
h.setLevel(logging.ERROR)
print(repr(h), h.level)
print(repr(logging.NullHandler()))
