def f():
    try:
        pass
    except* ValueError:
        with open("x") as fh:
            return fh
