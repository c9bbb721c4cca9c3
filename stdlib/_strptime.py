# _strptime — the parser behind datetime.strptime: the format becomes a
# regular expression (C locale names, case-insensitive, any run of whitespace
# for whitespace), and the named groups give the fields.

import time as _time
from datetime import (timedelta, timezone, _ymd2ord, _ord2ymd, _is_leap,
                      _from_isocalendar, _check_date_fields)

_FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december']
_FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

_STRP_RE = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'p': r'(?P<p>am|pm)',
    '%': '%',
}


def _alternatives(names, key):
    # Longest first, so a full name is not cut short by its abbreviation.
    names = sorted(names, key=len, reverse=True)
    return '(?P<%s>%s)' % (key, '|'.join(names))


def _strptime_regex(format):
    import re
    tznames = ['utc', 'gmt']
    for n in _time.tzname:
        if n.lower() not in tznames:
            tznames.append(n.lower())
    table = dict(_STRP_RE)
    table['W'] = table['U'].replace('U', 'W', 1)
    table['B'] = _alternatives(_FULL_MONTHS, 'B')
    table['b'] = _alternatives([m[:3] for m in _FULL_MONTHS], 'b')
    table['A'] = _alternatives(_FULL_DAYS, 'A')
    table['a'] = _alternatives([d[:3] for d in _FULL_DAYS], 'a')
    table['Z'] = _alternatives([re.escape(n) for n in tznames], 'Z')
    composite = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d in composite:
                out.append(_strptime_regex(composite[d]))
            elif d in table:
                out.append(table[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(ch))
            i += 1
    return ''.join(out)


def _week_julian(year, week, weekday, monday_first):
    # Day of the year from a %U/%W week number and a weekday (Monday 0).
    first = _ymd2ord(year, 1, 1) + 6
    first_wd = first % 7
    if not monday_first:
        first_wd = (first_wd + 1) % 7
        weekday = (weekday + 1) % 7
    week0_len = (7 - first_wd) % 7
    if week == 0:
        return 1 + weekday - first_wd
    return 1 + week0_len + 7 * (week - 1) + weekday


def _strptime(data, format):
    # -> (year, month, day, hour, minute, second, microsecond, tzinfo or None,
    #     weekday, day of the year)
    import re
    try:
        pattern = _strptime_regex(format)
    except ValueError as e:
        if 'bad directive' in str(e):
            raise ValueError("'%s' is a bad directive in format '%s'" % (str(e)[1], format)) from None
        raise
    found = re.match(pattern, data, re.IGNORECASE)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data, format))
    if len(data) != found.end():
        raise ValueError('unconverted data remains: %s' % data[found.end():])
    g = found.groupdict()
    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    weekday = julian = week = iso_week = None
    monday_first = True
    gmtoff = None
    gmtoff_us = 0
    for key, val in g.items():
        if val is None:
            continue
        if key == 'y':
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(val)
        elif key == 'G':
            iso_year = int(val)
        elif key == 'm':
            month = int(val)
        elif key == 'B':
            month = _FULL_MONTHS.index(val.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _FULL_MONTHS].index(val.lower()) + 1
        elif key == 'd':
            day = int(val)
        elif key == 'H':
            hour = int(val)
        elif key == 'I':
            hour = int(val)
            ampm = (g.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(val)
        elif key == 'S':
            second = int(val)
        elif key == 'f':
            fraction = int(val.ljust(6, '0'))
        elif key == 'A':
            weekday = _FULL_DAYS.index(val.lower())
        elif key == 'a':
            weekday = [d[:3] for d in _FULL_DAYS].index(val.lower())
        elif key == 'w':
            weekday = (int(val) - 1) % 7
        elif key == 'u':
            weekday = int(val) - 1
        elif key == 'j':
            julian = int(val)
        elif key in ('U', 'W'):
            week = int(val)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(val)
        elif key == 'z':
            z = val
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % val)
                        z = z[:5] + z[6:]
                secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                us = int(z[8:].ljust(6, '0')) if len(z) > 8 else 0
                gmtoff = -secs if z[0] == '-' else secs
                gmtoff_us = -us if z[0] == '-' else us
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # checks Feb 29 against a leap year; reported as 1900
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _week_julian(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _from_isocalendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    else:
        _check_date_fields(year, month, day)  # the date must exist
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        name = g.get('Z')
        tz = timezone(delta, name) if name else timezone(delta)
    return year, month, day, hour, minute, second, fraction, tz, weekday, julian


def _strptime_datetime(data_string, format):
    """The fields datetime.strptime builds its result from."""
    for i, arg in enumerate((data_string, format), 1):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (i, type(arg).__name__))
    return _strptime(data_string, format)[:8]


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the fields as a struct_time (tm_isdst -1)."""
    for i, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (i, type(arg)))
    year, month, day, hour, minute, second, _, _, weekday, julian = _strptime(data_string, format)
    return _time.struct_time((year, month, day, hour, minute, second, weekday, julian, -1))
