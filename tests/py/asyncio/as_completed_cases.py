# as_completed yields results in completion order; a timeout raises TimeoutError.
import asyncio

async def job(value, delay):
    await asyncio.sleep(delay)
    return value

async def main():
    for fut in asyncio.as_completed([job("slow", 0.05), job("fast", 0.01), job("mid", 0.03)]):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("late", 1), job("early", 0.01)], timeout=0.1):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
