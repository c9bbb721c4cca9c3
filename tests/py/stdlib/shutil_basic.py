# shutil: copyfile/copy/copy2/copymode/copystat, copytree (ignore, symlinks,
# dirs_exist_ok, errors), rmtree (onerror), move, which, disk_usage and
# get_terminal_size.  Everything happens in a temporary directory and only
# relative names are printed.
import os
import shutil
import stat
import tempfile

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        for f in sorted(files):
            p = os.path.join(root, f)
            kind = 'L' if os.path.islink(p) else 'F'
            out.append(os.path.normpath(os.path.join(rel, f)) + ':' + kind)
        for d in dirs:
            if os.path.islink(os.path.join(root, d)):
                out.append(os.path.normpath(os.path.join(rel, d)) + ':L')
    return out

def write(p, data):
    with open(p, 'w') as f:
        f.write(data)

def read(p):
    with open(p) as f:
        return f.read()

base = tempfile.mkdtemp()
os.chdir(base)

write('a.txt', 'alpha\n')
os.chmod('a.txt', 0o640)
os.utime('a.txt', (1000000000, 1200000000))
print(shutil.copyfile('a.txt', 'b.txt'), read('b.txt'), oct(stat.S_IMODE(os.stat('b.txt').st_mode)) == oct(0o644 & ~os.umask(os.umask(0))))
print(shutil.copy('a.txt', 'c.txt'), oct(stat.S_IMODE(os.stat('c.txt').st_mode)), os.stat('c.txt').st_mtime == 1200000000)
print(shutil.copy2('a.txt', 'd.txt'), oct(stat.S_IMODE(os.stat('d.txt').st_mode)), os.stat('d.txt').st_mtime)
os.mkdir('dir')
print(shutil.copy('a.txt', 'dir'), shutil.copy2('a.txt', 'dir/'), os.listdir('dir'))
write('e.txt', 'e')
shutil.copymode('a.txt', 'e.txt')
print(oct(stat.S_IMODE(os.stat('e.txt').st_mode)))
shutil.copystat('d.txt', 'e.txt')
print(os.stat('e.txt').st_mtime, read('e.txt'))

for args in [('a.txt', 'a.txt'), ('missing', 'x'), ('a.txt', 'nodir/x'), ('dir', 'y')]:
    try:
        shutil.copyfile(*args)
    except (shutil.Error, OSError) as e:
        print(type(e).__name__, e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.symlink('a.txt', 'link')
print(shutil.copyfile('link', 'link_copy', follow_symlinks=False), os.path.islink('link_copy'), os.readlink('link_copy'))
print(shutil.copy('link', 'link_followed'), os.path.islink('link_followed'), read('link_followed'))

os.makedirs('src/sub/deep')
write('src/one.py', '1')
write('src/two.txt', '2')
write('src/sub/three.py', '3')
write('src/sub/deep/four.pyc', '4')
os.symlink('one.py', 'src/link_to_one')
os.symlink('missing_target', 'src/dangling')
try:
    shutil.copytree('src', 'dst0')
except shutil.Error as e:
    print('Error', [(os.path.basename(s), os.path.basename(d)) for s, d, m in e.args[0]])
print(shutil.copytree('src', 'dst1', symlinks=True))
print(tree('dst1'))
print(shutil.copytree('src', 'dst2', ignore=shutil.ignore_patterns('*.pyc', 'two*'),
                      ignore_dangling_symlinks=True))
print(tree('dst2'))
seen = []
def ign(path, names):
    seen.append((path, sorted(names)))
    return {'sub'}
shutil.copytree('src', 'dst3', ignore=ign, symlinks=True)
print(seen, tree('dst3'))
try:
    shutil.copytree('src', 'dst3', symlinks=True)
except FileExistsError as e:
    print('FileExistsError', e)
print(shutil.copytree('src', 'dst3', symlinks=True, dirs_exist_ok=True,
                      ignore=shutil.ignore_patterns('dangling', 'link*')), len(tree('dst3')))
try:
    shutil.copytree('src', 'dst3', symlinks=True, dirs_exist_ok=True)
except shutil.Error as e:
    print('Error', len(e.args[0]), [os.path.basename(x[0]) for x in e.args[0]])
copied = []
def mycopy(s, d):
    copied.append(os.path.basename(d))
    return shutil.copy2(s, d)
shutil.copytree('src', 'dst4', copy_function=mycopy, symlinks=True)
print(sorted(copied))
try:
    shutil.copytree('nosrc', 'dst5')
except FileNotFoundError as e:
    print('FileNotFoundError', e)

shutil.rmtree('dst1')
print(os.path.exists('dst1'))
try:
    shutil.rmtree('dst1')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
shutil.rmtree('dst1', ignore_errors=True)
calls = []
shutil.rmtree('dst1', onerror=lambda f, p, ei: calls.append((f.__name__, p, ei[0].__name__)))
print(calls)
os.symlink('dst2', 'dirlink')
calls = []
shutil.rmtree('dirlink', onerror=lambda f, p, ei: calls.append((f.__name__, p, ei[0].__name__, str(ei[1]))))
print(calls, os.path.exists('dst2'))
try:
    shutil.rmtree('dirlink')
except OSError as e:
    print('OSError', e)
try:
    shutil.rmtree('a.txt')
except NotADirectoryError as e:
    print('NotADirectoryError', e)
os.symlink('../a.txt', 'dst2/inner_link')
shutil.rmtree('dst2')
print(os.path.exists('dst2'), os.path.exists('a.txt'))

print(shutil.move('b.txt', 'moved.txt'), os.path.exists('b.txt'), read('moved.txt'))
print(shutil.move('moved.txt', 'dir'), os.listdir('dir') and sorted(os.listdir('dir')))
write('moved.txt', 'again')
try:
    shutil.move('moved.txt', 'dir')
except shutil.Error as e:
    print('Error', e)
print(shutil.move('dst3', 'dst3_renamed'), tree('dst3_renamed') == tree('dst4') or tree('dst3_renamed'))
print(shutil.move('dst4', 'dir'), sorted(os.listdir('dir')))
print(shutil.move('dirlink', 'dirlink2'), os.path.islink('dirlink2'))
try:
    shutil.move('dir', 'dir/inside')
except (shutil.Error, OSError) as e:
    print(type(e).__name__, e)

os.mkdir('bin')
write('bin/tool', '#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
write('bin/notexec', '')
print(shutil.which('tool', path='bin'), shutil.which('notexec', path='bin'),
      shutil.which('tool', path=''), shutil.which('nothere', path='bin'))
print(shutil.which('bin/tool'), shutil.which('./bin/tool'), shutil.which('bin/notexec'),
      shutil.which('notexec', mode=os.F_OK, path='bin'), shutil.which('bin'))
print(shutil.which('tool', path=os.pathsep.join(['nowhere', 'bin', 'bin'])))
old_path = os.environ.get('PATH')
os.environ['PATH'] = 'bin'
print(shutil.which('tool'))
os.environ['PATH'] = old_path

u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0)
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '33'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'bad'
os.environ['LINES'] = '-1'
print(shutil.get_terminal_size((70, 20)))
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size(), shutil.get_terminal_size((1, 2)).columns)

f1, f2 = open('a.txt'), open('f.txt', 'w')
shutil.copyfileobj(f1, f2, 3)
f1.close(); f2.close()
print(read('f.txt'))

os.chdir('/')
shutil.rmtree(base)
print(os.path.exists(base), shutil.rmtree.avoids_symlink_attacks in (True, False))
