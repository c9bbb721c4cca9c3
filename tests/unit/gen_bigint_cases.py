#!/usr/bin/python3.11
"""Generates tests/unit/bigint_cases.h, the expected values for
tests/unit/test_bigint.c, by asking CPython 3.11 (the oracle).

    /usr/bin/python3.11 tests/unit/gen_bigint_cases.py > tests/unit/bigint_cases.h

Deterministic: a fixed seed, so regenerating gives the same file.  Most tables
hold full decimal values.  The bulk table keeps the header small: its operands
come from a splitmix64 stream that the C test reproduces, and each case stores
one checksum over the fingerprints of every operation's result (fingerprint()
and mix() below have C twins in test_bigint.c).
"""
import math
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: CPython 3.11 is the oracle")
sys.set_int_max_str_digits(0)

rng = random.Random(20241126)
M64 = (1 << 64) - 1
out = []


def emit(line=""):
    out.append(line)


def cstr(s):
    """A C string literal for str or bytes; octal escapes cannot swallow a
    following digit the way \\x escapes can."""
    if isinstance(s, str):
        s = s.encode("utf-8")
    parts = []
    for b in s:
        ch = chr(b)
        if ch in '"\\':
            parts.append("\\" + ch)
        elif 32 <= b < 127 and ch != "?":  # '?' could start a trigraph
            parts.append(ch)
        else:
            parts.append("\\%03o" % b)
    return '"' + "".join(parts) + '"'


def cnum(v):
    return cstr(str(v))


def dbits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def u64(v):
    return "0x%016xull" % (v & M64)


def i64(v):
    if v == -(1 << 63):
        return "INT64_MIN"
    return "%dll" % v


# ---- random operands ---------------------------------------------------------

def rand_size(maxd):
    if rng.random() < 0.2:
        return rng.randint(1, maxd)
    return max(1, int(math.exp(rng.uniform(0, math.log(maxd + 1)))))


def rand_digits(n):
    return rng.randrange(0, 10) if n == 1 else rng.randrange(10 ** (n - 1), 10 ** n)


def runs(bits):
    """Long runs of ones and zeros stress carry and borrow propagation."""
    v, pos, one = 0, 0, rng.random() < 0.5
    while pos < bits:
        n = rng.randint(1, 80)
        if one:
            v |= ((1 << n) - 1) << pos
        pos += n
        one = not one
    return v & ((1 << bits) - 1) | (1 << (bits - 1))


def rand_int(maxd=300):
    kind = rng.random()
    maxbits = int(maxd * 3.3219)
    if kind < 0.65:
        v = rand_digits(rand_size(maxd))
    elif kind < 0.77:
        v = (1 << (32 * rng.randint(1, max(1, maxbits // 32)))) + rng.randint(-3, 3)
    elif kind < 0.9:
        v = runs(rng.randint(1, maxbits))
    else:
        v = 10 ** rng.randint(0, maxd - 1) + rng.randint(-2, 2)
    return -v if rng.random() < 0.5 else v


EDGES = [0, 1, -1, 2, -3, 7, -10, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, -2**32 - 1,
         2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64 - 1, 2**61 - 1,
         2**96 - 1, -2**96, 10**9, 10**19, -10**38, 3**100, -(10**100)]


# ---- fingerprints for the bulk table ------------------------------------------

def mix(z):
    z &= M64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


def fingerprint(v):
    """Of an int: CPython's hash, the low 64 bits of two's complement and the
    bit length, mixed."""
    return mix((hash(v) & M64) ^ mix(v & M64) ^ (v.bit_length() * 0x9E3779B97F4A7C15))


ERR_FP = {"ZeroDivisionError": 0xD1D0, "OverflowError": 0x0F10, "ValueError": 0xBAD0,
          "MemoryError": 0x3E30}


class SplitMix:
    def __init__(self, seed):
        self.s = seed & M64

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        return mix(self.s)


def stream_operand(r):
    """An operand from the stream; the C test's stream_operand() is its twin."""
    x = r.next()
    n = 1 + (x % 32) if (x >> 8) & 3 else 1 + (x % 3)
    style = (x >> 16) % 4
    v = 0
    for i in range(n):
        w = r.next() & 0xFFFFFFFF
        if style == 1:
            w = 0xFFFFFFFF if w & 1 else 0
        elif style == 2:
            w &= 0x800000FF
        v |= w << (32 * i)
    return -v if (x >> 20) & 1 else v


def bulk_results(a, b, m):
    """Every operation the bulk table checks, in the order the C test applies
    them: a fingerprint per result, an error marker per exception."""
    res = []

    def op(f):
        try:
            r = f()
        except Exception as e:  # the exception type is what the C side reports
            res.append(ERR_FP[type(e).__name__])
            return
        if isinstance(r, float):
            res.append(mix(dbits(r)))
        else:
            res.append(fingerprint(r))

    op(lambda: a + b)
    op(lambda: a - b)
    op(lambda: a * b)
    op(lambda: a // b)
    op(lambda: a % b)
    op(lambda: a & b)
    op(lambda: a | b)
    op(lambda: a ^ b)
    op(lambda: (a > b) - (a < b))
    op(lambda: a / b)
    op(lambda: a << (abs(b) % 300))
    op(lambda: a >> (abs(b) % 300))
    op(lambda: ~a)
    op(lambda: pow(a, abs(b) & 0xFFFFFFFF, m))  # modular_powers has the long exponents
    op(lambda: float(a))
    return res


def checksum(fps):
    h = 0
    for i, f in enumerate(fps):
        h = mix(h ^ f ^ (i << 56))
    return h


# ---- tables -----------------------------------------------------------------------

def pyerr(f):
    """(None, value), or ("Type: message", None) when f raises."""
    try:
        return None, f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e), None


def gen_binops():
    edges = EDGES[::2] + [2**32, -2**63, 2**64, 10**19]
    pairs = [(a, b) for a in edges for b in edges]
    pairs += [(rand_int(), rand_int()) for _ in range(200)]
    # Divisions by nearly-as-long divisors: many quotient digits near 2**32.
    for _ in range(40):
        b = rand_int(200)
        pairs.append((b * rng.randint(1, 2**40) + rng.randint(-abs(b), abs(b)), b))
    emit("/* a, b, a+b, a-b, a*b, a//b, a%b, a&b, a|b, a^b (NULL when b == 0 for // and %),")
    emit(" * compare(a, b), and the bits of a/b (0 when it raises; see truediv_err). */")
    emit("typedef struct { const char *a, *b, *add, *sub, *mul, *fdiv, *mod, *and_, *or_, *xor_;")
    emit("                 int cmp; uint64_t tdiv; const char *tdiv_err; } BinopCase;")
    emit("static const BinopCase binop_cases[] = {")
    for a, b in pairs:
        fd = cnum(a // b) if b else "NULL"
        md = cnum(a % b) if b else "NULL"
        err, q = pyerr(lambda: a / b)
        td, te = ("0", cstr(err)) if err else (u64(dbits(q)), "NULL")
        emit("  {%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %d, %s, %s}," % (
            cnum(a), cnum(b), cnum(a + b), cnum(a - b), cnum(a * b), fd, md,
            cnum(a & b), cnum(a | b), cnum(a ^ b), (a > b) - (a < b), td, te))
    emit("};")
    emit()


def knuth_addback_cases():
    """Division cases whose trial quotient digit is one too large after the
    two-digit test, forcing algorithm D's rare add-back step (found by
    simulating it on 32-bit digits over structured digit patterns)."""
    B = 1 << 32
    pat = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF]
    found = []
    for v0 in pat:
        for v1 in pat:
            for v2 in [0x80000000, 0x80000001, 0xFFFFFFFF]:
                v = [v0, v1, v2]
                for u0 in pat[:4]:
                    for u1 in pat:
                        for u2 in pat:
                            for u3 in pat:
                                if u3 > v2:
                                    continue
                                uu = [u0, u1, u2, u3]
                                num = (u3 << 32) | u2
                                qhat, rhat = divmod(num, v2)
                                while qhat >= B or qhat * v1 > ((rhat << 32) | u1):
                                    qhat -= 1
                                    rhat += v2
                                    if rhat >= B:
                                        break
                                U = sum(x << (32 * i) for i, x in enumerate(uu))
                                V = sum(x << (32 * i) for i, x in enumerate(v))
                                if U < V * B and qhat > U // V:
                                    found.append((U, V))
                                    if len(found) >= 24:
                                        return found
    return found


def gen_addback():
    cases = knuth_addback_cases()
    assert cases, "no add-back case found"
    emit("/* Divisions that take algorithm D's add-back step: a, b, a//b, a%b. */")
    emit("typedef struct { const char *a, *b, *q, *r; } DivCase;")
    emit("static const DivCase addback_cases[] = {")
    for u, v in cases:
        for su, sv in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            a, b = su * u, sv * v
            emit("  {%s, %s, %s, %s}," % (cnum(a), cnum(b), cnum(a // b), cnum(a % b)))
    emit("};")
    emit()


def to_base(v, base, upper=False):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    neg, v, s = v < 0, abs(v), []
    while v:
        v, d = divmod(v, base)
        s.append(digits[d])
    return ("-" if neg else "") + "".join(reversed(s))


FLOAT_EDGES = [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64 + 2**11,
               2**64 + 2**11 + 1, (2**53 + 1) << 900, ((2**53 + 1) << 200) | 1,
               2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1023, 2**1024, -(2**1024 - 2**970),
               2**1024 - 1, 2**63 - 1, -2**63, 2**63 + 1024, 2**63 + 1025]


def gen_unary():
    vals = list(EDGES) + FLOAT_EDGES + [rand_int() for _ in range(180)]
    vals += [rand_int(330) for _ in range(12)]
    emit("/* a, ~a, bit_length, bit_count, hash, fits int64, float(a) bits (float_err when it")
    emit(" * raises), hex(a), oct(a), bin(a), format(a, '#X'), a in base 36 and base 7. */")
    emit("typedef struct { const char *a, *inv; uint64_t bitlen, bitcount; int64_t hash; bool fits;")
    emit("                 uint64_t fbits; const char *float_err, *hex, *oct, *bin, *upper, *b36, *b7; } UnaryCase;")
    emit("static const UnaryCase unary_cases[] = {")
    for a in vals:
        err, f = pyerr(lambda: float(a))
        fb, fe = ("0", cstr(err)) if err else (u64(dbits(f)), "NULL")
        emit("  {%s, %s, %du, %du, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s}," % (
            cnum(a), cnum(~a), a.bit_length(), a.bit_count(), i64(hash(a)),
            "true" if -2**63 <= a < 2**63 else "false", fb, fe,
            cstr(hex(a)), cstr(oct(a)), cstr(bin(a)), cstr(format(a, "#X")),
            cstr(to_base(a, 36)), cstr(to_base(a, 7))))
    emit("};")
    emit()


def gen_shifts():
    cases = []
    for _ in range(360):
        a = rand_int(150)
        n = rng.choice([rng.randint(0, 700), 32 * rng.randint(0, 20) + rng.randint(-1, 1)])
        cases.append((a, max(n, 0)))
    for a in (0, 1, -1, 2**32, -2**32, -2**32 - 1, -(2**64), 2**64 - 1):
        for n in (0, 1, 31, 32, 33, 63, 64, 65, 100):
            cases.append((a, n))
    emit("/* a, n, a << n, a >> n */")
    emit("typedef struct { const char *a; int64_t n; const char *shl, *shr; } ShiftCase;")
    emit("static const ShiftCase shift_cases[] = {")
    for a, n in cases:
        emit("  {%s, %d, %s, %s}," % (cnum(a), n, cnum(a << n), cnum(a >> n)))
    emit("};")
    emit()


def gen_pow():
    cases = [(b, e) for b in (0, 1, -1, 2, -2, 3, -3, 10, 2**32, -(2**32) + 1, 7**20)
             for e in (0, 1, 2, 3, 31, 32, 33, 64, 65)]
    for _ in range(160):
        b = rand_int(rng.choice([3, 12, 30]))
        e = rng.randint(0, max(1, 600 // max(1, len(str(abs(b))))))
        cases.append((b, e))
    emit("/* a ** e */")
    emit("typedef struct { const char *a; int64_t e; const char *r; } PowCase;")
    emit("static const PowCase pow_cases[] = {")
    for b, e in cases:
        emit("  {%s, %d, %s}," % (cnum(b), e, cnum(b ** e)))
    emit("};")
    emit()


def gen_powmod():
    cases = [(2, 3, 0), (2, -1, 4), (0, -1, 1), (2, -1, -1), (3, -2, 7), (-3, 5, -7), (5, 0, -7),
             (0, 0, 5), (0, 5, 7), (4, 3, 8), (10**30, 10**30, 10**20 + 39), (-1, -1, 2**64 + 1)]
    for _ in range(380):
        b = rand_int(rng.choice([5, 40, 120]))
        e = rand_int(rng.choice([2, 20, 60]))
        m = rand_int(rng.choice([1, 9, 10, 40, 120]))
        if rng.random() < 0.7:
            e = abs(e)
        cases.append((b, e, m))
    emit("/* pow(a, e, m), or err (\"Type: message\") when it raises. */")
    emit("typedef struct { const char *a, *e, *m, *r, *err; } PowmodCase;")
    emit("static const PowmodCase powmod_cases[] = {")
    for b, e, m in cases:
        err, r = pyerr(lambda: pow(b, e, m))
        emit("  {%s, %s, %s, %s, %s}," % (cnum(b), cnum(e), cnum(m),
                                          "NULL" if err else cnum(r), cstr(err) if err else "NULL"))
    emit("};")
    emit()


def gen_truediv_special():
    cases = []
    for _ in range(40):
        n = 2**53 + 2 * rng.randrange(2**52) + 1  # odd: exactly between two doubles
        s1, s2 = rng.randint(60, 400), rng.randint(60, 400)
        cases.append((n << s1, 1 << s2))
        cases.append(((n << s1) + 1, 1 << s1))  # just above the tie
        k = rng.choice([3, 5, 7, 10**20 + 39])
        cases.append((n * k << s1, k << s2))
    for _ in range(40):  # subnormal and underflowing quotients
        a = rand_int(60)
        cases.append((a, abs(a) * 2**rng.randint(1000, 1100) + rng.randint(0, 10**6)))
    cases += [(1, 2**1075), (3, 2**1076), (1, 2**1074), (-1, 2**1075 - 1), (1, 2**2000), (-1, 2**2000),
              (0, -5), (0, 5), (2**1100, 3), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
              (2**1030, 64), (2**1030 - 2**976, 64), (-(2**1100), 2**80), (10**400, 10**91), (7, 10**400)]
    emit("/* a / b rounded as CPython: the double's bits, or err (\"Type: message\"). */")
    emit("typedef struct { const char *a, *b; uint64_t bits; const char *err; } TruedivCase;")
    emit("static const TruedivCase truediv_cases[] = {")
    for a, b in cases:
        err, q = pyerr(lambda: a / b)
        emit("  {%s, %s, %s, %s}," % (cnum(a), cnum(b), "0" if err else u64(dbits(q)),
                                      cstr(err) if err else "NULL"))
    emit("};")
    emit()


def rand_double():
    k = rng.random()
    if k < 0.5:
        return rng.uniform(-1, 1) * 2.0 ** rng.randint(-10, 1023)
    if k < 0.7:
        return float(rng.randint(-2**70, 2**70))
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]


def gen_doubles():
    ds = [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, -1.5, 1e18, 2.0**63, -2.0**63, 2.0**63 - 1024,
          -2.0**63 - 2048, 2.0**64, 1e300, -1e300, 1.7976931348623157e308, 5e-324, float("inf"),
          float("-inf"), float("nan"), 4503599627370495.5, 9007199254740993.0]
    ds += [rand_double() for _ in range(200)]
    emit("/* int(d) for the double with these bits: the value, or err (\"Type: message\"). */")
    emit("typedef struct { uint64_t bits; const char *r, *err; } FromDoubleCase;")
    emit("static const FromDoubleCase from_double_cases[] = {")
    for d in ds:
        err, r = pyerr(lambda: int(d))
        emit("  {%s, %s, %s}," % (u64(dbits(d)), "NULL" if err else cnum(r), cstr(err) if err else "NULL"))
    emit("};")
    emit()
    # Exact int/float comparisons: around float(a) and around int(d).
    pairs = []
    for _ in range(80):
        a = rand_int(rng.choice([5, 20, 330]))
        try:
            f = float(a)
        except OverflowError:
            f = float("inf") if a > 0 else float("-inf")
        pairs += [(a, f), (a + 1, f), (a - 1, f)]
    for d in ds[:60]:
        if math.isfinite(d):
            i = int(d)
            pairs += [(i, d), (i + 1, d), (i - 1, d)]
        else:
            pairs += [(0, d), (10**400, d), (-10**400, d)]
    pairs += [(2, 2.5), (3, 2.5), (-2, -2.5), (-3, -2.5), (0, -0.0), (0, 0.5), (0, -0.5), (1, 0.5),
              (2**1023, 2.0**1023), (2**1024, 1.7976931348623157e308), (-(2**1024), -1.7976931348623157e308)]
    emit("/* compare(a, d): -1, 0, 1, or 2 when d is a NaN. */")
    emit("typedef struct { const char *a; uint64_t bits; int cmp; } CmpDoubleCase;")
    emit("static const CmpDoubleCase cmp_double_cases[] = {")
    for a, d in pairs:
        c = 2 if math.isnan(d) else (a > d) - (a < d)
        emit("  {%s, %s, %d}," % (cnum(a), u64(dbits(d)), c))
    emit("};")
    emit()


WS = " \t\n\v\f\r"


def literal_for(v, base):
    """A valid literal of v in base (0 = with a prefix chosen here)."""
    if base == 0:
        pb = rng.choice([10, 16, 8, 2])
        body = to_base(abs(v), pb)
        prefix = {10: "", 16: "0x", 8: "0o", 2: "0b"}[pb]
        if prefix and rng.random() < 0.3:
            prefix = prefix.upper()
        if pb == 10 and v == 0 and rng.random() < 0.5:
            body = "0" * rng.randint(2, 4)
    else:
        body = to_base(abs(v), base)
        prefix = ""
        if base in (2, 8, 16) and rng.random() < 0.4:
            prefix = "0" + {2: "b", 8: "o", 16: "x"}[base]
            if rng.random() < 0.3:
                prefix = prefix.upper()
    if rng.random() < 0.3:
        body = "".join(ch.upper() if rng.random() < 0.5 else ch for ch in body)
    if rng.random() < 0.3 and len(body) > 1:
        body = body[0] + "".join(("_" if rng.random() < 0.25 else "") + ch for ch in body[1:])
    if prefix and rng.random() < 0.3:
        prefix += "_"
    sign = "-" if v < 0 else rng.choice(["", "", "+"])
    lead = "".join(rng.choice(WS) for _ in range(rng.choice([0, 0, 1, 3])))
    trail = "".join(rng.choice(WS) for _ in range(rng.choice([0, 0, 1, 2])))
    return lead + sign + prefix + body + trail


def mutate(s):
    k = rng.randrange(9)
    i = rng.randint(0, len(s))
    return [s[:i] + "__" + s[i:], s + "_", "_" + s, s[:i] + rng.choice("g.z!@ ~\0") + s[i:],
            s[:i] + "\xe9" + s[i:], "--" + s, s[:i] + " " + s[i:], "+-" + s, s.replace("_", "")][k]


def gen_parse():
    cases = []
    for _ in range(420):
        base = rng.choice([0, 0, 10, 10, 16, 2, 8] + list(range(2, 37)))
        v = rand_int(rng.choice([3, 20, 60]))
        s = literal_for(v, base)
        if rng.random() < 0.25:
            s = mutate(s)
        cases.append((s, base))
    fixed = ["0", "00", "0_0", "010", "0_7", "08", "0x", "0x_", "0x_1f", "0X1F", "0b", "0b2", "0o8",
             "+", "-", "", " ", "1 1", "1__0", "_1", "1_", " -7 ", "\t+0b101\n", "0xg", "١٢",
             "99999999999999999999999999999", "-0", "+0", "0x" + "f" * 40, "1\x002", "12\x00"]
    for s in fixed:
        for base in (0, 10, 16, 2, 8, 36):
            cases.append((s, base))
    cases += [("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("0b11", 16), ("0o7", 36)]
    emit("/* int(s, base), or err (\"Type: message\") when it raises.")
    emit(" * Strings are bytes: CPython's int(bytes, base) parses them as Coil does. */")
    emit("typedef struct { const char *s; size_t len; int base; const char *r, *err; } ParseCase;")
    emit("static const ParseCase parse_cases[] = {")
    for s, base in cases:
        bs = s.encode("utf-8")
        err, r = pyerr(lambda: int(bs, base))
        emit("  {%s, %d, %d, %s, %s}," % (cstr(bs), len(bs), base, "NULL" if err else cnum(r),
                                          cstr(err) if err else "NULL"))
    emit("};")
    emit()


def gen_limits():
    sys.set_int_max_str_digits(4300)  # CPython's default, which these cases are about
    emit("/* The int_max_str_digits limit (4300 by default): s = prefix + ch * count + suffix,")
    emit(" * int(s, base) raises msg (\"Type: message\"), or succeeds when msg is NULL. */")
    emit("typedef struct { const char *prefix; char ch; int count; const char *suffix; int base;")
    emit("                 const char *msg; } LimitParseCase;")
    emit("static const LimitParseCase limit_parse_cases[] = {")
    for pre, ch, n, suf, base in [("", "1", 4300, "", 10), ("", "1", 4301, "", 10), ("-", "1", 4301, "", 10),
                                  ("", "0", 4301, "", 0), ("", "1", 4301, "x", 10), ("", "1", 5000, "", 7),
                                  ("", "1", 5000, "", 16), ("", "1", 5000, "", 2), ("", "1", 4301, "__", 10),
                                  ("", "1", 4301, "_", 10), ("  ", "9", 4300, "  ", 0), ("0x", "f", 6000, "", 0),
                                  ("", "7", 640, "", 10), ("1_", "2", 4299, "", 10), ("1_", "2", 4300, "", 10)]:
        s = pre + ch * n + suf
        err, r = pyerr(lambda: int(s, base))
        emit("  {%s, '%s', %d, %s, %d, %s}," % (cstr(pre), ch, n, cstr(suf), base,
                                                cstr(err) if err else "NULL"))
    emit("};")
    emit("/* str(sign * (10**k + delta)) under the default limit: msg (\"Type: message\") when it")
    emit(" * raises, NULL when it succeeds. */")
    emit("typedef struct { int k; int delta; int sign; const char *msg; } LimitStrCase;")
    emit("static const LimitStrCase limit_str_cases[] = {")
    for k, delta, sign in [(4299, 0, 1), (4300, 0, 1), (4300, -1, 1), (4300, -1, -1), (4300, 0, -1),
                           (5000, 0, 1), (639, 0, 1), (4200, 7, -1), (20000, 0, 1)]:
        err, r = pyerr(lambda: str(sign * (10**k + delta)))
        emit("  {%d, %d, %d, %s}," % (k, delta, sign, cstr(err) if err else "NULL"))
    emit("};")
    emit()
    sys.set_int_max_str_digits(0)


def gen_errors():
    cases = [("floordiv", 1, 0), ("mod", 1, 0), ("divmod", 1, 0), ("truediv", 1, 0),
             ("floordiv", 2**100, 0), ("mod", -2**100, 0), ("divmod", 0, 0), ("truediv", 2**100, 0),
             ("lshift", 1, -1), ("rshift", 1, -1), ("rshift", -5, -1), ("lshift", 0, -1),
             ("lshift", 2**100, -2**100), ("lshift", 1, 2**64), ("lshift", 1, 2**63), ("lshift", 0, 2**64),
             ("rshift", 1, 2**64), ("rshift", -1, 2**64), ("rshift", -2**100, 2**100),
             ("truediv", 2**1100, 3), ("truediv", 2**2000, 2**10), ("truediv", 1, 2**2000),
             ("float", 2**1024, 0), ("float", -2**1024, 0), ("float", 2**1024 - 1, 0)]
    ops = {"floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "divmod": divmod,
           "truediv": lambda a, b: a / b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
           "float": lambda a, b: float(a)}
    emit("/* op(a, b) raising: err is \"Type: message\" (NULL: op succeeds with value r). */")
    emit("typedef struct { const char *op, *a, *b, *err, *r; } ErrorCase;")
    emit("static const ErrorCase error_cases[] = {")
    for op, a, b in cases:
        err, r = pyerr(lambda: ops[op](a, b))
        rs = "NULL" if err else cstr(repr(r) if op in ("truediv", "float") else str(r))
        emit("  {%s, %s, %s, %s, %s}," % (cstr(op), cnum(a), cnum(b), cstr(err) if err else "NULL", rs))
    emit("};")
    emit()


def gen_i64():
    edges = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, -2**31, 2**32, 3037000499, 3037000500, -3037000500,
             2**62, -2**62, 2**63 - 1, -2**63, -2**63 + 1, 4611686018427387903]
    vals = edges + [rng.randint(-2**63, 2**63 - 1) >> rng.randint(0, 62) for _ in range(16)]
    fits = lambda v: -2**63 <= v < 2**63
    emit("/* int64 helpers: a, b and whether each result fits (then its value). */")
    emit("typedef struct { int64_t a, b; bool add_ok; int64_t add; bool sub_ok; int64_t sub;")
    emit("                 bool mul_ok; int64_t mul; bool div_ok; int64_t div; int64_t mod; int64_t hash_a; } I64Case;")
    emit("static const I64Case i64_cases[] = {")
    for a in vals:
        for b in vals[:20]:
            r = [a + b, a - b, a * b]
            dv, md = (a // b, a % b) if b else (0, 0)
            emit("  {%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s}," % (
                i64(a), i64(b), *sum([["true" if fits(x) else "false", i64(x if fits(x) else 0)] for x in r], []),
                "true" if b and fits(dv) else "false", i64(dv if fits(dv) else 0), i64(md), i64(hash(a))))
    emit("};")
    emit("typedef struct { int64_t a; uint64_t e; bool ok; int64_t r; } I64PowCase;")
    emit("static const I64PowCase i64_pow_cases[] = {")
    pcs = [(a, e) for a in (0, 1, -1, 2, -2, 3, -3, 10, -10, 3037000499, -3037000500, 2**31, 2**62, -2**63)
           for e in (0, 1, 2, 3, 39, 40, 62, 63, 64, 1000, 2**40)]
    pcs += [(rng.randint(-1000, 1000), rng.randint(0, 20)) for _ in range(60)]
    for a, e in pcs:
        if abs(a) > 1 and e > 200:
            ok, r = False, 0
        else:
            r = a ** e
            ok = fits(r)
        emit("  {%s, %du, %s, %s}," % (i64(a), e, "true" if ok else "false", i64(r if ok else 0)))
    emit("};")
    emit()


def gen_bulk():
    seed = 0xC011B16
    r = SplitMix(seed)
    n = 3000
    sums = []
    for _ in range(n):
        a, b, m = stream_operand(r), stream_operand(r), stream_operand(r)
        if m == 0:
            m = 97
        sums.append(checksum([fingerprint(a), fingerprint(b), fingerprint(m)] + bulk_results(a, b, m)))
    emit("/* Bulk: case i draws a, b, m (m = 97 when 0) from splitmix64 seeded with BULK_SEED and")
    emit(" * checks the checksum of fingerprints of a, b, m and of a+b, a-b, a*b, a//b, a%b, a&b,")
    emit(" * a|b, a^b, compare(a, b), a/b, a << |b|%300, a >> |b|%300, ~a, pow(a, |b| & 0xFFFFFFFF, m),")
    emit(" * float(a). */")
    emit("#define BULK_SEED %s" % u64(seed))
    emit("static const uint64_t bulk_checksums[%d] = {" % n)
    for i in range(0, n, 4):
        emit("  " + ", ".join(u64(x) for x in sums[i:i + 4]) + ",")
    emit("};")
    emit()


def fnv1a(s):
    h = 0xCBF29CE484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


def gen_big():
    """Operands far past the Karatsuba and divide-and-conquer thresholds,
    built in C as s * p**e + q; strings checked through their FNV-1a hashes."""
    emit("/* Big operands a = sa * pa**ea + qa, b likewise: hashes and FNV-1a digests of")
    emit(" * str(a), hex(a), and the checksum over a*b, a//b, a%b, a*a, a+b, a-b, a&b, a/b. */")
    emit("typedef struct { int sa; int64_t pa; int ea; const char *qa; int sb; int64_t pb; int eb; const char *qb;")
    emit("                 int64_t hash_a; size_t str_len; uint64_t str_fnv, hex_fnv; uint64_t sum; } BigCase;")
    emit("static const BigCase big_cases[] = {")
    primes = [3, 7, 10, 11, 13, 2**32 - 5, 1000003]
    for i in range(36):
        pa, pb = rng.choice(primes), rng.choice(primes)
        da = rng.choice([200, 800, 1500, 4000, 10000, 25000])
        db = rng.choice([50, 200, 700, 2000, 9000]) if i % 3 else da
        ea = max(1, int(da / math.log10(pa)))
        eb = max(1, int(db / math.log10(pb)))
        qa, qb = rand_int(40), rand_int(40)
        sa, sb = rng.choice((1, -1)), rng.choice((1, -1))
        a = sa * pa**ea + qa
        b = sb * pb**eb + qb
        res = [fingerprint(a * b), fingerprint(a // b), fingerprint(a % b), fingerprint(a * a),
               fingerprint(a + b), fingerprint(a - b), fingerprint(a & b)]
        err, q = pyerr(lambda: a / b)
        res.append(ERR_FP[err.split(":")[0]] if err else mix(dbits(q)))
        emit("  {%d, %d, %d, %s, %d, %d, %d, %s, %s, %d, %s, %s, %s}," % (
            sa, pa, ea, cnum(qa), sb, pb, eb, cnum(qb), i64(hash(a)), len(str(a)),
            u64(fnv1a(str(a))), u64(fnv1a(hex(a))), u64(checksum(res))))
    emit("};")
    emit()


emit("/* bigint_cases.h — GENERATED by tests/unit/gen_bigint_cases.py from CPython")
emit(" * %d.%d.%d; do not edit.  Expected values for tests/unit/test_bigint.c. */" % sys.version_info[:3])
emit("#ifndef COIL_BIGINT_CASES_H")
emit("#define COIL_BIGINT_CASES_H")
emit()
emit("#include <stdbool.h>")
emit("#include <stddef.h>")
emit("#include <stdint.h>")
emit()
gen_binops()
gen_addback()
gen_unary()
gen_shifts()
gen_pow()
gen_powmod()
gen_truediv_special()
gen_doubles()
gen_parse()
gen_limits()
gen_errors()
gen_i64()
gen_bulk()
gen_big()
emit("#endif")
sys.stdout.write("\n".join(out) + "\n")
