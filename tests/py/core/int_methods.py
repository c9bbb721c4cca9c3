# Methods and attributes of int and float.
print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator, (7).conjugate())
print((2.5).is_integer(), (3.0).is_integer(), (2.5).real)
print(int.__name__, float.__name__, bool.__name__)
print((255).bit_count(), (-7).bit_count(), (0).bit_count())
print((1.5).as_integer_ratio(), (0.25).as_integer_ratio(), (6).as_integer_ratio())
print(abs(-7).__add__(3))
print((3).__mul__(4), (10).__floordiv__(3))
