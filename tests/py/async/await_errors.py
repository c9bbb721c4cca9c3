# Error texts of await on non-awaitables and bad __await__ results.
import asyncio

class NotIter:
    def __await__(self):
        return 1

class SelfAwait:
    def __await__(self):
        return self

class ReturnsCoro:
    def __await__(self):
        return helper()

async def helper():
    return 1

def plain():
    return 1

async def main():
    for obj in (1, None, "s", [1], plain, NotIter(), SelfAwait()):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        await ReturnsCoro()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
