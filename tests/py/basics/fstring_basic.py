# Basic f-string interpolation.
name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name.upper()} {len(name)}")
print(f"{[1, 2, 3]} {(1, 2)} {{'k': 1}}")
print(f"{{literal braces}} {n}")
print(f"{'nested' + ' quotes'}")
print(f"{n if n > 10 else 0}")
print(f"{pi:.2f} {n:5d}| {n:<5}| {n:^5}| {n:>5}|")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{n:#x} {n:#o} {n:#b} {n:x} {n:X}")
print(f"{1000000:,} {1000000:_} {0.25:%} {12.5:e}")
print(f"{'abc':*^9}")
print(f"{-5:+d} {5:+d} {5: d}")
print(f"{3.0:g} {1e20:g} {0.0001:g}")
print(F"upper F {n}")
