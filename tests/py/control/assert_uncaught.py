# An uncaught assertion with a message.
def check(values):
    for v in values:
        assert v >= 0, f"negative value: {v}"
    return "ok"

print(check([1, 2, 3]))
print(check([1, -2, 3]))
