class C:
    pass
print("before")
match C():
    case C(1):
        pass
