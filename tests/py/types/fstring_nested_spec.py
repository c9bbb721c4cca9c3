# Nested replacement fields in format specs.
x = 3.14159265
for w, p in [(10, 2), (8, 4), (6, 0)]:
    print(f"[{x:{w}.{p}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}11}]")
width = 7
print(f"[{42:>{width}}]", f"[{42:<{width}d}]")
print("[{:{}.{}f}]".format(2.71828, 9, 3))
print(f"{'{'}{x:.1f}{'}'}")
print(f"{{x}} {{{x:.0f}}}")
