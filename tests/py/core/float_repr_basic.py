# Shortest round-trip float repr.
vals = [0.1 + 0.2, 1.0, 0.5, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-5, 0.0001, 1e-4, 1.5e-7, 100.0, 3.14159, -2.5, 1e22, 1e21, 1e-320]
for v in vals:
    print(repr(v), str(v))
print(0.1, 0.2, 0.3, 0.1 * 3)
print(float("1.10"), float("  2.5 "), float("-1e3"), float("1_0.5"))
print(9007199254740993.0, 2.0 ** 0.5)
