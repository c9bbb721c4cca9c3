# The loop's exception handler: failing callbacks, custom handlers, call_exception_handler.
import asyncio

def broken():
    raise ZeroDivisionError("in callback")

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "exception": KeyError("x")})
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
