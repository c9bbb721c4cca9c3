print(sep="-", 1, 2)
