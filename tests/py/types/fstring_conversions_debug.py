# f-string !r, !s, !a and = specifier.
x = "it's"
y = 3.5
z = [1, "a"]
print(f"{x!r}", f"{x!s}", f"{'é'!a}", f"{z!r}")
print(f"{x=}", f"{y=}", f"{z=}")
print(f"{y = }", f"{y=:.2f}", f"{x=!s}")
print(f"{1 + 2=}", f"{len(z)=}")
print(f"{x!r:>10}|")
