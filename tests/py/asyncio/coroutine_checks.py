# iscoroutine / iscoroutinefunction.
import asyncio

async def af():
    pass

def f():
    pass

class C:
    async def m(self):
        pass

c = af()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(af), asyncio.iscoroutine(1))
print(asyncio.iscoroutinefunction(af), asyncio.iscoroutinefunction(f),
      asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C.m))
c.close()
