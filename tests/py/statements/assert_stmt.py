# assert with and without message.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
try:
    x = 5
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print(e)
calls = []
assert calls.append(1) is None, calls.append(2)
print(calls)
def validate(n):
    assert isinstance(n, int), ("not an int", n)
    return n * 2
print(validate(4))
try:
    validate("s")
except AssertionError as e:
    print(e.args[0])
assert 0 < 1, "ok"
assert False, "final assertion fails"
