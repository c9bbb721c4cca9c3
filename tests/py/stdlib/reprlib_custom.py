# reprlib: a configured Repr, subclass hooks and failing reprs
import reprlib
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxlevel, r.fillvalue, r.maxdict, r.maxlong = 3, 12, 2, '+++', 2, 10
print(r.repr(list(range(10))), r.repr('abcdefghijklmnopqrstuvwxyz'), r.repr([[[[1]]]]), r.repr({1: 2, 3: 4, 5: 6}))
print(r.repr(2**64), r.repr(-(2**64)), r.repr([1, [2, [3, [4]]]]), r.repr({1: {2: {3: 4}}}))
class Point:
    def __repr__(self):
        return 'Point(' + ', '.join(str(i) for i in range(20)) + ')'
print(r.repr(Point()), reprlib.repr(Point()))
class Broken:
    def __repr__(self):
        raise ValueError('no repr')
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return '<point>'
    def repr_float(self, obj, level):
        return format(obj, '.2f')
print(MyRepr().repr([Point(), 3.14159, (Point(),)]))
named = type('has space', (), {'__repr__': lambda self: 'spaced'})
class Spaced(reprlib.Repr):
    def repr_has_space(self, obj, level):
        return 'found by has_space'
print(Spaced().repr(named()), reprlib.repr(named()))
try:
    reprlib.Repr(maxlist=3)
except TypeError as e:
    print('TypeError:', e)
