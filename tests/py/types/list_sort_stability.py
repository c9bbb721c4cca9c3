# sort is stable, including with reverse=True.
records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
data = sorted(records, key=lambda r: r[0], reverse=True)
data.sort(key=lambda r: r[1])
print(data)
nums = [(i % 3, i) for i in range(12)]
nums.sort(key=lambda t: t[0])
print(nums)
