# asyncio.run: return value, exceptions, the loop is closed afterwards.
import asyncio

async def main(x):
    await asyncio.sleep(0)
    return x * 3

print(asyncio.run(main(5)))

async def fails():
    await asyncio.sleep(0)
    raise KeyError("k")

try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError", e)

captured = []
async def grab():
    captured.append(asyncio.get_running_loop())
asyncio.run(grab())
print(captured[0].is_closed(), captured[0].is_running())
try:
    asyncio.run(123)
except ValueError as e:
    print("ValueError:", e)
