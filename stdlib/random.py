# random — pseudo-random numbers on top of the Mersenne Twister in the C
# module _random (seeding, random(), getrandbits(), raw state).
#
# Every method here draws from the generator in exactly the order CPython
# 3.11's do, with the same arithmetic, so a given seed yields the same
# numbers as CPython.  Not supported yet: seeding from str/bytes (CPython
# hashes those with SHA-512), randbytes() and SystemRandom.

import _random
from math import log as _log, exp as _exp, sqrt as _sqrt, ceil as _ceil
from math import floor as _floor, cos as _cos, sin as _sin, acos as _acos
from math import pi as _pi, e as _e, tau as TWOPI, isfinite as _isfinite
from operator import index as _index
from bisect import bisect as _bisect
from os import urandom as _urandom

__all__ = [
    "Random", "seed", "random", "uniform", "randint", "choice", "sample",
    "randrange", "shuffle", "normalvariate", "lognormvariate",
    "expovariate", "vonmisesvariate", "gammavariate", "triangular",
    "gauss", "betavariate", "paretovariate", "weibullvariate",
    "getstate", "setstate", "getrandbits", "choices", "randbytes",
    "SystemRandom",
]

# Constants of the sampling algorithms (public in CPython too).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)   # Kinderman-Monahan bound
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)              # Cheng's gamma sampler
BPF = 53                                      # bits in a double's mantissa
RECIP_BPF = 2.0 ** -BPF


def _looks_like_sequence(obj):
    # Stand-in for isinstance(obj, collections.abc.Sequence): indexable and
    # sized, but not a mapping or a set.
    if isinstance(obj, (list, tuple, str, range, bytes)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    cls = type(obj)
    return hasattr(cls, '__getitem__') and hasattr(cls, '__len__')


def _range_arg(value, label):
    # randrange still takes integral floats (CPython deprecates them).
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            raise ValueError(f'non-integer {label} for randrange()')
        return as_int


def _running_totals(values):
    out = []
    total = None
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


class Random(_random.Random):
    VERSION = 3   # the first item of getstate()

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            # Python 2's seeding of strings, kept for old sequences.
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from hashlib import sha512 as _sha512
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a).digest(), 'big')
        if a is not None and not isinstance(a, (int, float)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    # ---- state ---------------------------------------------------------

    def getstate(self):
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            # Version 2 states may hold negative words; wrap them to 32 bits.
            _, words, self.gauss_next = state
            try:
                words = tuple([w % 4294967296 for w in words])
            except ValueError as err:
                raise TypeError from err
        else:
            raise ValueError(f'state with version {version} passed to '
                             f'Random.setstate() of version {self.VERSION}')
        super().setstate(words)

    # ---- integers ------------------------------------------------------

    def _randbelow(self, n):
        # Uniform in [0, n): draw bit_length(n) bits until the value fits.
        bits = n.bit_length()
        draw = self.getrandbits
        r = draw(bits)
        while r >= n:
            r = draw(bits)
        return r

    def randrange(self, start, stop=None, step=1):
        first = _range_arg(start, 'arg 1')
        if stop is None:
            if step != 1 or type(step) is not int:
                # Only `randrange(stop)` may omit stop.
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _range_arg(stop, 'stop')
        width = last - first
        stride = _range_arg(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError(f'empty range for randrange() ({first}, {last}, {width})')
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # Number of values in range(first, last, stride).
        if stride > 0:
            count = (width + stride - 1) // stride
        else:
            count = (width + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # ---- sequences -----------------------------------------------------

    def choice(self, seq):
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        # Fisher-Yates, from the end: position i swaps with one of 0..i.
        pick = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = pick(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        if not _looks_like_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            # Sample positions in the virtual expanded population, then map
            # each back to its element through the running totals.
            bounds = _running_totals(counts)
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, p)] for p in picks]
        if k < 0 or k > n:
            raise ValueError('Sample larger than population or is negative')
        pick = self._randbelow
        out = []
        # Two strategies, chosen by the same size threshold as CPython (it
        # decides which random draws happen): a shrinking copy of the
        # population for small inputs, rejection of repeats otherwise.
        limit = 21
        if k > 5:
            limit += 4 ** _ceil(_log(3 * k, 4))
        if n <= limit:
            pool = list(population)
            for i in range(k):
                j = pick(n - i)
                out.append(pool[j])
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for _ in range(k):
                j = pick(n)
                while j in taken:
                    j = pick(n)
                taken.add(j)
                out.append(population[j])
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        rand = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = float(n)
                return [population[_floor(rand() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if isinstance(weights, int):
                    # choices(pop, 3) almost certainly meant k=3.
                    raise TypeError('The number of choices must be a keyword '
                                    f'argument: k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = n - 1
        return [population[_bisect(cum_weights, rand() * total, 0, top)]
                for _ in range(k)]

    # ---- real-valued distributions ---------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > peak:
            # Sample the other side of the peak by mirroring.
            u = 1.0 - u
            peak = 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman & Monahan's ratio-of-uniforms method.
        rand = self.random
        while True:
            a = rand()
            b = 1.0 - rand()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller makes two normals per round; the second one is kept in
        # gauss_next for the following call.
        value = self.gauss_next
        self.gauss_next = None
        if value is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            value = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + value * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best & Fisher (1979); tiny kappa is simply uniform on the circle.
        rand = self.random
        if kappa <= 1e-6:
            return TWOPI * rand()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            c = _cos(_pi * rand())
            w = c / (rho + c)
            u = rand()
            if u < 1.0 - w * w or u <= (1.0 - w) * _exp(w):
                break
        inv = 1.0 / rho
        cos_theta = (inv + c) / (1.0 + inv * c)
        if rand() > 0.5:
            return (mu + _acos(cos_theta)) % TWOPI
        return (mu - _acos(cos_theta)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        rand = self.random
        if alpha > 1.0:
            # R. C. H. Cheng's rejection method (1977).
            spread = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            slope = alpha + spread
            while True:
                a = rand()
                if a <= 1e-7 or a >= 0.9999999:
                    continue
                b = 1.0 - rand()
                v = _log(a / (1.0 - a)) / spread
                g = alpha * _exp(v)
                test = a * a * b
                score = shift + slope * v - g
                if score + SG_MAGICCONST - 4.5 * test >= 0.0 or score >= _log(test):
                    return g * beta
        if alpha == 1.0:
            # The exponential distribution with mean beta.
            return -_log(1.0 - rand()) * beta
        # 0 < alpha < 1: Ahrens & Dieter's GS algorithm.
        edge = (_e + alpha) / _e
        while True:
            p = edge * rand()
            if p <= 1.0:
                g = p ** (1.0 / alpha)
            else:
                g = -_log((edge - p) / alpha)
            u = rand()
            if p > 1.0:
                if u <= g ** (alpha - 1.0):
                    return g * beta
            elif u <= _exp(-g):
                return g * beta

    def betavariate(self, alpha, beta):
        # Via two gamma variates: X / (X + Y).
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def randbytes(self, n):
        """n random bytes (the generator's bits, least significant first)."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); not
    reproducible, so seeding does nothing and there is no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


# The module-level functions are the bound methods of one hidden generator.
_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice',
              'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
              'lognormvariate', 'expovariate', 'vonmisesvariate',
              'gammavariate', 'gauss', 'betavariate', 'paretovariate',
              'weibullvariate', 'getstate', 'setstate', 'getrandbits',
              'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name
