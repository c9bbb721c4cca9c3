# Every augmented assignment operator on ints.
x = 100
x += 5; print(x)
x -= 10; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 50; print(x)
x **= 2; print(x)
x /= 4; print(x)
y = 0b1111
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b0011; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
f = 1.5
f += 1; f *= 2; f -= 0.5; print(f)
