def f():
    return 5]
