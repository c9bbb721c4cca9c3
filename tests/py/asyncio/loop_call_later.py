# call_at / call_later order by deadline; equal deadlines run in the order
# CPython's timer heap gives them.  (Every deadline of the first batch is
# computed from one base time, so the heap's shape does not depend on timing.)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    base = loop.time()
    loop.call_at(base + 0.03, order.append, "30ms")
    loop.call_at(base + 0.01, order.append, "10ms")
    loop.call_at(base + 0.02, order.append, "20ms")
    for name in ("t1", "t2", "t3"):
        loop.call_at(base + 0.015, order.append, name)
    h = loop.call_at(base + 0.012, order.append, "cancelled")
    h.cancel()
    loop.call_at(base + 0.04, done.set_result, None)
    print(type(h).__name__, h.cancelled(), isinstance(h.when(), float))
    await done
    print(order)
    later = loop.create_future()
    loop.call_later(0.01, later.set_result, "call_later fired")
    print(await later)
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - t0 >= 0.015)

asyncio.run(main())
