# exception()/exc_info print the traceback after the message; exc_info given as
# an exception or a tuple; the cached exc_text.
import logging
import sys

logging.basicConfig(format="%(levelname)s %(message)s")
log = logging.getLogger("exc")

def fail(n):
    if n == 0:
        raise ValueError("bad value")
    fail(n - 1)

try:
    fail(2)
except ValueError:
    log.exception("caught %s", "it")
try:
    raise KeyError("k")
except KeyError as e:
    saved = e
    log.error("with tuple", exc_info=sys.exc_info())
log.warning("from instance", exc_info=saved)
log.info("not shown", exc_info=True)
log.error("no exception active", exc_info=True)
logging.basicConfig(level=logging.DEBUG)
try:
    raise KeyError("missing")
except KeyError:
    logging.exception("module level")
print("done")
