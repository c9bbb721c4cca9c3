def f():
    class = 3
    return class
