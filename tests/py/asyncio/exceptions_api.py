# asyncio's exception classes.
import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__mro__[1].__name__, asyncio.CancelledError.__module__)
print(asyncio.InvalidStateError.__module__, issubclass(asyncio.InvalidStateError, Exception))
print(repr(asyncio.CancelledError("msg")), str(asyncio.CancelledError("msg")))
e = asyncio.IncompleteReadError(b"ab", 5)
print(str(e), e.partial, e.expected)
print(issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(sorted(n for n in asyncio.__all__ if n.endswith("Error"))[:6])
