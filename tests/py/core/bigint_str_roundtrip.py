# str() and int() of a 500-digit number.
digits = "".join(str((i * 7 + 3) % 10) for i in range(500))
digits = "9" + digits[1:]
n = int(digits)
print(len(digits), len(str(n)), str(n) == digits)
print(str(n)[:40])
print(str(n)[-40:])
print(n % 1000000007)
m = int("-" + digits)
print(str(m)[:20], m + n)
print(int(str(n * n)) == n * n, len(str(n * n)))
print(n // 10 ** 490)
