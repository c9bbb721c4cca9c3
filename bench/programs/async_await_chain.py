# An await chain that never suspends: main awaits mid awaits leaf, 300,000 times.
import asyncio

async def leaf(x):
    return x + 1

async def mid(x):
    return await leaf(x) * 2

async def main():
    total = 0
    for i in range(300000):
        total += await mid(i)
    return total

print(asyncio.run(main()))
