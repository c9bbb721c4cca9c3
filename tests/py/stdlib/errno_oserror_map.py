# errno: the OSError subclass chosen for each errno value
import errno
for name in ['EAGAIN', 'EALREADY', 'EWOULDBLOCK', 'EINPROGRESS', 'ECHILD', 'EPIPE', 'ESHUTDOWN',
             'ECONNABORTED', 'ECONNREFUSED', 'ECONNRESET', 'EEXIST', 'ENOENT', 'EISDIR',
             'ENOTDIR', 'EINTR', 'EACCES', 'EPERM', 'ESRCH', 'ETIMEDOUT', 'EINVAL', 'ENOMEM']:
    e = OSError(getattr(errno, name), 'msg')
    print(name, type(e).__name__, e.errno, str(e))
print(FileNotFoundError(errno.ENOENT, 'gone', 'f.txt'))
