# bytearray: error texts (unhashable, bad assignment, bad indices, range errors)
x = bytearray(b'Hello World')
for f in [lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: x.__setitem__(slice(0, 3, 2), b'x'),
          lambda: x.__setitem__(slice(0, 1), 5), lambda: x.__setitem__(slice(0, 1), 'ab'), lambda: x.extend(5),
          lambda: x.extend('ab'), lambda: x.extend([1, 'a']), lambda: x.insert('a', 1), lambda: x.insert(0, 300),
          lambda: x.pop('a'), lambda: x.pop(70), lambda: bytearray().pop(), lambda: x.remove(300), lambda: x.remove(7),
          lambda: x.remove(b'a'), lambda: x.__delitem__(90), lambda: x.__setitem__('a', 1), lambda: x.__setitem__(0, 'a'),
          lambda: x.__setitem__(0, 256), lambda: x.__setitem__(50, 1), lambda: x[50], lambda: x['a'], lambda: bytearray([256]),
          lambda: bytearray(1.5), lambda: bytearray('ab'), lambda: x + 'a', lambda: x.append(), lambda: x.clear(1),
          lambda: x.insert(1), lambda: x.pop(1, 2), lambda: x.append(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def add_str():
    y = bytearray(b'q')
    y += 'x'
try:
    add_str()
except TypeError as e:
    print(e)
z = bytearray(b'q')
z += [1]
