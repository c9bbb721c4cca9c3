# 'return' with a value in an async generator is a SyntaxError.
async def g():
    yield 1
    return 5
