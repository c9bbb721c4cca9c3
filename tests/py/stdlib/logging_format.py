# Formatter fields (%-style, {}-style, $-style), funcName/lineno/module,
# datefmt with a fixed record time, defaults=, validation errors.
import logging
import sys
import time

def show(fmt, style="%", **kw):
    f = logging.Formatter(fmt, style=style, **kw)
    rec = logger.makeRecord("demo", logging.INFO, "/some/dir/mod.py", 42,
                            "hello %s", ("world",), None, "func")
    rec.created = 86400 * 365.25
    rec.msecs = 123.0
    print(f.format(rec))

logger = logging.getLogger("demo")
show("%(levelname)s:%(name)s:%(message)s")
show("%(levelno)d %(filename)s %(module)s %(lineno)d %(funcName)s")
show("[%(levelname)-8s] %(message)r")
show("{levelname} {name} {message!r:>15}", style="{")
show("${levelname} ${name} $message", style="$")
show("%(custom)s|%(message)s", defaults={"custom": "dflt"})
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H:%M")
f.converter = time.gmtime
rec = logging.makeRecord = logger.makeRecord("d", 20, "p", 1, "m", (), None)
rec.created = 1000000000.5
rec.msecs = 500.0
print(f.format(rec))
f = logging.Formatter("%(asctime)s|%(message)s")
f.converter = time.gmtime
print(f.format(rec))
print(f.formatTime(rec, "%H"))
for fmt, style in (("no fields", "%"), ("no fields", "{"), ("x", "?"), ("$$", "$")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(rec))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(message)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
def work():
    logger.debug("in work")
work()
logger.info("at top")
class K:
    def meth(self):
        logger.warning("in meth")
K().meth()
logger.info("pct %d%% done", 50)
logger.info("no args %s")
logger.info({"not": "a string"})
logger.info("extra %(user)s", {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
logger.info("with extra", extra={"user": "ann"})
try:
    logger.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
