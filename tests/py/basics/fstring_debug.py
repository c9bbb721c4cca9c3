# The = debugging specifier.
x = 10
name = "coil"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{x=:5d}|")
print(f"{3.14159=:.2f}")
print(f"{x + 1 = }")
print(f"{[1, 2]=}")
print(f"{len(name)=} and {x=}")
