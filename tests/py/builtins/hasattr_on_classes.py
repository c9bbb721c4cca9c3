# hasattr() on classes: names found through the metaclass, the class's MRO,
# a metaclass __getattr__, and absent names.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)

class Plain:
    x = 1

class Child(Plain):
    pass

class WithMeta(metaclass=Meta):
    pass

class OtherMeta(type):
    meta_attr = 5

class UsesOther(metaclass=OtherMeta):
    pass

for obj, name in [(Plain, 'x'), (Child, 'x'), (Child, 'y'), (Plain, 'mro'), (Plain, '__name__'),
                  (Plain, '__dict__'), (Plain, '__abstractmethods__'), (int, 'bit_length'),
                  (int, 'nope'), (WithMeta, 'dyn_hello'), (WithMeta, 'other'),
                  (UsesOther, 'meta_attr'), (UsesOther, 'missing'), (type, 'mro'),
                  (type, '__mro__'), (object, '__class__'), (Plain, '_asyncio_future_blocking')]:
    print(obj.__name__, name, hasattr(obj, name))

Child.y = 2
print(hasattr(Child, 'y'), hasattr(Plain, 'y'))
del Child.y
print(hasattr(Child, 'y'))
try:
    hasattr(Plain, 3)
except TypeError as e:
    print('TypeError:', e)
