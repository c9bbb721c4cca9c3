def run(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def keys_changed():
    d = {1: None}
    for k in d:
        del d[k]
        d[k + 1] = None
run("keys", keys_changed)

def vals_changed():
    d = {1: 1}
    for v in d.values():
        del d[1]
        d[2] = 2
run("values", vals_changed)

def items_changed():
    d = {1: 1}
    for k, v in d.items():
        del d[k]
        d[k + 10] = v
run("items", items_changed)

def view_iter():
    d = {1: 1}
    ks = d.keys()
    for k in ks:
        d.pop(k)
        d["x"] = 0
run("view", view_iter)

def size_changed():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0
run("size", size_changed)

def after_error():
    d = {1: None}
    it = iter(d)
    next(it)
    del d[1]; d[2] = None
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    print(list(it))
    d2 = {1: 1}
    it2 = iter(d2)
    d2[3] = 3
    for i in range(2):
        try:
            next(it2)
        except RuntimeError as e:
            print("again", e)
    del d2[3]
    try:
        print(next(it2))
    except RuntimeError as e:
        print("restored", e)
    except StopIteration:
        print("stop")
run("after", after_error)

def rev():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        del d[k]
        d[k + 10] = 0
    print(d)
run("reversed", rev)

def lenhint():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d.items())
    next(it)
    print(it.__length_hint__())
run("hint", lenhint)

def set_same_size():
    s = {1}
    for x in s:
        s.discard(x)
        s.add(x + 1)
        if x > 5: break
    print(sorted(s))
run("set same size", set_same_size)

def set_size():
    s = {1, 2}
    for x in s:
        s.add(x + 100)
run("set size", set_size)

def fs():
    s = {1, 2, 3}
    it = iter(s)
    next(it)
    print(it.__length_hint__())
run("set hint", fs)
