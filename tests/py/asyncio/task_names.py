# Task names: Task-N numbering, name=, get_name/set_name, get_coro, current_task.
import asyncio

async def work():
    me = asyncio.current_task()
    return me.get_name()

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(work())
    t2 = asyncio.create_task(work(), name="custom")
    t3 = asyncio.get_running_loop().create_task(work())
    t3.set_name(1234)
    print(await t1, await t2, await t3)
    print(t3.get_name(), type(t3.get_name()).__name__)
    c = work()
    t4 = asyncio.ensure_future(c)
    print(t4.get_coro() is c, await t4)
    print(isinstance(t4, asyncio.Task), isinstance(t4, asyncio.Future))

asyncio.run(main())
print(asyncio.run(work()))
