# TypeError messages for unsupported operand types.
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * 2.5,
    lambda: [1] * "x",
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 - "1",
    lambda: "a" - "b",
    lambda: 3 % [],
    lambda: "x" ** 2,
    lambda: 1 & 1.5,
    lambda: 1.5 << 1,
    lambda: {1} + {2},
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
