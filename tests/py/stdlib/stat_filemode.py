# stat: the file-type tests, S_IMODE/S_IFMT, filemode() and the constants,
# on literal modes and on real files.
import os
import stat
import tempfile

for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o102755, 0o41777, 0o41776,
          0o4644, 0o2644, 0o1644, 0o644, 0o10600, 0o20600, 0o60600, 0o140600,
          0o170644, 0o150644, 0o100000, 0o107777]:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR,
                                stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR,
                                stat.S_ISPORT, stat.S_ISWHT) if f(m)])
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR, stat.S_IREAD, stat.S_IWRITE,
      stat.S_IEXEC, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_ENFMT)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT,
      stat.FILE_ATTRIBUTE_DIRECTORY)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'w'):
        pass
    os.chmod(p, 0o751)
    os.symlink(p, os.path.join(d, 'l'))
    st = os.stat(p)
    print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]))
    print(stat.filemode(os.stat(d).st_mode)[0], stat.filemode(os.lstat(os.path.join(d, 'l')).st_mode))
