# The printed order of sets built by set algebra, in-place updates and dict
# view operators depends on CPython's exact steps (which dummy slot an add
# reuses, when a table is rebuilt, which side is iterated); check many mixes.
s = set(range(12)); s.discard(5); s.discard(7); s.add(37); print(s)
s = {1, 9}; s.discard(1); s.add(17); print(s)

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
pool = [(i, i % 7) for i in range(40)] + [str(i) * (i % 3 + 1) for i in range(30)] + \
       list(range(0, 300, 7)) + [1.5, -2.5, 2**70, b'x', frozenset({1})]
def rset(n):
    return {pool[rnd(len(pool))] for _ in range(n)}
def rlist(n):
    return [pool[rnd(len(pool))] for _ in range(n)]
for trial in range(40):
    a = rset(rnd(30)); b = rset(rnd(30)); c = rlist(rnd(10))
    for k in rlist(rnd(8)): a.discard(k)
    out = [a | b, a & b, a - b, a ^ b, a.union(b, c), a.intersection(b, c), a.difference(b, c),
           a.symmetric_difference(c), a.copy(), frozenset(a) | b, b - frozenset(a)]
    x = a.copy(); x &= b; out.append(x)
    x = a.copy(); x -= b; out.append(x)
    x = a.copy(); x ^= b; out.append(x)
    x = a.copy(); x.intersection_update(b, c + list(b)); out.append(x)
    x = a.copy(); x.difference_update(c, b); x.add(pool[rnd(len(pool))]); out.append(x)
    x = a.copy(); x.symmetric_difference_update(dict.fromkeys(c)); out.append(x)
    d = dict.fromkeys(a); e = dict.fromkeys(b)
    out += [d.keys() | b, d.keys() & b, d.keys() - b, d.keys() ^ b, b - d.keys(), b & d.keys(),
            d.keys() & e.keys(), d.keys() ^ e.keys(), d.keys() - c]
    di = {k: rnd(3) for k in a}; ei = {k: rnd(3) for k in b}
    out += [di.items() & ei.items(), di.items() | ei.items(), di.items() - ei.items(), di.items() ^ ei.items()]
    print(trial, *out)
