# Task.get_stack()/print_stack(): the suspended coroutine's frame, nothing
# once done; 3.11's Task and Handle have no get_context().
import asyncio, io, os, sys

def show(t):
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.dirname(__file__) + os.sep, ""), end="")
async def inner():
    await asyncio.sleep(0.01)
async def work():
    await inner()
async def main():
    t = asyncio.create_task(work(), name="W")
    await asyncio.sleep(0)
    f = t.get_coro().cr_frame
    print(type(f).__name__, f.f_code.co_name, f.f_lineno, f.f_back)
    print([(fr.f_code.co_name, fr.f_lineno) for fr in t.get_stack()])
    print(t.get_stack(limit=0))
    show(t)
    await t
    print(t.get_stack())
    show(t)
    async def bad():
        raise ValueError("x")
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print([(fr.f_code.co_name, fr.f_lineno) for fr in b.get_stack()], [fr.f_code.co_name for fr in b.get_stack(limit=1)])
    show(b)
    print([fr.f_code.co_name for fr in asyncio.current_task().get_stack()][-1:])
    print(hasattr(t, "get_context"), hasattr(asyncio.get_running_loop().call_soon(print), "get_context"))
asyncio.run(main())
