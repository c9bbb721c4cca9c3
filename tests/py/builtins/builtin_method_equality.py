# Built-in methods compare equal when bound to the same object: equality,
# hashing (sets, dict keys), remove_done_callback-style lookups, ordering errors.
log = []
print(log.append == log.append, log.append is log.append, hash(log.append) == hash(log.append))
print(log.append != log.append, [].append == [].append, [].append != [].append)
d = {}
print(d.get == d.get, d.get == {}.get, d.get == d.setdefault)
print(len({log.append, log.append, d.get}))
callbacks = [log.append, d.get]
print(callbacks.index(log.append), log.append in callbacks, callbacks.count(d.get))
s = "x"
print(s.upper == s.upper, s.upper == "y".upper)
print(len == len, len == abs, len != abs)
import math
print(math.sqrt == math.sqrt)
try:
    log.append < log.append
except TypeError as e:
    print('TypeError:', e)
registry = {log.append: 'appender'}
print(registry[log.append])
