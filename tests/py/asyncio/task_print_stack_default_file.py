# Task.print_stack() without file=: as in CPython's base_tasks, the heading
# and the exception line go through print() (stdout), the frames through
# traceback.print_list() (stderr).  stdout is captured to strip the
# script's directory from the task reprs.
import asyncio
import contextlib
import io
import os


def print_stack(task, **kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        task.print_stack(**kw)
    print(buf.getvalue().replace(os.path.dirname(__file__) + os.sep, ""), end="")


async def leaf():
    await asyncio.sleep(1)


async def mid():
    await leaf()


async def bad():
    await asyncio.sleep(0)
    raise ValueError("broken")


async def main():
    m = asyncio.create_task(mid(), name="M")
    b = asyncio.create_task(bad(), name="B")
    await asyncio.sleep(0)
    print_stack(m)
    await asyncio.sleep(0)
    print_stack(b)
    print_stack(b, limit=1)
    m.cancel()
    try:
        await m
    except asyncio.CancelledError:
        pass
    print_stack(m)
    print(repr(b.exception()))


asyncio.run(main())
