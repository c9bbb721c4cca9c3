# enum — enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.
# EnumType (the metaclass) collects the members a class body assigns, in
# order (its __prepare__ namespace records them), builds one instance per
# value (aliases share it) and turns the class into a lookup table:
# Color(1), Color['RED'], iteration, len().  Reprs and error texts follow
# CPython 3.11.  Original Coil code.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique']

_auto_null = object()


class auto:
    """A member value computed by _generate_next_value_ (1, 2, 3... for
    Enum; powers of two for Flag; the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    return hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__")


class _EnumDict(dict):
    # The class body's namespace: remembers which names are members.
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = None

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
            pass
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        else:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: the class is the collection of its members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        for base in bases:
            gen = getattr(base, "_generate_next_value_", None)
            if gen is not None:
                ns._generate = gen
                break
        if ns._generate is None:
            ns._generate = Enum.__dict__["_generate_next_value_"].__func__ if "Enum" in globals() else None
        return ns

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend <enum %r>" % (cls, base.__name__))
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        values = {name: classdict[name] for name in member_names}
        ns = {k: v for k, v in classdict.items() if k not in values}
        # What creates the members: the body's own __new__ (not Enum's
        # lookup-by-value one), else an inherited one, else the data type's.
        new_member = ns.get("__new__") if "Enum" in globals() else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if member_type is not object and "__repr__" not in ns:
            # int/str come before Enum in the MRO of IntEnum and friends:
            # members still print as enum members.
            for klass in enum_class.__mro__:
                if isinstance(klass, EnumType) and "__repr__" in klass.__dict__:
                    type.__setattr__(enum_class, "__repr__", klass.__dict__["__repr__"])
                    break
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        if new_member is None:
            new_member = getattr(enum_class, "__new_member__", None)
            if new_member is object.__new__:
                new_member = None
        if new_member is None:
            new_member = member_type.__new__
        type.__setattr__(enum_class, "__new_member__", new_member)
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if member_type is object and new_member is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(member._value_)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == member._value_:
                        canonical = other
                        break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if "Flag" in globals() and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", bits)
        if "Enum" in globals():
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            pairs = []
            for count, name in enumerate(names):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                pairs.append((name, value))
            names = pairs
        items = names.items() if hasattr(names, "items") else names
        for name, value in items:
            classdict[name] = value
        import sys
        if module is None:
            module = sys._getframe(2).f_globals.get("__name__", "__main__")
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_ or getattr(member, "_name_", None) is None
        try:
            return member in cls._value2member_map_
        except TypeError:
            return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if "Flag" in globals() and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % name)
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A set of named constants: members are instances of the class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        # Looking a member up by value: Color(1).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_

    def __repr__(self):
        vrepr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, vrepr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""
    __str__ = int.__repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) != 1 or not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],) if values else "expected a string")
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        return member

    __str__ = str.__str__

    def __format__(self, spec):
        return str.__format__(str(self), spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with |, & and ^ into composite values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if issubclass(cls, int) is False else value
        if not issubclass(cls, int) and value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        rest = value & ~mask
        if rest and issubclass(cls, int):
            names.append(str(rest))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = type(self)
        vrepr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, vrepr(self._value_))
        return "<%s.%s: %s>" % (cls.__name__, self._name_, vrepr(self._value_))

    def __str__(self):
        cls = type(self)
        if self._name_ is None:
            return "%s(%r)" % (cls.__name__, self._value_)
        return "%s.%s" % (cls.__name__, self._name_)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if issubclass(type(self), int) and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if issubclass(cls, int):
            return cls(~self._value_ & cls._flag_mask_ if self._value_ >= 0 else ~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints; unknown bits are kept."""
    __str__ = int.__repr__
    # int's operators come first in the MRO: take Flag's.
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = Flag.__ror__, Flag.__rand__, Flag.__rxor__
    __invert__ = Flag.__invert__

    def __format__(self, spec):
        return int.__format__(int(self), spec)


def unique(enumeration):
    """Class decorator: ValueError if two names share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
