# Operators on a user class: __add__, __sub__, __mul__, __radd__, __eq__,
# __lt__, __neg__ and __hash__ on a Money class, 1,000,000 rounds.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return Money(self.cents + o)

    def __radd__(self, o):
        return Money(self.cents + o)

    def __sub__(self, o):
        return Money(self.cents - o.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __hash__(self):
        return self.cents


def main():
    a = Money(0)
    step = Money(7)
    limit = Money(100000)
    hits = 0
    for i in range(1000000):
        a = a + step
        b = a * 3 - step
        c = 1 + (-b)
        if a < limit:
            hits += 1
        if b == c:
            hits += 100
        if limit < a:
            a = Money(a.cents % 1000)
    return a.cents, hits, hash(a)


print(main())
