# glob: wildcards, character classes, hidden names, '**' with recursive=True,
# root_dir, trailing slashes and escape(), inside a scratch directory.
import glob
import os

os.mkdir('glob_patterns_scratch')
os.chdir('glob_patterns_scratch')
try:
    for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'x[1]', 'e']:
        os.mkdir(d)
    for f in ['1.py', '2.py', '10.txt', '.dot.py', 'a/3.py', 'a/b/4.py', 'a/b/c/5.txt',
              'a/.hid/6.py', 'a/.7.py', 'x[1]/8.py', 'q?.txt']:
        with open(f, 'w') as fh:
            fh.write(f)

    def show(*args, **kw):
        print(args, kw, sorted(glob.glob(*args, **kw)))

    show('*')
    show('*.py')
    show('?.py')
    show('[12].py')
    show('[!1]*')
    show('.*')
    show('*', include_hidden=True)
    show('a/*')
    show('*/*.py')
    show('a/*/*')
    show('**/*.py')
    show('**/*.py', recursive=True)
    show('**', recursive=True)
    show('**/', recursive=True)
    show('a/**', recursive=True)
    show('a/**/*.py', recursive=True)
    show('a/**/*.py', recursive=True, include_hidden=True)
    show('**/*.txt', recursive=True)
    show('*/', )
    show('a/b/')
    show('a/nope/')
    show('1.py')
    show('nope.py')
    show('')
    show('x[1]/*')
    show(glob.escape('x[1]') + '/*')
    show(glob.escape('q?.txt'))
    show('q?.txt')
    show('*.py', root_dir='a')
    show('**', root_dir='a', recursive=True)
    show('b/*', root_dir='a')
    show('e/*')
    show('nope/*')
    print(glob.escape('a*b?c[d]e'), glob.escape('plain/path'))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic('[x]'))
    it = glob.iglob('*.py')
    print(sorted(it))
finally:
    for dirpath, dirs, files in sorted(os.walk('.'), key=lambda t: -len(t[0])):
        for name in files:
            os.remove(os.path.join(dirpath, name))
        if dirpath != '.':
            os.rmdir(dirpath)
    os.chdir('..')
    os.rmdir('glob_patterns_scratch')
