# Big integers: powers and factorial.
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(2 ** 100 + 1, 2 ** 100 - 2 ** 99)
print(10 ** 30 * 10 ** 30)
print(12345678901234567890 * 98765432109876543210)
print(2 ** 100 // 3, 2 ** 100 % 3)
print((2 ** 100) ** 2)
print(type(2 ** 100).__name__)
