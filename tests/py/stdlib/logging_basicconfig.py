# basicConfig: level, format, stream; a second call does nothing without
# force=True; argument errors; handlers=; filename writes a file.
import logging
import sys
import os

logging.basicConfig(level=logging.INFO, format="%(name)s|%(levelname)s|%(message)s",
                    stream=sys.stdout)
logging.info("one")
logging.debug("hidden")
logging.basicConfig(level=logging.DEBUG, format="IGNORED %(message)s")
logging.debug("still hidden")
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(force=True, format="{levelname}:{message}", style="{", stream=sys.stdout)
logging.warning("forced")
print(logging.root.level)
for kw in ({"stream": sys.stdout, "filename": "x"},
           {"handlers": [], "stream": sys.stdout},
           {"style": "#"},
           {"bogus": 1, "other": 2}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError:", e)
h = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[h], level="DEBUG")
logging.debug("through handlers=")
print(logging.root.handlers == [h], h.formatter._fmt)

name = "_logging_basicconfig.tmp"
logging.basicConfig(force=True, filename=name, filemode="w", format="%(levelname)s %(message)s")
logging.error("to file %d", 1)
logging.getLogger("f").warning("to file %d", 2)
fh = logging.root.handlers[0]
print(type(fh).__name__, os.path.basename(fh.baseFilename), fh.mode)
logging.shutdown()
with open(name) as f:
    print(f.read(), end="")
os.remove(name)
logging.basicConfig(force=True)
logging.warning("default format")
