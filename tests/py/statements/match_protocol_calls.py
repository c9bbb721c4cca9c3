import collections.abc
class S(collections.abc.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self):
        print("len")
        return len(self.a)
    def __getitem__(self, i):
        print("getitem", i)
        return self.a[i]
    def __iter__(self):
        print("iter")
        return iter(self.a)
for pat in ["[*x]", "[*_]", "[_, *_]", "[a, *_]", "[a, *_, b]", "[a, *r, b]", "[_, _]", "[a, b]", "[*x, _]"]:
    print("--", pat)
    exec(f"match S(1, 2):\n case {pat}: print('ok')\n case _: print('no')")
class M(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self):
        print("iter")
        return iter(self.d)
    def __len__(self):
        print("len")
        return len(self.d)
for pat in ["{}", "{**r}", "{1: a}", "{1: a, **r}"]:
    print("--", pat)
    exec(f"match M({{1: 2, 3: 4}}):\n case {pat}: print('ok', locals().get('r'))\n case _: print('no')")
