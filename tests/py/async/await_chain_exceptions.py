# Exceptions propagating through await chains and tasks; finally in coroutines.
import asyncio

async def level3(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n

async def level2(n):
    try:
        return await level3(n)
    finally:
        print("level2 finally for", n)

async def level1(n):
    try:
        return await level2(n)
    except ZeroDivisionError as e:
        return "handled: %s" % e

async def main():
    print(await level1(4))
    print(await level1(0))
    task = asyncio.create_task(level3(0))
    try:
        await task
    except ZeroDivisionError as e:
        print("task raised", e, task.done(), type(task.exception()).__name__)

asyncio.run(main())
