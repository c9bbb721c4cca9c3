# Awaiting a failed task or future again: the first raise carries the
# traceback saved when it failed, later ones only their own frames.
import asyncio, traceback
async def bad(): raise ValueError("x")
async def main():
    t = asyncio.create_task(bad()); await asyncio.sleep(0)
    for _ in range(2):
        try: await t
        except ValueError: traceback.print_exc()
    try: t.result()
    except ValueError: traceback.print_exc()
    f = asyncio.get_running_loop().create_future()
    try: raise KeyError("k")
    except KeyError as e: f.set_exception(e)
    for _ in range(2):
        try: await f
        except KeyError: traceback.print_exc()
asyncio.run(main())
