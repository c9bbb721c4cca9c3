# Common loop patterns: running totals, max tracking, counting.
data = [4, -2, 7, 0, 7, 3, -8, 5]
total = 0
best = None
best_index = -1
negatives = 0
for i, v in enumerate(data):
    total += v
    if best is None or v > best:
        best, best_index = v, i
    if v < 0:
        negatives += 1
print(total, best, best_index, negatives)
running = []
acc = 0
for v in data:
    acc += v
    running.append(acc)
print(running)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
