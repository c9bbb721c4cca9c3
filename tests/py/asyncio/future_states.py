# Future: result/exception/done/cancelled, set_result/set_exception, InvalidStateError texts.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(42)
    print(repr(f), f.done(), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result raised", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.isfuture(f), asyncio.isfuture(1), isinstance(f, asyncio.Future))

asyncio.run(main())
