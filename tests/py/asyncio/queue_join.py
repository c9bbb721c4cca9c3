# Queue.join waits for task_done of every item; too many task_done is an error.
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        for _ in range(item % 3):
            await asyncio.sleep(0)
        print(name, "processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
