# A name assigned from an await keeps its old value while the awaited call
# runs and when it raises; awaits nested in expressions and arguments.
import asyncio

async def fail():
    raise ValueError('no')

async def value(v):
    await asyncio.sleep(0)
    return v

async def peek(get):
    await asyncio.sleep(0)
    return get()

async def main():
    x = 'before'
    try:
        x = await fail()
    except ValueError as e:
        print('x is', x, '-', e)
    y = 'old'
    y = await peek(lambda: y)
    print('y saw', y)
    print(await value(1) + await value(2), [await value(i) for i in range(3)])
    print(max(await value(5), await value(7)), (await value('t'),))
    d = {'k': await value('v')}
    print(d, await value(await value('nested')))

asyncio.run(main())
