# f-string numeric format specs.
x = 1234567.891
n = 255
print(f"{x:.3f}", f"{x:,}", f"{x:_}", f"{x:,.2f}", f"{x:08.2f}", f"{3.14159:08.2f}")
print(f"{n:+d}", f"{-n:+d}", f"{n: d}", f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:#o}", f"{n:o}", f"{n:b}", f"{n:#b}")
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:,d}", f"{0b11111111:_b}")
print(f"{n:c}", f"{n:d}", f"{n:08b}", f"{n:#010x}")
print(f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.0:.1f}")
print(f"{12:5}|{12.0:5}|")
