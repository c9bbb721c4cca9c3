# 'await' outside an async function is a compile-time SyntaxError.
def f():
    x = await something()
    return x
