# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
