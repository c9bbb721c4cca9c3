# errno: constants, errorcode, and OSError's errno attribute
import errno
print(errno.EPERM, errno.ENOENT, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK, errno.EEXIST)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), len([n for n in dir(errno) if n.startswith('E')]))
print(list(errno.errorcode.items())[:6])
print(dir(errno)[:8])
print(all(errno.errorcode[getattr(errno, n)] in dir(errno) for n in dir(errno) if n.startswith('E')))
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.EDEADLK == errno.EDEADLOCK)
try:
    open('/nonexistent-dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
e = OSError(errno.EEXIST, 'exists')
print(type(e).__name__, e.errno, e.strerror)
print(type(OSError(errno.EACCES, 'x')).__name__, type(OSError(errno.ECHILD, 'x')).__name__)
print(errno)
