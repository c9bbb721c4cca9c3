# float.hex / float.fromhex, as_integer_ratio, is_integer
for x in [1.5, 1.0, -0.1, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'),
          float('-inf'), float('nan'), 3.14159, 1e-310, 0.5, 1024.0]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for s in ['0x1.8p+0', '1.8p0', '  -0X1P-2  ', 'inf', '-Infinity', 'nan', '0x.8', '0x1.', 'ff', '0x1p10000', '0x1p-1080',
          '0x1.fffffffffffff8p0', 'x', '0x', '0x1p', '1.2.3', '', '0x1g', '0x1 p3', '+0x10']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
for f in [lambda: float.fromhex(1), lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
