# asyncio.timeout / timeout_at: expiry raises TimeoutError, reschedule, expired(), repr.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active]"))
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; expired =", cm.expired(), repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time; expired =", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at fired", type(e.__context__).__name__)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("inner finally")
    except TimeoutError:
        print("outer saw TimeoutError")
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
