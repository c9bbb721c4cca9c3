notcls = 3
match 1:
    case notcls():
        pass
