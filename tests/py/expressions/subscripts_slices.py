# Subscription and slicing.
s = list(range(10))
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::3])
print(s[::-1], s[7:2:-2], s[-3:], s[:-3], s[100:], s[-100:2])
print("abcdef"[1:-1], "abcdef"[::-2], (1, 2, 3, 4)[1:3])
print(s[slice(2, 5)], s[slice(None, None, 3)])
t = s[:]
t[2:5] = ["a", "b"]
print(t)
t[::3] = [0] * len(t[::3])
print(t)
del t[1:3]
print(t)
del t[::2]
print(t)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
d = {"a": {"b": [10, 20]}}
print(d["a"]["b"][1])
d[1, 2] = "tuple key"
print(d[(1, 2)], d[1, 2])
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[::], S()[1, 2:3], S()[...])
b = b"bytes"
print(b[0], b[1:3], bytearray(b)[::-1])
