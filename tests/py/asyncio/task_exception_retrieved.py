# Retrieving a failed task's exception (exception(), await, result()) prevents the report.
import asyncio

async def bad(n):
    raise ValueError(n)

async def main():
    t1 = asyncio.create_task(bad(1))
    t2 = asyncio.create_task(bad(2))
    t3 = asyncio.create_task(bad(3))
    await asyncio.sleep(0)
    print(repr(t1.exception()))
    try:
        await t2
    except ValueError as e:
        print("awaited", e)
    try:
        t3.result()
    except ValueError as e:
        print("result", e)

asyncio.run(main())
