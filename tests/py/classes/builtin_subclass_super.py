# super() calls from overriding dunders of dict/list/str/tuple/set subclasses reach the built-in behaviour.
class D(dict):
    def __getitem__(self, k):
        print("get", k); return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k); super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k); super().__delitem__(k)
    def __contains__(self, k):
        print("contains", k); return super().__contains__(k)
    def __len__(self):
        return super().__len__()
    def __iter__(self):
        print("iter"); return super().__iter__()
    def __repr__(self):
        return "D" + super().__repr__()
    def __eq__(self, o):
        print("eq"); return super().__eq__(o)
    __hash__ = None
d = D()
d['a'] = 1
print(d['a'], 'a' in d, len(d), list(d), d)
del d['a']
print(d == {})
class L(list):
    def __getitem__(self, i):
        print("get", i); return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i); super().__setitem__(i, v)
    def __len__(self):
        return super().__len__()
    def __iter__(self):
        print("iter"); return super().__iter__()
    def __contains__(self, k):
        print("contains"); return super().__contains__(k)
    def __add__(self, o):
        print("add"); return L(super().__add__(o))
l = L([1,2,3])
l[0] = 5
print(l[0], l[1:], len(l), list(l), 2 in l, l + [9])
class S(str):
    def __getitem__(self, i):
        return S(super().__getitem__(i) * 2)
    def __len__(self): return 100 + super().__len__()
print(S("abc")[1], len(S("ab")))
class T(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self): return 100 + super().__len__()
print(T((1,2))[1], len(T((1,2))))
class St(set):
    def __contains__(self, k):
        print("contains"); return super().__contains__(k)
    def __len__(self): return 100 + super().__len__()
print(3 in St({3}), len(St({1})))
