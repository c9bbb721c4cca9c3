x = 1
match x:
    print(x)
