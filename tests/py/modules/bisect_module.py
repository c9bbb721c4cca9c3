# bisect: bisect_left/right, insort_left/right, lo/hi bounds, key functions.
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 100)
print(a)
records = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(records, 3, key=lambda t: t[0]), bisect.bisect_right(records, 3, key=lambda t: t[0]))
bisect.insort(records, (4, "x"), key=lambda t: t[0])
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
