#!/usr/bin/env python3.11
"""gen_numfmt_cases.py — writes tests/unit/numfmt_cases.h, the expected
results for tests/unit/test_numfmt.c, computed by CPython 3.11 (the oracle):
float repr, format() of floats/ints/strs (every error text included), float()
parsing, round(), and printf-style % formatting.

The cases are drawn from a fixed seed, so the output only changes when this
script does.   Usage: python3.11 tests/unit/gen_numfmt_cases.py
"""
import math
import os
import random
import struct
import sys
from decimal import Decimal, getcontext

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numfmt_cases.h")

# status codes shared with the test (CoilFmtStatus values)
OK, VALUE, OVERFLOW, TYPE, HOOK = 0, 2, 3, 4, 5
EXC = {"ValueError": VALUE, "OverflowError": OVERFLOW, "TypeError": TYPE}


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def c_str(s):
    """A C string literal for s (str or bytes): octal escapes for anything
    outside printable ASCII, and '?' escaped against trigraphs."""
    b = s.encode("utf-8") if isinstance(s, str) else s
    out = []
    for c in b:
        ch = chr(c)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 0x20 <= c < 0x7F:
            out.append(ch)
        else:
            out.append("\\%03o" % c)
    return '"' + "".join(out) + '"'


def outcome(fn):
    try:
        return OK, fn()
    except (ValueError, OverflowError, TypeError) as e:
        return EXC[type(e).__name__], str(e)


# ---------------------------------------------------------------------------
# values

def rand_double(r):
    k = r.random()
    if k < 0.4:
        while True:
            x = from_bits(r.getrandbits(64))
            if not math.isnan(x):
                return x
    if k < 0.5:
        return float(r.randint(-10 ** r.randint(1, 20), 10 ** r.randint(1, 20)))
    if k < 0.7:
        return round(r.uniform(-1000, 1000), r.randint(0, 6))
    if k < 0.8:
        return from_bits(r.getrandbits(52) | (r.getrandbits(1) << 63))  # subnormal
    if k < 0.9:
        return r.choice([1, -1]) * 10.0 ** r.randint(-320, 308) * r.choice([1, 1.5, 2.5, 0.5, 9.999, 3.14159])
    return r.choice(SPECIAL_FLOATS)


SPECIAL_FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e-5, 1e-4, 9007199254740993.0,
                  5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
                  0.1, 0.5, 1.5, 2.5, 123.456, 1e22, 1e23, 9999999999999998.0, 1e15, 0.3, 2.0 ** 63,
                  1 / 3, 2 / 3, 100.0, 1e-7, 123456789012345678.0, 0.001, 0.0001, 1e300, 4.35, 2.675]


def repr_values(r):
    vals = list(SPECIAL_FLOATS)
    vals += [10.0 ** e for e in range(-20, 25)]
    vals += [2.0 ** e for e in range(-1074, 1024, 37)]
    vals += [from_bits(b) for b in (1, 2, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF, 0x3FEFFFFFFFFFFFFF)]
    for _ in range(4000):
        vals.append(rand_double(r))
    for _ in range(300):  # short decimals and integers
        vals.append(float("%.*g" % (r.randint(1, 17), r.uniform(-1e6, 1e6))))
    return vals


# ---------------------------------------------------------------------------
# format specs

def rand_spec(r, types):
    if r.random() < 0.03:
        return "".join(r.choice("<>=^+- z#0123456789,_.%eEfFgGdxXbocns\u00e9\u0661") for _ in range(r.randint(0, 8)))
    s = ""
    if r.random() < 0.4:
        if r.random() < 0.5:
            s += r.choice(["*", "0", " ", "\u00e9", "\U0001F600", "<", "=", "x", "{", "\x00"])
        s += r.choice("<>=^")
    if r.random() < 0.3:
        s += r.choice("+- ")
    if r.random() < 0.1:
        s += "z"
    if r.random() < 0.2:
        s += "#"
    if r.random() < 0.2:
        s += "0"
    if r.random() < 0.5:
        s += str(r.choice([r.randint(0, 12), r.randint(0, 40), 1]))
    if r.random() < 0.2:
        s += r.choice([",", "_", ",", "_", ",_", "_,"])
    if r.random() < 0.5:
        s += "." + (str(r.choice([r.randint(0, 20), r.randint(0, 3), r.randint(0, 60)])) if r.random() < 0.95 else "")
    if r.random() < 0.8:
        s += r.choice(types)
    return s


FLOAT_TYPES = list("eEfFgGn%") + ["", "", "d", "x", "s", "c", "\u00e9", "\x01"]
INT_TYPES = list("bcdoxXn") + list("eEfFgG%") + ["", "", "s", "\u00e9", "\x01"]
STR_TYPES = ["s", "s", "", "", "d", "f", "\u00e9"]

FLOAT_SPEC_FIXED = [
    "", "z", "+", " ", "-", "#", "0", "010", "<10", ">10", "^10", "=10", "*^11", "\u00e9<5", "\U0001F600>4",
    ".0", ".1", ".2", ".3", ".17", ".30", ".0e", "#.0e", ".0f", "#.0f", ".0g", "#.0g", "#g", "#.3g", "g", "G",
    "e", "E", "f", "F", "n", "%", ".2%", ",", "_", ",.2f", "_.3f", "015,.2f", "0=+15,.2f", "z.2f", "z.0f",
    "+z.1e", ",g", ",e", ",%", ".1000f", ".300e", ".50g", "d", "x", "s", "c", "b", "\u00e9", "\x01", "\x7f",
    ".", "..", ".f", "1" * 20, "1" * 25, "." + "1" * 25, ".2147483648f", "ff", ",,", ",_", "_,", "__", "._",
    ".,", ".2,f", "=", "0<", "0>8", "0^9", "z#010.3f",
]
FLOAT_FIXED_VALUES = [0.0, -0.0, 1.0, -1.0, 1.5, 0.5, 2.5, 1e16, 1e-5, 123.456, -1234567.891, 1e22, 1e100,
                      math.inf, -math.inf, math.nan, -math.nan, 5e-324, 1.7976931348623157e308, 0.1, 9.5,
                      -0.0001, 1 / 3, 12345.678, 100000.0, 99999.99]

INT_SPEC_FIXED = [
    "", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "#010x", "#010_x", "_b", "_x", "_o", "_d",
    ",", ",d", "010,", "04,", "0=10,", "=+012,", "+", " ", "-", "+c", "#c", ",c", "_c", ",x", ",n", "_,", ",_",
    ".2", ".2c", "z", "z,", "e", "E", ".3e", "f", ".2f", "g", "G", "%", ".1%", "s", "\u00e9", "\x01", ">5", "<5",
    "^5", "=5", " =5", "\u00e9<5", "0", "00", "010", "<010", "1" * 25, "xx", "%s", ".", "=,", "__", ",,",
]
INT_FIXED_VALUES = [0, 1, -1, 7, -7, 65, 255, -255, 1234, -1234567, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 0x10FFFF,
                    0x110000, 10 ** 20, -10 ** 20, 2 ** 53 + 1, 2 ** 64 - 1, -2 ** 64]
# huge ints: float conversion at the overflow edge (ties to even), 'c' range
INT_HUGE_VALUES = [10 ** 400, -10 ** 400, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 - 1,
                   -(2 ** 1024 - 2 ** 971), 2 ** 1024 - 2 ** 971, 10 ** 308 * 17]
INT_HUGE_SPECS = ["e", "g", ".3%", "c", "x", ","]

STR_SPEC_FIXED = [
    "", "s", ".2", ".0", "5", "<5", ">5", "^5", "^6", "*^7", "05", "0^7", ">010", "+", "-", " ", "z", "#", "=",
    "=5", ",", "_", ",s", ".2s", "d", "f", "\u00e9", "\x01", "\U0001F600^5", "1" * 25, "ss", ".", ">",
]
STR_FIXED_VALUES = ["", "a", "abc", "h\u00e9llo", "\u4e2d\u6587", "\U0001F600x", "abcdefghij"]


def fmt_cases(r):
    floats, ints, strs = [], [], []

    def add_float(x, spec):
        floats.append((x, spec) + outcome(lambda: format(x, spec)))

    def add_int(v, spec):
        ints.append((v, spec) + outcome(lambda: format(v, spec)))

    def add_str(t, spec):
        strs.append((t, spec) + outcome(lambda: format(t, spec)))

    for spec in FLOAT_SPEC_FIXED:
        for x in r.sample(FLOAT_FIXED_VALUES, 4):
            add_float(x, spec)
    for x in FLOAT_FIXED_VALUES:
        add_float(x, "")
    for _ in range(1200):
        x = rand_double(r)
        if r.random() < 0.3:
            x = float("%.3g" % x)
        add_float(x, rand_spec(r, FLOAT_TYPES))
    for _ in range(600):  # precision-focused: fixed digit counts, ties
        x = rand_double(r) if r.random() < 0.6 else r.randint(-10 ** 6, 10 ** 6) / r.choice([2, 4, 8, 16, 40, 200, 1000])
        p = r.choice([r.randint(0, 20), r.randint(0, 40)])
        add_float(x, ("#" if r.random() < 0.1 else "") + ".%d%s" % (p, r.choice("eEfFgG%")))

    for spec in INT_SPEC_FIXED:
        for v in r.sample(INT_FIXED_VALUES, 4):
            add_int(v, spec)
    for v in INT_HUGE_VALUES:
        for spec in INT_HUGE_SPECS:
            add_int(v, spec)
    for _ in range(1200):
        v = r.randint(-10 ** r.randint(0, 30), 10 ** r.randint(0, 30)) if r.random() < 0.9 else r.choice(INT_FIXED_VALUES)
        add_int(v, rand_spec(r, INT_TYPES))

    for spec in STR_SPEC_FIXED:
        for t in r.sample(STR_FIXED_VALUES, 3):
            add_str(t, spec)
    for _ in range(400):
        t = "".join(r.choice(["a", "b", " ", "\u00e9", "\u4e2d", "\U0001F600", "0"]) for _ in range(r.randint(0, 8)))
        add_str(t, rand_spec(r, STR_TYPES))
    return floats, ints, strs


def type_name_cases():
    """Unknown-code messages quote the type name, cut at 200 bytes."""
    out = []
    for name in ["bool", "MyFloat", "\u00e9" * 150, "a" + "\u00e9" * 150, "ab" + "\U0001F600" * 60, "x" * 300]:
        T = type(name, (float,), {})
        for spec in ["d", "\u00e9", "1x"]:
            st, text = outcome(lambda: format(T(1.0), spec))
            out.append((name, spec, st, text))
    return out


# ---------------------------------------------------------------------------
# float()

def parse_cases(r):
    getcontext().prec = 2000
    fixed = ["1.5", " 1.5 ", "\t\n1\x0b\x0c\r", "1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1_e5",
             "1e1_0", "1_000.000_1", "in_f", "-iNfinity", "inf", "+inf", "-inf", "Infinity", "nan", "+nan",
             "-nan", "NaN", "infinit", "infinityy", "nana", ".", "1.", ".5", "e5", "1e", "1e+", "1e-",
             " 1 2 ", "0x10", "1e500", "-1e-500", "1e-400", "  ", "", "1\x00", "\x7f1", "1\u00a0", "1\u200b",
             "\x1c1", "1\x1c", "\x851", "\u0661.\u0665", "\u0661\u0662\u0663", "\u3000-\u0665e\u0662\u2028",
             "\U0001D7D8.5", "\u01c5", "'\"", "'", "\\", "\x80", "\U0001F600", "\u0378", "\xad", "a\u2028b",
             "\U000e0001", "--1", "+-1", "1e+5", "1E5", "1e05", "00001", "-0", "-0.0", "0e999999999999999999999",
             "1e-99999999999999999999", "1e99999999999999999999", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
             "9007199254740993", "9007199254740993.0000000000000000001", "0." + "0" * 400 + "1",
             "1" + "0" * 400, "1" * 800 + "e-800", "0.1e1_0", "1.5 x", "x1.5", "1,5"]
    out = [(s,) + parse_outcome(s) for s in fixed]
    for _ in range(1500):
        k = r.random()
        if k < 0.3:
            s = repr(rand_double(r))
        elif k < 0.38:
            s = halfway(r)
        elif k < 0.65:
            s = r.choice(["", "+", "-"]) + "".join(r.choice("0123456789") for _ in range(r.randint(1, 40))) + \
                r.choice(["", ".", "." + "9" * r.randint(0, 30)]) + \
                r.choice(["", "e" + str(r.randint(-400, 400)), "E+5", "e", "e-"])
        elif k < 0.75:
            s = "".join(r.choice("0123456789.eE+-_ ") for _ in range(r.randint(0, 8)))
        elif k < 0.8:
            s = "0." + "0" * r.randint(0, 60) + "".join(r.choice("0123456789") for _ in range(r.randint(1, 120))) + \
                "e" + str(r.randint(-50, 400))
        else:
            s = str(r.randint(1, 10 ** r.randint(1, 25))) + "e" + str(r.randint(-340, 320))
        s = mutate(r, s)
        out.append((s,) + parse_outcome(s))
    return out


def parse_outcome(s):
    try:
        return OK, bits(float(s)), ""
    except ValueError as e:
        return VALUE, 0, str(e)


def halfway(r):
    x = abs(rand_double(r))
    if not math.isfinite(x):
        x = 1.0
    y = math.nextafter(x, math.inf)
    if not math.isfinite(y):
        y, x = x, math.nextafter(x, 0)
    h = (Decimal(x) + Decimal(y)) / 2
    s = format(h, "f") if abs(h.adjusted()) < 25 and r.random() < 0.5 else format(h, "e")
    k = r.random()
    if k < 0.3:  # a hair above the midpoint
        if "e" in s:
            m, e = s.split("e")
            s = m + ("1" if "." in m else ".1") + "e" + e
        else:
            s += "1" if "." in s else ".1"
    elif k < 0.6:  # a hair below
        if "e" in s:
            m, e = s.split("e")
            s = m[:max(3, len(m) - r.randint(1, 5))] + "e" + e
        else:
            s = s[:max(3, len(s) - r.randint(1, 5))]
    return s


def mutate(r, s):
    k = r.random()
    if k < 0.1:
        s = " " * r.randint(0, 3) + s + "\t\n"[r.randint(0, 1)] * r.randint(0, 2)
    elif k < 0.2:
        out = ""
        for ch in s:
            out += ch
            if ch.isdigit() and r.random() < 0.3:
                out += "_" * r.choice([1, 1, 1, 2])
        s = out
    elif k < 0.25:
        pos = r.randint(0, len(s))
        s = s[:pos] + r.choice(["_", "x", ".", "e", "+", "-", " ", "\x00", "\u00a0", "\u0661", "\u2003"]) + s[pos:]
    elif k < 0.3:
        s = "".join(chr(0x660 + int(c)) if c.isdigit() and r.random() < 0.5 else c for c in s)
    return s


# ---------------------------------------------------------------------------
# round()

def round_cases(r):
    fixed = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (-0.5, 0), (0.5, 0), (1.5, 0),
             (1234.5, -1), (1250.0, -2), (1350.0, -2), (5e-324, 323), (5e-324, 324), (1e300, -300),
             (1.7976931348623157e308, -308), (-1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
             (1.5, 10 ** 12), (1.5, -10 ** 12), (-1.5, -10 ** 12), (math.inf, 2), (-math.inf, -2), (math.nan, 1),
             (-0.0, 2), (0.0, -2), (-1e-20, 5), (1e-20, 5), (0.1, 1), (0.15, 1), (0.25, 1), (0.35, 1),
             (123.456, -3), (500.0, -3), (1500.0, -3), (2500.0, -3), (9.995, 2), (1e15 + 0.5, 0)]
    out = []
    for x, nd in fixed:
        out.append((x, nd) + round_outcome(x, nd))
    for _ in range(700):
        x = rand_double(r)
        if r.random() < 0.3:
            x = r.randint(-10 ** 6, 10 ** 6) / r.choice([2, 4, 8, 16, 1000, 200, 40])
        nd = r.choice([r.randint(-5, 5), r.randint(-330, 330), r.randint(-20, 20), 323, 324, -308, -309])
        out.append((x, nd) + round_outcome(x, nd))
    return out


def round_outcome(x, nd):
    try:
        return OK, bits(round(x, nd)), ""
    except OverflowError as e:
        return OVERFLOW, 0, str(e)


# ---------------------------------------------------------------------------
# printf-style %.  Arguments are given to the test's hooks as tagged strings:
#   i<sign><dec>:<oct>:<hex>   an int ('-' or '+' sign)
#   f<bits hex>                a float
#   s<text>                    already converted text for %s %r %a %c
# An optional "key=" prefix names a mapping entry.

class Pre:
    """An argument as Python sees it (value) and as the VM hands it to the
    %s/%r/%a/%c formatting after its own conversion (text)."""

    def __init__(self, value, text):
        self.value, self.text = value, text


def enc_int(v):
    a = abs(v)
    return "i%s%d:%s:%s" % ("-" if v < 0 else "+", a, format(a, "o"), format(a, "x"))


def pct_cases(r):
    fixed = [
        ("%5%", []), ("%5%", [1]), ("%z", []), ("%z", [1]), ("%05f", [math.inf]), ("%-05d", [3]), ("%#x", [255]),
        ("%#08x", [-255]), ("%+#8X", [255]), ("%.5x", [-255]), ("%*d", []), ("%.*f", [-3, 1.5]), ("%#o", [8]),
        ("%#.3g", [1.0]), ("%", [1]), ("%\u00e9", [1]), ("%\x01", [1]), ("%\x1f", [1]), ("%-", [1]), ("%5", [1]),
        ("%.", [1]), ("%.5", [1]), ("%l", [1]), ("%ld %hi %Lf", [1, 2, 3.0]), ("%*.*f", [10, 3, math.pi]),
        ("%-*d|", [-6, 42]), ("%*d|", [-6, 42]), ("%0*d", [6, -42]), ("% d % d", [5, -5]), ("%+d %+d", [5, -5]),
        ("%+ d", [5]), ("%#5o|%#-8x|", [8, 255]), ("%08.3f", [-3.14159]), ("%-8.3e|", [12345.678]),
        ("%G %g %E %F", [1e-10, 1e20, 1.5, math.nan]), ("%010.4g", [-1234567.0]), ("%#g %#.0f %#.0e", [1.0, 2.0, 3.0]),
        ("%s|%5s|%-5s|%.2s|%5.1s|", ["abc", "\u00e9\u00e9", "\U0001F600", "h\u00e9llo", "\u4e2d\u6587"]),
        ("%c%c%5c%-3c|", ["x", "\u00e9", "\U0001F600", "y"]),
        ("%r|%a|%5.3r|%-6a|", [Pre("\u00e9", repr("\u00e9")), Pre("\u00e9", ascii("\u00e9")),
                               Pre("ab", repr("ab")), Pre("\u00e9", ascii("\u00e9"))]),
        ("%.99999999999d", [1]), ("%99999999999999999999d", [1]), ("%.2147483645d", [1]),
        ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)", {"a": 1}), ("%(a", {"a": 1}), ("%((a))s", {"(a)": "y"}),
        ("%(a)s", {}), ("%(a)s", ["x"]), ("%d%%%d", [1, 2]), ("%%", []), ("abc", [1]), ("%d", [1, 2]),
        ("%.0f %.0f %.0f", [0.5, 1.5, 2.5]), ("%x %X %o", [-10 ** 30, 10 ** 30, -8]), ("%.40f", [0.1]),
        ("%.3d|%5.3d|%-5.3x|%05.3d", [7, -7, 255, 7]), ("%#.3o|%#.3x", [8, 255]),
    ]
    out = []
    for fmt, args in fixed:
        out.append(pct_case(fmt, args))
    for _ in range(600):
        mapping = r.random() < 0.1
        keys = ["a", "b", "k(x)", "\u00e9"]
        r.shuffle(keys)
        args = {} if mapping else []
        fmt = ""
        for _ in range(r.randint(0, 3)):
            fmt += "".join(r.choice(["a", " ", "\u00e9", "%%", "x"]) for _ in range(r.randint(0, 3)))
            fmt += pct_conv(r, args, keys.pop() if mapping else None)
        if r.random() < 0.1:
            fmt += r.choice(["%", "%(", "%5", "%.", "%-", "%(a"])
        if not mapping and r.random() < 0.05:
            args.append(1)
        if not mapping and r.random() < 0.05 and args:
            args.pop()
        out.append(pct_case(fmt, args))
    return out


def pct_conv(r, args, key):
    s = "%"
    if key is not None:
        s += "(" + key + ")"
    s += "".join(r.choice("-+ #0") for _ in range(r.choice([0, 0, 1, 2, 3])))
    if r.random() < 0.4:
        if r.random() < 0.2 and key is None:
            args.append(r.randint(-12, 12))
            s += "*"
        else:
            s += str(r.randint(0, 15))
    if r.random() < 0.4:
        s += "."
        if r.random() < 0.2 and key is None:
            args.append(r.randint(-3, 12))
            s += "*"
        elif r.random() < 0.9:
            s += str(r.randint(0, 25))
    if r.random() < 0.05:
        s += r.choice("hlL")
    conv = r.choice("diuoxXeEfFgGsracz") if r.random() < 0.97 else r.choice(["\u00e9", "\x01", "\x1f"])
    s += conv
    if conv in "diuoxX":
        v = r.choice([r.randint(-10 ** r.randint(0, 25), 10 ** r.randint(0, 25)), 0, -1, 255])
    elif conv in "eEfFgG":
        v = rand_double(r)
    elif conv in "sra":
        v = r.choice([r.randint(-1000, 1000), rand_double(r),
                      "".join(r.choice(["a", "\u00e9", "'", "\U0001F600", "\n"]) for _ in range(r.randint(0, 6)))])
        v = Pre(v, {"s": str, "r": repr, "a": ascii}[conv](v))
    elif conv == "c":
        v = r.choice(["x", "\u00e9", "\U0001F600"])
    else:
        v = 7
    if key is None:
        args.append(v)
    else:
        args[key] = v
    return s


def pct_encode(v):
    if isinstance(v, Pre):
        return "s" + v.text
    if isinstance(v, bool) or isinstance(v, int):
        return enc_int(v)
    if isinstance(v, float):
        return "f%016x" % bits(v)
    return "s" + v


def pct_case(fmt, args):
    mapping = isinstance(args, dict)
    plain = lambda v: v.value if isinstance(v, Pre) else v
    operand = {k: plain(v) for k, v in args.items()} if mapping else tuple(plain(v) for v in args)
    try:
        res = (OK, fmt % operand)
    except KeyError as e:
        res = (HOOK, "KeyError: " + str(e.args[0]))
    except TypeError as e:
        msg = str(e)
        # hook-raised (argument fetching) vs numfmt-raised
        if msg in ("not enough arguments for format string", "not all arguments converted during string formatting"):
            res = (HOOK, msg)
        else:
            assert msg == "format requires a mapping", msg  # anything else is the VM's business
            res = (TYPE, msg)
    except (ValueError, OverflowError) as e:
        res = (EXC[type(e).__name__], str(e))
    # %r and %a take text the VM has converted: pass the converted text
    enc = [("%s=" % k if mapping else "") + pct_encode(v) for k, v in (args.items() if mapping else enumerate(args))]
    return fmt, mapping, enc, res


# ---------------------------------------------------------------------------
# output

def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with python3.11: CPython 3.11 is the oracle")
    r = random.Random(20240611)
    L = ["/* numfmt_cases.h — GENERATED by tests/unit/gen_numfmt_cases.py from CPython %s;"
         % sys.version.split()[0],
         " * do not edit.  Expected results for tests/unit/test_numfmt.c. */",
         "#ifndef COIL_NUMFMT_CASES_H", "#define COIL_NUMFMT_CASES_H", "", "#include <stddef.h>",
         "#include <stdint.h>", ""]

    reprs = repr_values(r)
    L.append("/* repr(x): {bits of x, repr(x)} */")
    L.append("static const struct { uint64_t bits; const char *repr; } numfmt_repr_cases[] = {")
    L += ["    {0x%016xu, %s}," % (bits(x), c_str(repr(x))) for x in reprs]
    L += ["};", ""]

    floats, ints, strs = fmt_cases(r)
    L.append("/* format(float, spec): {bits, spec, status, output or error text} */")
    L.append("static const struct { uint64_t bits; const char *spec; size_t spec_len; int status; const char *out;"
             " size_t out_len; }"
             " numfmt_float_fmt_cases[] = {")
    L += ["    {0x%016xu, %s, %d, %d, %s, %d}," % (bits(x), c_str(sp), len(sp.encode()), st, c_str(t), len(t.encode()))
          for x, sp, st, t in floats]
    L += ["};", ""]
    L.append("/* format(int, spec): {negative, base, |v| in that base, spec, status, output or error}; the")
    L.append(" * base is the one the spec's type asks for (its last character b, o, x or X; else 10) */")
    L.append("static const struct { int neg; int base; const char *digits; const char *spec; size_t spec_len;"
             " int status; const char *out; size_t out_len; } numfmt_int_fmt_cases[] = {")
    for v, sp, st, t in ints:
        base, code = {"b": (2, "b"), "o": (8, "o"), "x": (16, "x"), "X": (16, "x")}.get(sp[-1:], (10, "d"))
        L.append("    {%d, %d, %s, %s, %d, %d, %s, %d}," % (
            v < 0, base, c_str(format(abs(v), code)), c_str(sp), len(sp.encode()), st, c_str(t), len(t.encode())))
    L += ["};", ""]
    L.append("/* format(str, spec): {text, spec, status, output or error} */")
    L.append("static const struct { const char *text; const char *spec; size_t spec_len; int status; const char *out;"
             " size_t out_len; } numfmt_str_fmt_cases[] = {")
    L += ["    {%s, %s, %d, %d, %s, %d}," % (c_str(t), c_str(sp), len(sp.encode()), st, c_str(o), len(o.encode()))
          for t, sp, st, o in strs]
    L += ["};", ""]
    L.append("/* format(Sub(1.0), spec) for float subclasses with these names */")
    L.append("static const struct { const char *type_name; const char *spec; int status; const char *out; }"
             " numfmt_type_name_cases[] = {")
    L += ["    {%s, %s, %d, %s}," % (c_str(n), c_str(sp), st, c_str(t)) for n, sp, st, t in type_name_cases()]
    L += ["};", ""]

    L.append("/* float(s): {s, length, status, bits of the result, error text} */")
    L.append("static const struct { const char *text; size_t len; int status; uint64_t bits; const char *err; }"
             " numfmt_parse_cases[] = {")
    L += ["    {%s, %d, %d, 0x%016xu, %s}," % (c_str(s), len(s.encode()), st, b, c_str(e))
          for s, st, b, e in parse_cases(r)]
    L += ["};", ""]

    L.append("/* round(x, ndigits): {bits of x, ndigits, status, bits of the result, error text} */")
    L.append("static const struct { uint64_t bits; int64_t ndigits; int status; uint64_t out; const char *err; }"
             " numfmt_round_cases[] = {")
    L += ["    {0x%016xu, INT64_C(%d), %d, 0x%016xu, %s}," % (bits(x), nd, st, b, c_str(e))
          for x, nd, st, b, e in round_cases(r)]
    L += ["};", ""]

    cases = pct_cases(r)
    nargs = max(len(c[2]) for c in cases)
    L.append("/* fmt %% args: {fmt, mapping?, args (see the generator), status, output or error} */")
    L.append("#define NUMFMT_PCT_MAX_ARGS %d" % max(nargs, 1))
    L.append("static const struct { const char *fmt; size_t fmt_len; int mapping; int nargs;"
             " const char *args[NUMFMT_PCT_MAX_ARGS]; int status; const char *out; size_t out_len; } numfmt_pct_cases[] = {")
    for fmt, mapping, enc, (st, t) in cases:
        L.append("    {%s, %d, %d, %d, {%s}, %d, %s, %d}," % (
            c_str(fmt), len(fmt.encode()), mapping, len(enc), ", ".join(c_str(e) for e in enc) or "NULL", st, c_str(t),
            len(t.encode())))
    L += ["};", "", "#endif", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
