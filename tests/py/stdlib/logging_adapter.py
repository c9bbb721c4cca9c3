# LoggerAdapter: extra merged into records, process() overridden, levels
# delegated; custom Handler subclass collecting records; setLoggerClass.
import logging
import sys

class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
col = Collect()
col.setFormatter(logging.Formatter("%(levelname)s [%(conn)s] %(message)s"))
log.addHandler(col)
log.propagate = False
ad = logging.LoggerAdapter(log, {"conn": 7})
ad.info("opened %s", "db")
ad.debug("debugging")
ad.warning("warn")
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs

col.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
p = Prefix(log, {"id": "abc"})
p.error("failed %d times", 3)
p.setLevel(logging.ERROR)
p.info("not shown")
p.critical("crit")
print(*col.records, sep="\n")

class MyLogger(logging.Logger):
    def hello(self):
        self.warning("hello from %s", self.name)

logging.setLoggerClass(MyLogger)
m = logging.getLogger("mine")
print(type(m).__name__, logging.getLoggerClass().__name__)
m.addHandler(logging.StreamHandler(sys.stdout))
m.hello()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
r = logging.makeLogRecord({"msg": "m %s", "args": ("a",), "levelno": 10})
print(r.getMessage(), r.levelno, r.name)
