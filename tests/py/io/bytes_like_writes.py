# Binary files and BytesIO take any bytes-like object (bytearray, memoryview,
# a slice of one); io.text_encoding; strided memoryview slices of bytes.
import io, os
p = "_scratch_bytes_like_writes.bin"
try:
    with open(p, 'wb') as f:
        print(f.write(memoryview(b'hello')), f.write(bytearray(b'!!')), f.write(memoryview(b'abcdef')[1:3]))
    print(open(p, 'rb').read())
    try:
        open(p, 'wb').write('str')
    except TypeError as e:
        print(e)
finally:
    os.remove(p)
b = io.BytesIO(); b.write(memoryview(b'xyz')); b.write(bytearray(b'12')); print(b.getvalue())
try:
    b.write('s')
except TypeError as e:
    print(e)
print(io.text_encoding(None), io.text_encoding('latin-1'))
m = memoryview(b'abcdefgh')
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:7:3].tobytes(), bytes(m[::2]), m[::3].tolist(), m[::2][1], len(m[::-2]))
