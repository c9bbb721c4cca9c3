async def agen():
    yield 1
async for x in agen():
    print(x)
