import sys
def gen():
    x = 1
    yield x
    yield 2
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else None)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
def gen2(
    a,
    b):
    yield a
g2 = gen2(1, 2)
print(g2.gi_frame.f_lineno, g2.gi_frame.f_locals)
async def co():
    return 1
c = co()
print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name, c.cr_running, c.cr_await)
c.close()
print(c.cr_frame)
@staticmethod
def deco():
    yield
class K:
    def m(self):
        yield self
print(K().m().gi_frame.f_lineno)
ge = (i for i in range(3))
print(ge.gi_frame.f_lineno)
def gen3():
    try:
        yield 1
    finally:
        pass
g3 = gen3(); next(g3); g3.close(); print(g3.gi_frame)
print(type(gen().gi_frame).__name__, gen().gi_frame.f_back)
def outer():
    g = gen(); next(g); return g.gi_frame.f_back
print(outer())
import asyncio
async def agen():
    yield 1
    yield 2
ag = agen()
print(ag.ag_frame.f_lineno)
async def main():
    x = await ag.__anext__()
    print(x, ag.ag_frame.f_lineno)
    async for _ in ag:
        pass
    print(ag.ag_frame)
    async def inner():
        await asyncio.sleep(0)
        return 5
    c = inner()
    print(c.cr_frame.f_lineno)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
    print(await t, c.cr_frame)
    me = asyncio.current_task().get_coro()
    print(me.cr_frame is not None, me.cr_running)
asyncio.run(main())
