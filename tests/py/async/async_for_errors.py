# CPython's error texts for async for over wrong objects.
import asyncio

class NoAnext:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

class AiterIsNone:
    __aiter__ = None

async def main():
    for obj in (1, [1, 2], NoAnext(), BadAnext()):
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for x in AiterIsNone():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
