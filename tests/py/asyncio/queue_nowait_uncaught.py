# An uncaught QueueEmpty from get_nowait(): the traceback ends in
# queues.py's get_nowait, as CPython's does; QueueFull likewise.  Also the
# reduce protocol of the stream exceptions (copy).
import asyncio
import copy
import traceback

e = copy.copy(asyncio.IncompleteReadError(b"ab", 5))
print(repr(e), e.partial, e.expected)
e = copy.copy(asyncio.LimitOverrunError("separator not found", 7))
print(repr(e), e.consumed)

q = asyncio.Queue(maxsize=1)
q.put_nowait("a")
try:
    q.put_nowait("b")
except asyncio.QueueFull:
    traceback.print_exc()


async def drain(q):
    while True:
        print("got", q.get_nowait())


asyncio.run(drain(q))
