# logging.handlers: RotatingFileHandler rolls files over by size with a
# backup count (and a namer), MemoryHandler buffers until capacity or an
# ERROR, QueueHandler puts prepared records on an asyncio queue.
import asyncio
import logging
import logging.handlers
import os
import sys

base = "_logging_handlers_rot.log"
def files():
    return sorted(f for f in os.listdir(".") if f.startswith(base))
def cleanup():
    for f in files():
        os.remove(f)

cleanup()
log = logging.getLogger("rot")
log.propagate = False
h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
for i in range(8):
    log.warning("message number %d", i)
print(files())
for f in files():
    with open(f) as fh:
        print(f, repr(fh.read()))
h.namer = lambda name: name + ".bak"
h.doRollover()
print(files())
log.removeHandler(h)
h.close()
cleanup()

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target: %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mem)
ml.warning("one")
ml.warning("two")
print("buffered", len(mem.buffer))
ml.warning("three")
print("after capacity", len(mem.buffer))
ml.warning("four")
ml.error("five flushes")
ml.info("not enabled")
ml.warning("six")
mem.close()
print(mem.target, len(mem.buffer))
buf = logging.handlers.BufferingHandler(2)
buf.handle(logging.makeLogRecord({"msg": "a"}))
print(len(buf.buffer), buf.shouldFlush(None))

async def main():
    q = asyncio.Queue()
    qh = logging.handlers.QueueHandler(q)
    qh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
    ql = logging.getLogger("queue")
    ql.propagate = False
    ql.addHandler(qh)
    ql.warning("hello %s", "queue")
    try:
        raise ValueError("v")
    except ValueError:
        ql.exception("with exc")
    while not q.empty():
        r = q.get_nowait()
        lines = r.msg.splitlines()
        print(repr(lines[0]), repr(lines[-1]), len(lines), r.args, r.exc_info, r.exc_text)
    listener = logging.handlers.QueueListener(q, target)
    listener.handle(logging.makeLogRecord({"msg": "via listener", "levelname": "INFO"}))
asyncio.run(main())

# WatchedFileHandler reopens its file after it was moved away or removed.
wname = "_logging_handlers_watched.log"
wl = logging.getLogger("watched")
wl.propagate = False
wh = logging.handlers.WatchedFileHandler(wname)
wh.setFormatter(logging.Formatter("%(message)s"))
wl.addHandler(wh)
wl.warning("first")
os.rename(wname, wname + ".old")
wl.warning("second")
os.remove(wname)
wl.warning("third")
wl.removeHandler(wh)
wh.close()
for f in (wname + ".old", wname):
    with open(f) as fh:
        print(f, repr(fh.read()))
    os.remove(f)
