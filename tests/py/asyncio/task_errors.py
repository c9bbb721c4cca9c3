# Task misuse: non-coroutines, set_result on a task, awaiting itself.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for bad in (1, lambda: None):
        try:
            loop.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])
    t = asyncio.create_task(asyncio.sleep(0))
    for meth in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            meth()
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

asyncio.run(main())
