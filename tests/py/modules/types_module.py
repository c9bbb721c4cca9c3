# types: type names, SimpleNamespace, MappingProxyType, new_class/resolve_bases.
import types
import sys


def f():
    pass


def g():
    yield 1


async def co():
    pass


class A:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.ModuleType, types.CoroutineType, types.AsyncGeneratorType)
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(A().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), types.NoneType, types.EllipsisType)
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(types.GenericAlias, types.CellType, types.CodeType, types.NotImplementedType)
print(types.MethodType(lambda self, k: (type(self).__name__, k), A())(3))

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), ns == types.SimpleNamespace(a=1))
ns.c = [1]
del ns.a
print(ns, vars(ns), types.SimpleNamespace(r=2), types.SimpleNamespace())
ns.me = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1))
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError: unhashable')

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), 'b' in mp, list(mp), mp.get('z', 0), sorted(mp.items()), mp.copy())
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError:', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError:', e)


def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__


Dyn = types.new_class('Dyn', (A,), exec_body=body)
print(Dyn, Dyn.__bases__, Dyn().greet(), Dyn.__mro__)
Meta = types.new_class('Meta', (type,))
WithMeta = types.new_class('WithMeta', (), {'metaclass': Meta})
print(type(WithMeta).__name__, types.resolve_bases((int, str)))


class Entry:
    def __mro_entries__(self, bases):
        return (A,)


E = types.new_class('E', (Entry(),))
print(E.__bases__, types.resolve_bases((Entry(), int)), len(E.__orig_bases__))
meta, nsd, kw = types.prepare_class('X', (A,), {'metaclass': type, 'k': 1})
print(meta, nsd, kw)
try:
    types.SimpleNamespace({'q': 1})
except TypeError as e:
    print('TypeError:', e)
m = types.ModuleType('fresh', 'a doc')
m.value = 3
print(m, m.__name__, m.__doc__, m.value, types.ModuleType('other').__doc__, sorted(vars(types.ModuleType('x'))))
for bad in (lambda: types.ModuleType(1), lambda: types.MethodType(1, 2), lambda: types.MethodType(f, None)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
