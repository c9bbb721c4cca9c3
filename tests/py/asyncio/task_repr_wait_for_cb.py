# A pending task's repr: name, coro, then wait_for=, then cb=[...].
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()

    async def w():
        await f

    t = asyncio.create_task(w(), name="T")
    t.add_done_callback(print)
    await asyncio.sleep(0)
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index(" wait_for="):])
    t.remove_done_callback(print)  # printing the task would show this file's path
    f.add_done_callback(print)
    print(repr(f))
    f.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
