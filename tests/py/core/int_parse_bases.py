# int() from strings with bases and formatting.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int(" 12 "), int("\t-7\n"), int("+5"), int("1_000"), int("1_000_000"))
print(int("0"), int("-0"), int("000123"))
print(int(True), int(False), int(7.99), int(-7.99))
print(int("12345678901234567890123"))
print(int(), int("  0x1F  ", 16))
