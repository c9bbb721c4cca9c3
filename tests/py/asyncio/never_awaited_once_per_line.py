# A "coroutine ... was never awaited" warning is shown once per source line
# and coroutine name, as CPython's warnings registry does: a loop dropping
# one coroutine per pass warns once, two names on one line warn twice.
import asyncio


async def work(n):
    return n


async def other(n):
    return n


def drop_in_loop():
    for i in range(5):
        work(i)
    print("loop done")


def drop_two_names():
    for i in range(3):
        work(i); other(i)
    print("pairs done")


async def main():
    for i in range(4):
        asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


drop_in_loop()
drop_two_names()
asyncio.run(main())
drop_in_loop()
print("end")
