# heapq: push/pop order, heapify, replace/pushpop, nlargest/nsmallest with
# keys and ties, merge of sorted inputs.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(4, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]), heapq.nsmallest(1, people))
print(heapq.nlargest(10, range(3)), heapq.nsmallest(0, [1, 2]), heapq.nlargest(2, iter([5, 1, 9, 3])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
print(list(heapq.merge(["a", "bbb"], ["cc", "dddd"], key=len)), list(heapq.merge([], [1], [])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
