# Conversion flags !r, !s, !a.
s = "héllo"
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{s!r} {s!s} {s!a}")
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{42!r} {3.5!s} {None!a}")
print(f"{'ü'!a:>10}|")
print(f"{[s]!a}")
print(f"{s!r:^12}|")
snow = "\u2603"
print(f"{snow!a} {snow!r} {snow}")
