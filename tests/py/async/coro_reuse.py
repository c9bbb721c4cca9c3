# Awaiting a finished coroutine: "cannot reuse already awaited coroutine".
import asyncio

async def value():
    return 7

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(value())
    print(await t)
    print(await t)

asyncio.run(main())
