# TaskGroup misuse errors.
import asyncio

async def noop():
    pass

async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], "...", str(e).split(" ")[-1])
    c.close()
    async with tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError: ...", str(e).split(" ")[-1])
    c.close()
    tg2 = asyncio.TaskGroup()
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print("RuntimeError: ...", str(e).split(" ")[-1])

asyncio.run(main())
