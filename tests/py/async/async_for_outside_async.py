# 'async for' outside an async function is a compile-time SyntaxError.
def f():
    async for x in y:
        pass
