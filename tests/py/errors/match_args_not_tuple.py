class C:
    __match_args__ = ["x"]
match C():
    case C(y):
        pass
