# An exception escaping loop.run_until_complete: the traceback shows base_events.py.
import asyncio

async def main():
    raise LookupError("missing")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
