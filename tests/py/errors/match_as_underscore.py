match 1:
    case x as _:
        pass
