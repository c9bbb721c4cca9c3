# pathlib's pure paths: parsing, components, derived paths, comparison, errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ['', '.', 'a', 'a/b', '/a/b/', '//a/b', '///a/b', 'a//b/./c', './a', '../a/..',
          '/', '//', 'a.tar.gz', '.bashrc', 'x/y.', '..a.b', '/usr/lib/libc.so.6']:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.stem),
          repr(p.suffix), p.suffixes, repr(p.parent), p.is_absolute(),
          repr(p.root), repr(p.anchor), repr(p.drive), p.as_posix())

p = PurePosixPath('/usr', 'local/lib', 'python3.11')
print(p, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(repr(p.parents), p.parent.parent)
print(PurePath('a', '/b', 'c'), PurePath(PurePath('x'), 'y', PurePath('z')))
print(p / 'x' / 'y', 'base' / PurePath('rel'), '/abs' / PurePath('rel'), PurePath('a') / '/b')
print(p.joinpath('a', 'b'), p.joinpath())
print(p.with_name('python3.12'), p.with_suffix('.txt'), p.with_stem('py'))
print(PurePath('a/b.tar.gz').with_suffix(''), PurePath('a/b.tar.gz').with_suffix('.bz2'),
      PurePath('a/b').with_suffix('.c'), PurePath('a.b').with_stem('z'))
print(p.relative_to('/usr'), p.relative_to('/usr/local'), p.relative_to('/', 'usr'),
      repr(p.relative_to(p)), PurePath('a/b/c').relative_to('a'))
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'), PurePath('a/b').is_relative_to('a'))
for pat in ['*.py', 'python*', 'lib/*', '/usr/*/*/*', '/usr/*', '*/*', 'b/*/python3.11', '*']:
    print(pat, p.match(pat))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'),
      PurePath('/a/b/c.py').match('a/*.py'), PurePath('a/B.PY').match('*.py'))

# equality, hashing, ordering
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == 'a', PurePath('a') != PurePath('b'))
print(PurePath('a') == PurePosixPath('a'), PurePath('/a') == PurePath('a'))
print(hash(PurePath('a/b')) == hash(PurePath('a', 'b')), len({PurePath('x'), PurePath('./x'), PurePath('y')}))
print(sorted([PurePath('b'), PurePath('/z'), PurePath('a/c'), PurePath('a'), PurePath('a/b')]))
print(PurePath('a') < PurePath('b'), PurePath('a/b') <= PurePath('a/b'), PurePath('b') > PurePath('a/z'))
print(type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePath),
      isinstance(PosixPath('x'), PurePosixPath), Path('a') == PurePath('a'))
print(str(Path('a', 'b')), repr(Path('/x/../y')), bytes(PurePath('a/b')))
print(PurePath('/a b/c%d').as_uri())
import os
print(os.fspath(PurePath('q/r')), os.path.join(PurePath('q'), 'r'))

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: PurePath(1))
err(lambda: PurePath(b'a'))
err(lambda: PurePath('a') / 3)
err(lambda: 3 / PurePath('a'))
err(lambda: PurePath('a') < 'b')
err(lambda: PurePath('/a/b').with_name(''))
err(lambda: PurePath('/').with_name('x'))
err(lambda: PurePath('a/b').with_name('c/d'))
err(lambda: PurePath('a/b').with_name('.'))
err(lambda: PurePath('a/b').with_suffix('x'))
err(lambda: PurePath('a/b').with_suffix('.'))
err(lambda: PurePath('a/b').with_suffix('./x'))
err(lambda: PurePath('').with_suffix('.x'))
err(lambda: PurePath('a').with_stem(''))
err(lambda: PurePath('/a/b').relative_to('/c'))
err(lambda: PurePath('/a/b').relative_to('a'))
err(lambda: PurePath('a/b').relative_to('/a'))
err(lambda: PurePath('/a/b').relative_to(''))
err(lambda: PurePath('a/b').relative_to())
err(lambda: PurePath('a').match(''))
err(lambda: PurePath('/a').parents[1])
err(lambda: PurePath('/a').parents[-2])
err(lambda: PurePath('a').as_uri())
