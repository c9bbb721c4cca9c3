# operator: every operator as a function, in-place forms, sequence helpers.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)))
op.delitem(d, "a")
print(d, op.concat([1], [2]), op.concat("a", "b"), op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
print(op.iadd([1], [2]), op.isub(5, 2), op.imul(3, 4), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat("a", "b"))
print(op.call(len, "abc"), op.__add__ is op.add, op.add.__name__)
for f, args in ((op.concat, (1, 2)), (op.indexOf, ([1], 2)), (op.index, (1.5,))):
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
from functools import reduce
print(reduce(op.mul, range(1, 6)), sorted([3, 1, 2], key=op.neg), list(map(op.pow, [2, 3], [3, 2])))
