# Done callbacks: scheduled with call_soon in registration order, removable,
# added to a done future runs soon; remove_done_callback counts removals.
import asyncio

def cb(tag):
    def inner(fut):
        print("callback", tag, fut.result())
    return inner

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(b)
    print("removed", f.remove_done_callback(b))
    f.set_result("value")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one iteration")
    f.add_done_callback(cb("late"))
    print("late callback scheduled")
    await asyncio.sleep(0)
    print("removed", f.remove_done_callback(a))

asyncio.run(main())
