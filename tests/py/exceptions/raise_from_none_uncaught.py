# raise ... from None suppresses the context in the traceback.
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected a number, got {s!r}") from None

print(to_int("5"))
to_int("five")
