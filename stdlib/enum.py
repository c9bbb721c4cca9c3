# enum — enumerations.  EnumType (alias EnumMeta) turns the plain values of
# a class body into singleton members: it collects them with an _EnumDict
# namespace, creates each member once, and makes the class iterable,
# indexable by name and callable by value.  Flag/IntFlag add bitwise
# composition.  Original Coil code.

import sys
import types as _types

_builtin_property = property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'member',
           'nonmember', 'property', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_' + cls_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """auto(): the member's value is chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class nonmember:
    """Protect a class-body value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Force a class-body value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class property:
    """The descriptor behind .name and .value: read-only on members; on the
    class itself it finds a member of that name."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self._attr_name = getattr(fget, '__name__', None)
        self._owner_name = None

    def __set_name__(self, owner, name):
        self._attr_name = name
        self._owner_name = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self._attr_name]
            except (KeyError, AttributeError):
                raise AttributeError(self._attr_name) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self._owner_name!r}> cannot set attribute {self._attr_name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self._owner_name!r}> cannot delete attribute {self._attr_name!r}")
        self.fdel(instance)


class _EnumDict(dict):
    """The namespace of an enum class body: records which names are members
    (in order), resolves auto() values and rejects reused names."""

    def __init__(self):
        super().__init__()
        self._pending = {}        # member name -> None, in definition order
        self._seen_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = {n for n in value if n in self._pending}
                if clash:
                    raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
            elif key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._pending or (key in self and self._becomes_member(key, value)):
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif type(value) is nonmember or isinstance(value, nonmember):
            value = value.value
        elif not self._becomes_member(key, value):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._pending), list(self._seen_values))
                    self._auto_called = True
                value = value.value
            self._pending[key] = None
            self._seen_values.append(value)
        dict.__setitem__(self, key, value)

    def _becomes_member(self, key, value):
        # Descriptors (functions, properties...) stay plain attributes unless
        # wrapped in member(); ignored names and nonmember() never count.
        if key in self._ignore or isinstance(value, nonmember):
            return False
        return isinstance(value, member) or not _is_descriptor(value)


_FLAG_BASES = []     # Flag, once defined: EnumType reprs and lookups test for it


def _is_flag_class(cls):
    return bool(_FLAG_BASES) and issubclass(cls, _FLAG_BASES[0])


class EnumType(type):
    """Metaclass of Enum: creates the members and gives the class len(),
    iteration, `in`, Class[name] and Class(value)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        ns = _EnumDict()
        ns._cls_name = cls
        first_enum = None
        for base in bases:
            for c in base.__mro__:
                if isinstance(c, EnumType):
                    first_enum = c
                    break
            if first_enum is not None:
                break
        if first_enum is not None:
            ns._generate_next_value = first_enum.__dict__.get('_generate_next_value_', None) or \
                getattr(first_enum, '_generate_next_value_')
            ns._generate_next_value = getattr(ns._generate_next_value, '__func__', ns._generate_next_value)
        else:
            ns._generate_next_value = _enum_next_value
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            ns = metacls.__prepare__(cls, bases)
            for k, v in classdict.items():
                ns[k] = v
            classdict = ns
        pending = classdict._pending
        skipped = set(classdict._ignore)
        skipped.add('_ignore_')
        ns = {k: v for k, v in classdict.items() if k not in pending and k not in skipped}
        first_enum = metacls._enum_base(bases)
        member_type = metacls._data_type(bases)
        new_member = classdict.get('__new__')
        if new_member is None and first_enum is not None:
            new_member = getattr(first_enum, '_new_member_', None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        ns['_new_member_'] = new_member
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if boundary is not None:
            ns['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        # A data type's repr/str/format (str.__repr__ for `class S(str, Enum)`)
        # would hide Enum's: put the enum versions back on the class.
        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name, None) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        for name in pending:
            metacls._add_member_(enum_class, name, classdict[name], member_type, new_member)

        if _is_flag_class(enum_class):
            mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if v and v & (v - 1) == 0:
                    mask |= v
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', (1 << mask.bit_length()) - 1)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type, new_member):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            m = new_member(enum_class, *args)
        elif member_type is object:
            m = object.__new__(enum_class)
        else:
            m = member_type.__new__(enum_class, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                m._value_ = member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = enum_class
        m._sort_order_ = len(enum_class._member_names_)
        m.__init__(*args)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._unhashable_values_:
                if other._value_ == value:
                    canonical = other
        if canonical is None:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        else:
            is_flag = _is_flag_class(enum_class)
            if not is_flag or (isinstance(value, int) and value and value & (value - 1) == 0):
                enum_class._member_names_.append(name)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            enum_class._unhashable_values_.append(m)
        type.__setattr__(enum_class, name, m)

    @staticmethod
    def _enum_base(bases):
        # The last base must be the enum class being extended (None for Enum itself).
        if len(bases) == 0:
            return None
        if isinstance(bases[-1], EnumType):
            return bases[-1]
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")

    @staticmethod
    def _data_type(bases):
        # The type members are instances of: the first non-enum class in some
        # base's MRO, provided a class that builds its own instances follows
        # it (class MyInt(int) counts as MyInt); an enum's recorded one wins.
        plain = (int, str, float, tuple, bytes, list, dict, set, frozenset)
        def scan(klass):
            outermost = None
            for c in klass.__mro__:
                if c is object:
                    continue
                if type(c) is EnumType or isinstance(c, EnumType):
                    recorded = c.__dict__.get('_member_type_', object)
                    if recorded is not object:
                        return recorded
                    continue
                if outermost is None:
                    outermost = c
                if c in plain or '__new__' in c.__dict__:
                    return outermost
            return None
        for klass in bases:
            hit = scan(klass)
            if hit is not None:
                return hit
        return object

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            if isinstance(e, ValueError) and str(e) == f'{value!r} is not a valid {cls.__qualname__}':
                raise ValueError(str(e)) from None
            raise
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        body = metacls.__prepare__(class_name, bases)
        for key, val in _functional_pairs(first_enum, names, start):
            body[key] = val
        body['__module__'] = '__main__' if module is None else module
        if qualname is not None:
            body['__qualname__'] = qualname
        extra = {} if boundary is None else {'boundary': boundary}
        return metacls.__new__(metacls, class_name, bases, body, **extra)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' "
                            f"and '{type(cls).__qualname__}'")
        return False

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        found = cls.__dict__.get('_member_map_', {})
        if name not in found:
            raise AttributeError(name)
        return found[name]

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if _is_flag_class(cls):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        type.__setattr__(cls, name, value)

    def __dir__(cls):
        # As CPython 3.11: the protocol names an enum class answers, its
        # members, and for a mixed-in data type (IntEnum ...) all of its names.
        names = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__init_subclass__', '__iter__', '__len__', '__members__',
                     '__module__', '__name__', '__qualname__'])
        names.update(cls._member_names_)
        new_member = cls.__dict__.get('_new_member_')
        if new_member is not None and new_member is not object.__new__:
            names.add('__new__')
        member_type = cls.__dict__.get('_member_type_', object)
        if member_type is not object:
            names.update(dir(member_type))
        return sorted(names)


EnumMeta = EnumType


def _functional_pairs(enum_base, names, start):
    # Enum('Name', names): names may be 'A B' / 'A,B', a sequence of names
    # (values generated like auto()), a sequence of (name, value) pairs, or a
    # mapping.  Yields (name, value) in order.
    if isinstance(names, str):
        names = ' '.join(names.split(',')).split()
    if hasattr(names, 'items'):
        yield from names.items()
        return
    names = list(names)
    if not names or not isinstance(names[0], str):
        for pair in names:
            key, val = pair
            yield key, val
        return
    gen = getattr(enum_base, '_generate_next_value_')
    gen = getattr(gen, '__func__', gen)
    made = []
    for i, key in enumerate(names):
        val = gen(key, start, i, list(made))
        made.append(val)
        yield key, val


def _enum_next_value(name, start, count, last_values):
    if not last_values:
        return start
    last = last_values[-1]
    try:
        return last + 1
    except TypeError:
        raise TypeError(f'unable to increment {last!r}') from None


class Enum(metaclass=EnumType):
    """Base class of enumerations: each class attribute becomes a member
    with a .name and a .value."""

    _generate_next_value_ = staticmethod(_enum_next_value)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_repr()}>'

    def _value_repr(self):
        mt = self.__class__._member_type_
        if mt is object:
            return repr(self._value_)
        return mt.__repr__(self._value_)

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        for cls in type(self).__mro__:
            if cls is Enum:
                break
            names.update(k for k in cls.__dict__ if not k.startswith('_'))
        names.update(k for k in getattr(self, '__dict__', {}) if not k.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of its data type; only repr()
    shows the enum form."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum whose members are strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last = max(last_values)
    try:
        high_bit = last.bit_length() - 1
    except Exception:
        raise TypeError(f'invalid flag value {last!r}') from None
    return 2 ** (high_bit + 1)


class Flag(Enum, boundary=CONFORM):
    """Members combine with |, & and ^ and test with `in`; composite values
    get members whose name joins the names of their bits."""

    _generate_next_value_ = staticmethod(_flag_next_value)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        keep = getattr(cls, '_boundary_', CONFORM) is KEEP
        all_bits = cls._all_bits_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if not keep:
            value &= cls._flag_mask_
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        names = []
        known = 0
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            if v & value == v:
                names.append(name)
                known |= v
        unknown = value & ~known
        if names and unknown:
            names.append(str(unknown))
        data = cls._member_type_
        pseudo = object.__new__(cls) if data is object else data.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = '|'.join(names) if names else None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        if self._name_ is None:
            return f'<{self.__class__.__name__}: {self._value_repr()}>'
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_repr()}>'

    def __str__(self):
        if self._name_ is None:
            return f'{self.__class__.__name__}({self._value_!r})'
        return f'{self.__class__.__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            m = self.__class__._member_map_[name]
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self.__class__._member_type_ is int and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self.__class__._member_type_ is int:
            return self.__class__(self._all_bits_ ^ self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


_FLAG_BASES.append(Flag)
type.__setattr__(Flag, '_flag_mask_', 0)
type.__setattr__(Flag, '_all_bits_', 0)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members behave as ints and combine with plain ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking UNIQUE (aliases) and CONTINUOUS (no gaps)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(m.value for m in enumeration))
                if len(values) >= 2:
                    missing = [v for v in range(values[0], values[-1] + 1) if v not in values]
                    if missing:
                        raise ValueError(f'invalid enum {name!r}: missing values '
                                         f"{', '.join(str(m) for m in missing)}")
        return enumeration


def global_enum(cls):
    """Put the members into their module's namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, m in cls._member_map_.items():
            setattr(module, name, m)
    return cls
