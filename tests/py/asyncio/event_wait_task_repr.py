# The repr of a Task running Event.wait(): where it waits, as CPython's (paths shortened).
import asyncio
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    print(repr(t).replace('/usr/lib/python3.11/asyncio', 'DIR'))
    await asyncio.sleep(0)
    print(repr(t).replace('/usr/lib/python3.11/asyncio', 'DIR'))
    ev.set()
    await t
    print(repr(t).replace('/usr/lib/python3.11/asyncio', 'DIR'))
asyncio.run(main())
