# throw() into asend/athrow/aclose awaitables: the exception goes straight
# into the generator; an athrow()/aclose() not yet started keeps its own
# exception for its first send (CPython 3.11 semantics).
import asyncio, types


@types.coroutine
def bare():
    yield


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(e))


async def catcher():
    try:
        yield 1
    except KeyError:
        print("catcher caught KeyError")
        yield 2
    except GeneratorExit:
        print("catcher got GeneratorExit")
        raise
    print("catcher end")


async def sleeper():
    try:
        yield 1
    finally:
        print("sleeper finally")
        await bare()
        print("sleeper finally done")


async def main():
    g = catcher()
    a = g.aclose()
    show("created aclose.throw", lambda: a.throw(KeyError("k")))
    show("then send", lambda: a.send(None))
    show("anext after", lambda: g.__anext__().send(None))

    g = catcher()
    await anext(g)
    a = g.athrow(ValueError("v"))
    show("athrow.throw KeyError", lambda: a.throw(KeyError("k")))
    show("athrow.send", lambda: a.send(None))
    show("athrow.send again", lambda: a.send(None))

    g = catcher()
    await anext(g)
    a = g.aclose()
    show("aclose.throw KeyError", lambda: a.throw(KeyError("k")))
    show("aclose.send", lambda: a.send(None))

    g = catcher()
    await anext(g)
    await g.aclose()
    a = g.aclose()
    show("exhausted aclose.throw", lambda: a.throw(KeyError("k")))
    show("exhausted aclose.send", lambda: a.send(None))

    g = sleeper()
    await anext(g)
    a = g.aclose()
    show("sleeper throw", lambda: a.throw(ValueError("x")))
    show("sleeper throw2", lambda: a.throw(TypeError("y")))
    show("sleeper send", lambda: a.send(None))

    g = sleeper()
    await anext(g)
    a = g.athrow(ValueError("first"))
    show("athrow send1", lambda: a.send(None))
    show("athrow throw", lambda: a.throw(KeyError("second")))
    show("athrow send2", lambda: a.send(None))
    show("anext", lambda: g.__anext__().send(None))

    # 3.11 leaves the generator marked running after this one
    g = sleeper()
    await anext(g)
    a = g.aclose()
    show("aclose send", lambda: a.send(None))
    show("aclose throw", lambda: a.throw(ValueError("x")))
    show("aclose send2", lambda: a.send(None))
    show("anext", lambda: g.__anext__().send(None))
    show("await aclose", lambda: g.aclose().send(None))

    g = sleeper()
    await anext(g)
    a = g.__anext__()
    show("asend throw", lambda: a.throw(ValueError("x")))
    show("asend send", lambda: a.send(None))
    show("asend throw again", lambda: a.throw(ValueError("z")))

    g = sleeper()
    a = g.__anext__()
    show("fresh asend throw", lambda: a.throw(ValueError("x")))
    show("anext", lambda: g.__anext__().send(None))

    g = sleeper()
    await anext(g)
    a = g.aclose()
    a.close()
    show("closed op send", lambda: a.send(None))
    show("closed op throw", lambda: a.throw(KeyError))
    await g.aclose()


asyncio.run(main())
