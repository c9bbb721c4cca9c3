# The `as` name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print(type(saved).__name__, saved)
