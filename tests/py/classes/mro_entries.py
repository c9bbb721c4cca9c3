# PEP 560: a non-class base with __mro_entries__ is replaced by what it returns;
# the class keeps the original bases in __orig_bases__.
class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets


class A:
    pass


class B:
    pass


a = Alias(A, B)


class C(a):
    pass


print(C.__bases__, C.__orig_bases__ == (a,), [k.__name__ for k in C.__mro__])


class D(A):
    pass


print('__orig_bases__' in D.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty(), A):
    pass


print(E.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class F(Bad()):
        pass
except TypeError as e:
    print('TypeError:', e)

print(getattr(True, 'nothing', 'default'), hasattr(False, 'real'))
