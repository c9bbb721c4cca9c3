# bytearray subclasses: __init__ with super().__init__, __new__/__init__ split as CPython
class Doubled(bytearray):
    def __init__(self, data):
        super().__init__(data * 2)
        self.n = len(data)
d = Doubled(b'ab'); print(d, d.n, len(d), type(d).__name__)
class Plain(bytearray): pass
print(Plain(b'xy'), Plain(3), Plain('é', 'utf-8'), Plain())
class Lazy(bytearray):
    def __init__(self, *a): pass
print(Lazy(b'zz'), len(Lazy(b'zz')))
x = bytearray(b'abc'); bytearray.__init__(x, b'q'); print(x)
try: Plain(1, 2, 3, 4)
except TypeError as e: print(e)
try: bytes(1,2,3,4)
except TypeError as e: print(e)
