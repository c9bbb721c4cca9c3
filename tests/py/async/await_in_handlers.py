# await inside except/finally keeps the handled exception (sys.exc_info) intact.
import asyncio
import sys

async def pause():
    await asyncio.sleep(0)

async def main():
    try:
        raise KeyError("outer")
    except KeyError:
        await pause()
        print("after await in except:", repr(sys.exc_info()[1]))
        try:
            raise ValueError("inner")
        except ValueError:
            await pause()
            print("nested:", repr(sys.exc_info()[1]))
        print("back:", repr(sys.exc_info()[1]))
    print("outside:", sys.exc_info()[1])
    try:
        pass
    finally:
        await pause()
        print("finally ran after await")
    try:
        try:
            raise OSError("first")
        finally:
            await pause()
            print("finally during exception")
    except OSError as e:
        print("caught", e)

asyncio.run(main())
