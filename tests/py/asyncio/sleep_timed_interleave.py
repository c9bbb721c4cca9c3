# Short sleeps wake tasks in deadline order.
import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)
    return name

async def main():
    results = await asyncio.gather(sleeper("slow", 0.05), sleeper("fast", 0.01),
                                   sleeper("mid", 0.03), sleeper("zero", 0))
    print(results)
    print(await asyncio.sleep(0.01, result="sleep result"))
    print(await asyncio.sleep(0, "zero result"))
    print(await asyncio.sleep(-1, "negative"))

asyncio.run(main())
