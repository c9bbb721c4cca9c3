# Without configuration: warnings and above go to stderr as the bare message;
# the module-level helpers configure the root logger on first use.
import logging
import sys

log = logging.getLogger("app")
log.debug("hidden debug")
log.info("hidden info")
log.warning("careful: %s", "x")
log.error("bad %d/%d", 1, 2)
log.critical("boom")
print("root handlers:", logging.getLogger().handlers)
print(logging.lastResort)
print(log.hasHandlers())
logging.info("still hidden")
print("after info:", logging.root.handlers)
logging.warning("now %s", "formatted")
log.warning("child through root")
logging.error("mapping %(a)s and %(b)r", {"a": 1, "b": "two"})
logging.log(logging.ERROR, "via log")
try:
    logging.log("ERROR", "x")
except TypeError as e:
    print("TypeError:", e)
print(logging.root.level, logging.getLevelName(logging.root.level))
sys.stderr.flush()
