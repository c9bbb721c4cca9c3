# struct: pack/unpack/calcsize/iter_unpack/unpack_from/pack_into, Struct, byte orders, half floats, error texts
import struct
for fmt,args in [('b',(200,)),('B',(-1,)),('h',(40000,)),('H',(-1,)),('i',(2**31,)),('I',(-1,)),('<i',(2**31,)),('<I',(-1,)),('q',(2**63,)),('<Q',(-1,)),('l',(2**63,)),('<l',(2**31,)),('i',('a',)),('i',(1.5,)),('c',(b'ab',)),('c',(1,)),('s',('a',)),('?',([],)),('ii',(1,)),('i',(1,2)),('<n',(1,)),('z',(1,)),('e',(1e10,)),('f',(1e300,)),('<f',(1e300,)),('<I', (2**32,)), ('3', ()), ('d', ('x',))]:
  try: print(fmt, struct.pack(fmt,*args))
  except Exception as e: print(fmt, type(e).__name__, e)
for fmt,b in [('i',b'abc'),('<h',b'\x01\x02'),('2s',b'ab'),('>?',b'\x02'),('<5p', b'\x03abcd'), ('<e', b'\x00\x3c'), ('>e', b'\x7c\x00'), ('<f', b'\x00\x00\xc0\x3f')]:
  try: print(struct.unpack(fmt,b))
  except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('bq'), struct.calcsize('3s2xh'), struct.error, struct.error.__mro__)
print(struct.pack('>hHiIqQ?cxs3s5pfde', -2, 2, -3, 3, -4, 4, True, b'z', b'ab', b'hello', b'pas', 1.5, 2.5, 0.5))
print(struct.pack('@bhiq', 1,2,3,4), struct.pack('<2h', 1, 2), struct.unpack('<2h', b'\x01\x00\x02\x00'), struct.pack('P', 5))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', 2), struct.Struct('<h').size)
for x in [1.0, 0.5, 65504.0, 1e-7, 6e-8, 3e-8, 0.1, -2.5, 65519.0, float('inf'), 2049.0, 2051.0]:
    b = struct.pack('<e', x); print(x, b, struct.unpack('<e', b))
s = struct.Struct('>IH')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x00\x00\x00\x01\x00\x02'), s.unpack_from(b'xx\x00\x00\x00\x01\x00\x02', 2))
ba = bytearray(8); struct.pack_into('<hh', ba, 2, 1, -1); print(ba)
v = struct.unpack('<qQdf', struct.pack('<qQdf', -2**63, 2**64-1, 1.1, 1.1)); print(v)
try: struct.unpack('<h', b'x')
except struct.error as e: print('caught', e)
try: struct.unpack_from('<i', b'xx', 1)
except struct.error as e: print(e)
try: list(struct.iter_unpack('<h', b'xxx'))
except struct.error as e: print(e)
print(struct.pack(b'<h', 7), struct.pack('<2s', bytearray(b'abc')), struct.pack('<i', True), struct.unpack('<3c', b'abc'))
