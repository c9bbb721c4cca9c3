x = 1
doc = """This docstring
never ends

print(x)
