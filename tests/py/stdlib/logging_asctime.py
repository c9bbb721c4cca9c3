# %(asctime)s with the default time format (with milliseconds), datefmt,
# default_msec_format, and records whose creation time is fixed by replacing
# time.time (the converter is time.gmtime, so the zone does not matter).
import logging
import sys
import time

logging.Formatter.converter = time.gmtime
real_time = time.time
h = logging.StreamHandler(sys.stdout)
log = logging.getLogger("clock")
log.addHandler(h)
log.propagate = False
for fmt, datefmt in (("%(asctime)s %(levelname)s %(message)s", None),
                     ("[%(asctime)s] %(message)s", "%d/%m/%Y %I:%M:%S %p"),
                     ("%(created)f %(msecs)d %(message)s", None),
                     ("{asctime} {msecs:03.0f} {message}", None)):
    style = "{" if fmt.startswith("{") else "%"
    h.setFormatter(logging.Formatter(fmt, datefmt, style=style))
    for t in (0.0, 1000.9999, 1700000000.123456, 951782400.5):
        time.time = lambda t=t: t
        log.warning("at %s", t)
time.time = real_time

class NoMsec(logging.Formatter):
    default_msec_format = None
class Dotted(logging.Formatter):
    default_time_format = "%H:%M:%S"
    default_msec_format = "%s.%03d"
rec = logging.makeLogRecord({"msg": "fixed", "created": 86399.75, "msecs": 750.0})
print(NoMsec("%(asctime)s").format(rec), Dotted("%(asctime)s").format(rec))
print(logging.Formatter().formatTime(rec), logging.Formatter().formatTime(rec, "%j"))
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("%(message)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())
