# TimedRotatingFileHandler with time.time replaced by a fake clock: rollover
# times for S/M/H/D/MIDNIGHT/W with intervals and atTime (UTC), the dated
# names of rolled files, backupCount trimming, and the argument errors.
import datetime
import logging
import logging.handlers
import os
import time

base = "_logging_timed.log"
def files():
    return sorted(f for f in os.listdir(".") if f.startswith(base))
def cleanup():
    for f in files():
        os.remove(f)

now = [1700000000]
real_time = time.time
time.time = lambda: now[0]
cleanup()
try:
    for when, interval, at in (("S", 5, None), ("M", 2, None), ("H", 1, None), ("D", 1, None),
                               ("midnight", 1, None), ("MIDNIGHT", 1, datetime.time(6, 30)),
                               ("MIDNIGHT", 1, datetime.time(23, 0)), ("W0", 1, None),
                               ("W1", 1, None), ("W6", 1, datetime.time(12))):
        h = logging.handlers.TimedRotatingFileHandler(base, when=when, interval=interval, utc=True,
                                                      atTime=at, delay=True)
        print(when, interval, at, h.interval, h.rolloverAt - now[0], h.suffix)
        h.close()
    log = logging.getLogger("timed")
    log.propagate = False
    h = logging.handlers.TimedRotatingFileHandler(base, when="M", backupCount=2, utc=True, delay=True)
    h.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(h)
    for step in range(10):
        log.warning("record %d", step)
        now[0] += 50
    print(files())
    for f in files():
        with open(f) as fh:
            print(f, repr(fh.read()))
    log.removeHandler(h)
    h.close()
    for bad in ("W", "W7", "fortnight"):
        try:
            logging.handlers.TimedRotatingFileHandler(base, when=bad, delay=True)
        except ValueError as e:
            print("ValueError:", e)
finally:
    time.time = real_time
    cleanup()
