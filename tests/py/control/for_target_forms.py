# for loops assigning to attributes, subscripts and starred targets.
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
def holder():
    pass
for holder.x in "ab":
    print(holder.x)
for first, *rest in ["abc", "de"]:
    print(first, rest)
