# datetime — dates, times and durations with CPython's behaviour: timedelta
# (exact integer microseconds), date/datetime on the proleptic Gregorian
# calendar (day ordinals), time, tzinfo and fixed-offset timezone.
# Local time comes from the time module (localtime/mktime).

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --- calendar arithmetic ---------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    # Day 1 is 0001-01-01.
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Inverse of _ymd2ord: whole 400/100/4/1-year cycles, then the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        idx = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return idx(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _missing(name, pos):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _round_half_even(num, den):
    # num / den rounded to the nearest integer, ties to even (den > 0).
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _check_utc_offset(name, offset):
    # What utcoffset()/dst() may return: None or a timedelta within a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _format_offset(off, sep=':'):
    # +HH:MM, with :SS and .ffffff only when nonzero; '' for None.
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.days * 86400 + off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z and %Z are datetime's own; the rest goes to time.strftime.
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % ('None' if fmt is None else type(fmt).__name__))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch == '%' and i < n:
            ch = fmt[i]
            i += 1
            if ch == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif ch == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, '') if off is not None else '')
            elif ch == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append(name.replace('%', '%%') if name else '')
            else:
                out.append('%' + ch)
        else:
            out.append(ch)
    return _time.strftime(''.join(out), timetuple)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _qualname(obj):
    # The type name reprs show: CPython's C types say 'datetime.date', a
    # Python subclass just its __name__.
    cls = obj.__class__
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


# --- timedelta -------------------------------------------------------------------------

_US_PER = {'weeks': 604800000000, 'days': 86400000000, 'hours': 3600000000,
           'minutes': 60000000, 'seconds': 1000000, 'milliseconds': 1000, 'microseconds': 1}


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Integers add up exactly; floats join as exact fractions, rounded
        # once (half to even) to whole microseconds.
        total = 0
        num, den = 0, 1
        for name, value in (('days', days), ('seconds', seconds), ('microseconds', microseconds),
                            ('milliseconds', milliseconds), ('minutes', minutes),
                            ('hours', hours), ('weeks', weeks)):
            if isinstance(value, int):
                total += value * _US_PER[name]
            elif isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    raise ValueError('cannot convert float %s to integer' % ('NaN' if value != value else 'infinity'))
                a, b = value.as_integer_ratio()
                a *= _US_PER[name]
                num, den = num * b + a * den, den * b
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if num:
            total += _round_half_even(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_qualname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._to_us() * (1 if other > 0 else -1), abs(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('float division by zero')
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_round_half_even(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        return type(self)(self._days, self._seconds, self._microseconds)

    def __deepcopy__(self, memo):
        return self.__copy__()


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ------------------------------------------------------------------------------

class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _parse_isodate(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None if not one of them.
    if len(s) < 7 or not s[:4].isdigit():
        return None
    year = int(s[:4])
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            return None
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if rest[:1] != '-':
                    return None
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                return None
            day = int(rest)
        return _from_isocalendar(year, week, day)
    if dash:
        if len(rest) != 5 or rest[2] != '-' or not (rest[:2] + rest[3:]).isdigit():
            return None
        return year, int(rest[:2]), int(rest[3:])
    if len(rest) != 4 or not rest.isdigit():
        return None
    return year, int(rest[:2]), int(rest[2:])


def _from_isocalendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class date:
    """A calendar date (year, month, day) on the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=None, month=None, day=None):
        if year is None:
            _missing('year', 1)
        if month is None:
            _missing('month', 2)
        if day is None:
            _missing('day', 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = None
        if len(date_string) in (7, 8, 10):
            try:
                ymd = _parse_isodate(date_string)
            except ValueError:
                ymd = None
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_isocalendar(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualname(self), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                             self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        # CPython hashes the packed bytes of the fields (with Coil's bytes
        # hash being CPython's, sets of dates iterate in the same order).
        if self._hashcode == -1:
            y = self._year
            self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day)))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))

    def __copy__(self):
        return self.replace()

    def __deepcopy__(self, memo):
        return self.replace()


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- tzinfo and timezone ---------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        # The default: standard offset plus dst, for zones whose dst is
        # consistent with utcoffset.
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qualname(self), self._offset)
        return '%s(%r, %r)' % (_qualname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is None:
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __copy__(self):
        return timezone(*self.__getinitargs__())

    def __deepcopy__(self, memo):
        return self.__copy__()

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- time ------------------------------------------------------------------------------

def _parse_hms(s):
    # HH[:MM[:SS[.fff[fff]]]] or HH[MM[SS[.ffffff]]]; returns (h, m, s, us).
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        if n - pos < 2 or not s[pos:pos + 2].isdigit():
            raise ValueError('Invalid time component')
        comps[i] = int(s[pos:pos + 2])
        pos += 2
        if pos >= n or i == 2:
            break
        c = s[pos]
        if has_sep is None:
            has_sep = c == ':'
        if has_sep:
            if c != ':':
                break
            pos += 1
    if pos < n:
        # Fractional seconds: digits beyond the sixth are truncated.
        if s[pos] not in '.,':
            raise ValueError('Invalid time component')
        digits = s[pos + 1:]
        if not digits or not digits.isdigit():
            raise ValueError('Invalid microsecond component')
        comps[3] = int(digits[:6].ljust(6, '0'))
    return comps


def _parse_isotime(s):
    # A time with an optional Z / +HH:MM[:SS[.ffffff]] suffix.
    tzi = None
    cut = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    h, m, sec, us = _parse_hms(s[:cut])
    tail = s[cut:]
    if tail:
        if tail == 'Z':
            tzi = timezone.utc
        else:
            sign = -1 if tail[0] == '-' else 1
            th, tm, ts, tus = _parse_hms(tail[1:])
            td = sign * timedelta(hours=th, minutes=tm, seconds=ts, microseconds=tus)
            tzi = timezone.utc if not td else timezone(td)
    return h, m, sec, us, tzi


class time:
    """A time of day, independent of any date, with optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if self._tzinfo is other._tzinfo or myoff == otoff:
            return op(self._us(), other._us())
        if myoff is None or otoff is None:
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(self._us() - myoff._to_us(), other._us() - otoff._to_us())

    def __eq__(self, other):
        return self._cmp(other, _eq)

    def __ne__(self, other):
        return self._cmp(other, _ne)

    def __lt__(self, other):
        return self._cmp(other, _lt)

    def __le__(self, other):
        return self._cmp(other, _le)

    def __gt__(self, other):
        return self._cmp(other, _gt)

    def __ge__(self, other):
        return self._cmp(other, _ge)

    def __hash__(self):
        # As CPython: naive times hash their packed fields, aware ones the
        # timedelta of their UTC time of day (the fold never counts).
        if self._hashcode == -1:
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is None:
                us = self._microsecond
                self._hashcode = hash(bytes((self._hour, self._minute, self._second,
                                             us >> 16, (us >> 8) & 255, us & 255)))
            else:
                self._hashcode = hash(timedelta(0, self._hour * 3600 + self._minute * 60 +
                                                self._second, self._microsecond) - off)
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        s = '%s(%s)' % (_qualname(self), s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            h, m, sec, us, tzi = _parse_isotime(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(h, m, sec, us, tzi)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, _build_struct_time(1900, 1, 1, self._hour, self._minute,
                                                            self._second, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second, self._microsecond,
                                 self._tzinfo))

    def __copy__(self):
        return self.replace()

    def __deepcopy__(self, memo):
        return self.replace()


def _eq(a, b): return a == b
def _ne(a, b): return a != b
def _lt(a, b): return a < b
def _le(a, b): return a <= b
def _gt(a, b): return a > b
def _ge(a, b): return a >= b


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime --------------------------------------------------------------------------

def _local_wall(u):
    # Local wall-clock time at POSIX time u, as seconds since 1970-01-01.
    lt = _time.localtime(u)
    return (_ymd2ord(lt.tm_year, lt.tm_mon, lt.tm_mday) - _EPOCH_ORD) * 86400 + \
        lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec


def _local_offset(t):
    # The local UTC offset (seconds) and zone name at POSIX time t.
    lt = _time.localtime(t)
    local = (_ymd2ord(lt.tm_year, lt.tm_mon, lt.tm_mday) - _EPOCH_ORD) * 86400 + \
        lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec
    name = _time.tzname[1 if lt.tm_isdst > 0 else 0]
    return local - t, name


_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


class datetime(date):
    """A date and a time of day, with optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if year is None:
            _missing('year', 1)
        if month is None:
            _missing('month', 2)
        if day is None:
            _missing('day', 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_posix(cls, t, utc, tz):
        # t: a number of seconds since the epoch; fractions round half to even.
        if isinstance(t, float):
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            t = int(whole)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
        else:
            t = _index(t)
            us = 0
        if not utc:
            y, m, d, hh, mm, ss = _time.localtime(t)[:6]
            result = cls(y, m, d, hh, mm, ss, us, tz)
            # The second occurrence of a repeated wall time gets fold=1: the
            # offset fell within the last day and an earlier instant shows
            # the same wall time.
            shift = (_local_wall(t) - t) - (_local_wall(t - 86400) - (t - 86400))
            if shift < 0 and _local_wall(t + shift) == _local_wall(t):
                result._fold = 1
            return result
        days, secs = divmod(t, 86400)
        o = _EPOCH_ORD + days
        if not 0 < o <= _MAXORDINAL:
            raise ValueError('year %d is out of range' % (_ord2ymd(max(o, 1))[0] if o > 0 else 0))
        y, m, d = _ord2ymd(o)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        if tz is None:
            return cls._from_posix(t, False, None)
        return tz.fromutc(cls._from_posix(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            # The date is 10 (YYYY-MM-DD, YYYY-Www-D), 8 (YYYYMMDD, YYYY-Www,
            # YYYYWwwD) or 7 (YYYYWww) characters; one separator follows.
            ymd = None
            for n in (10, 8, 7):
                if len(s) >= n and (len(s) == n or not s[n].isdigit()):
                    ymd = _parse_isodate(s[:n])
                    if ymd is not None:
                        break
            if ymd is None:
                raise ValueError
            rest = s[n + 1:]
            if len(s) > n and not rest:
                raise ValueError
            h = m = sec = us = 0
            tzi = None
            if rest:
                h, m, sec, us, tzi = _parse_isotime(rest)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd, h, m, sec, us, tzi)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        y, mo, d, h, mi, sec, us, tz = _strptime._strptime_datetime(date_string, format)
        return cls(y, mo, d, h, mi, sec, us, tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def _local_timestamp(self):
        # POSIX seconds of this naive local wall time (PEP 495): solve
        # wall(u) == t for u.  An ambiguous time has two solutions (fold
        # picks the later one); a time in a gap has none, and the result
        # then moves by the gap (forward for fold=0, as CPython).
        t = (self.toordinal() - _EPOCH_ORD) * 86400 + \
            self._hour * 3600 + self._minute * 60 + self._second
        a = _local_wall(t) - t
        u1 = t - a
        t1 = _local_wall(u1)
        if t1 == t:
            u2 = u1 + (86400 if self._fold else -86400)
            b = _local_wall(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        if _local_wall(u2) == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        myoffset = None if mytz is None else self.utcoffset()
        if myoffset is None:
            # Naive (or no offset): the local zone in effect at this wall time.
            off, name = _local_offset(self.replace(tzinfo=None)._local_timestamp())
            mytz = timezone(timedelta(seconds=off), name)
            myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=None)
        if tz is None:
            # The local zone is the one in effect at the converted instant.
            off, name = _local_offset((utc - _EPOCH_NAIVE) // timedelta(seconds=1))
            tz = timezone(timedelta(seconds=off), name)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s)' % (_qualname(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                # Never ordered by the date part alone.
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError("can't compare %s to %s" % (_qualname(self), _qualname(other)))
            return NotImplemented
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            return op(self._us(), other._us())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return op(self._us(), other._us())
        if myoff is None or otoff is None:
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(self._us() - myoff._to_us(), other._us() - otoff._to_us())

    def __eq__(self, other):
        return self._cmp(other, _eq)

    def __ne__(self, other):
        return self._cmp(other, _ne)

    def __lt__(self, other):
        return self._cmp(other, _lt)

    def __le__(self, other):
        return self._cmp(other, _le)

    def __gt__(self, other):
        return self._cmp(other, _gt)

    def __ge__(self, other):
        return self._cmp(other, _ge)

    def __hash__(self):
        # As CPython: naive datetimes hash their packed fields, aware ones
        # the timedelta of their UTC instant (the fold never counts).
        if self._hashcode == -1:
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is None:
                y = self._year
                us = self._microsecond
                self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day, self._hour,
                                             self._minute, self._second, us >> 16,
                                             (us >> 8) & 255, us & 255)))
            else:
                self._hashcode = hash(timedelta(self.toordinal(), self._hour * 3600 +
                                                self._minute * 60 + self._second,
                                                self._microsecond) - off)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._to_us()
        days, us = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(us, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(*_ord2ymd(days), hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = self._us() - other._us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None and myoff != otoff:
                diff -= myoff._to_us() - otoff._to_us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


# CPython's datetime is the C module _datetime: none of its frames show in a
# traceback, and its types are named "datetime.date" and so on in messages.
from _traceback import _native_frame
_native_frame(globals())
del _native_frame
