# Loop variables persist after the loop; modifying the list while iterating.
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
nums = [1, 2, 3]
for n in nums:
    if len(nums) < 6:
        nums.append(n * 10)
print(nums)
for k in range(3):
    k = 100
    print(k, end=" ")
print()
