# Conversions to and from float and their errors.
print(float("3.5"), float(" -0.25 "), float("1e-3"), float("inf"), float("-nan"))
print(float(3), float(True), float("0x10" == "16"))
print(int(2.9999999), int(-0.5), int(1e18), int(1e20))
for s in ["abc", "", "1.2.3", "1e", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__)
