# The order a set display of constants shows: CPython folds it into a
# frozenset constant (built twice while merging constants) and copies that
# into a new set; `for x in {...}` and comprehensions iterate the frozenset
# itself.  Displays with variables add the items one by one.
print({15, -2, -1, 31, 23}, {15, 31, 23, 7, 39, 47, 55}, {7, -2, -1})
for x in {7, -2, -1}:
    print(x, end=' ')
print()
for x in {15, 31, 23, 7, 39, 47, 55}:
    print(x, end=' ')
print()
print([x for x in {15, -2, -1, 31, 23}], {x for x in {-5, -6, 3}}, list({-3, -4}))
print(2 in {1, 2, 3}, {(1, 2), (-1, -2), (3, -3)}, {1.5, -2.5, 100.25, 1e300})
print({-1, -2}, {-1, -2, True, 1, 1.0}, [k for k in {-1, -2, 0, 8, 16}])
a, b, c = 7, -2, -1
print({a, b, c}, {a, -2, -1}, {*[7, -2, -1]}, set((7, -2, -1)))
def f():
    return {-1, -2, 7, 1024}
print(f(), f() is f(), f() == f())
s = f()
s.add(-3)
print(s, f())
print(sorted({-10, 10, -20, 20}), {(-1, 'a'), (-2, 'a')} == {(-2, 'a'), (-1, 'a')})
print({2**64, -2**64, 2**61 - 1, -(2**61 - 1)}, {0.5, -0.5, 1e-300})
