# int.to_bytes / int.from_bytes: defaults, byte orders, signed, big ints, OverflowError texts
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(), (0).to_bytes(0), True.to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, signed=True), (127).to_bytes(1, signed=True))
print((2**64).to_bytes(9, 'big'), (-2**63).to_bytes(8, signed=True), (2**100 - 1).to_bytes(13, 'little'))
print((-2**100).to_bytes(13, 'little', signed=True), (1).to_bytes(length=3, byteorder='little'))
print(int.from_bytes(b'\xff\xff', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b''), int.from_bytes(b'', signed=True))
print(int.from_bytes(bytes(range(20)), 'little', signed=True), int.from_bytes(b'\x80' + bytes(19), signed=True))
print(int.from_bytes(bytearray(b'\xff'), 'big', signed=False), int.from_bytes(b'\x01\x02', byteorder='little'), bool.from_bytes(b'\x01'))
for n in [0, 1, -1, 255, -256, 2**31, -2**31, 2**63 - 1, 10**30, -10**30]:
    for order in ['big', 'little']:
        b = n.to_bytes(16, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == n
print('round trips ok')
for f in [lambda: (-129).to_bytes(1, signed=True), lambda: (128).to_bytes(1, signed=True), lambda: (-1).to_bytes(2),
          lambda: (256).to_bytes(), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1, 'mid'), lambda: (1).to_bytes(1, 1),
          lambda: (1).to_bytes('a'), lambda: int.from_bytes('ab'), lambda: int.from_bytes(5), lambda: (1).to_bytes(0),
          lambda: int.from_bytes(b'\x00', 'mid'), lambda: int.from_bytes(), lambda: (2**70).to_bytes(8)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((5).bit_length(), (-5).bit_count(), (0).bit_length(), (6).as_integer_ratio(), (2**70).bit_length(), True.bit_length())
