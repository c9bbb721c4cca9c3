x = 1
if len(x) = 1:
    pass
