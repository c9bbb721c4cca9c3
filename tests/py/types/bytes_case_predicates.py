# bytes: ASCII case mapping and the is* predicates (non-ASCII bytes are never letters)
b = b'Hello World \xe9x'
print(b.upper(), b.lower(), b.swapcase(), b'hello world'.title(), b"they're 3rd".title(), b'hELLO wORLD'.capitalize())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b'abc'.islower(), b'ABC'.isupper(), b' \t\n'.isspace())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'\x80'.isascii(), b''.isascii(), b''.isalpha(), b''.isspace())
print(b'\xe9'.isalpha(), b'ABC1'.isupper(), b'1'.islower(), b'a b'.isalpha(), b'3'.isalnum(), b'A1'.istitle())
try:
    b.upper(1)
except TypeError as e:
    print(e)
try:
    b.isalpha(1)
except TypeError as e:
    print(e)
