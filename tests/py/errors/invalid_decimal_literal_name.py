print(2abc)
