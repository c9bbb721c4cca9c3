# errno: errorcode as a reverse table
import errno
names = [n for n in dir(errno) if n.startswith('E')]
by_value = {}
for n in names:
    by_value.setdefault(getattr(errno, n), []).append(n)
print(sorted((v, ns) for v, ns in by_value.items() if len(ns) > 1))
print(sorted(errno.errorcode)[:10], max(errno.errorcode))
print(sum(errno.errorcode), sorted(errno.errorcode.values())[-5:])
print(isinstance(errno.errorcode, dict), type(errno.ENOENT).__name__)
print(errno.errorcode.get(0), errno.errorcode.get(100000, 'none'))
