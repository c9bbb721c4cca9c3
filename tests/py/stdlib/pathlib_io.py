# pathlib's concrete Path: directories, globbing, file contents, renames,
# all inside a scratch directory made relative to the case's folder.
import os
from pathlib import Path

top = Path('pathlib_io_scratch')
top.mkdir()
os.chdir(top)
here = Path.cwd()
print(here.name, here.is_absolute(), Path('x').absolute() == here / 'x')
try:
    base = Path('d')
    print(base.exists(), base.is_dir(), base.is_file())
    base.mkdir()
    print(base.exists(), base.is_dir(), base.is_file())
    try:
        base.mkdir()
    except FileExistsError as e:
        print('FileExistsError', e)
    base.mkdir(exist_ok=True)
    try:
        Path('d/x/y/z').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    Path('d/x/y/z').mkdir(parents=True)
    Path('d/x/y/z').mkdir(parents=True, exist_ok=True)
    f = base / 'hello.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
    print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    print((base / 'data.bin').write_bytes(b'\x00\x01\xff'), (base / 'data.bin').read_bytes())
    (base / 'x' / 'a.py').write_text('pass\n')
    (base / 'x' / 'y' / 'b.py').write_text('pass\n')
    (base / 'x' / 'y' / 'z' / 'c.txt').write_text('c\n')
    (base / '.hidden.py').write_text('h\n')
    (base / 'x' / 'y' / 'b.py').touch()
    try:
        (base / 'x' / 'y' / 'b.py').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e)
    with (base / 'hello.txt').open() as fh:
        print(fh.readline().strip())
    with (base / 'hello.txt').open('a') as fh:
        fh.write('more\n')
    print((base / 'hello.txt').read_text().splitlines())
    print(sorted(base.iterdir()))
    print(sorted(p.name for p in base.iterdir() if p.is_dir()))
    print(sorted(base.glob('*')))
    print(sorted(base.glob('*.py')))
    print(sorted(base.glob('*/*.py')))
    print(sorted(base.glob('**/*.py')))
    print(sorted(base.rglob('*.py')))
    print(sorted(base.rglob('*.txt')))
    print(sorted(base.glob('**')))
    print(sorted(base.glob('x/y/?.py')), sorted(base.glob('[hd]*')))
    print(sorted(base.glob('x/y/b.py')), sorted(base.glob('nope/*')), sorted(base.glob('x/nope.py')))
    print(sorted(Path('.').glob('d/*.txt')))
    for bad in ['', '/abs/*', 'a**/b']:
        try:
            print(list(base.glob(bad)))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    moved = (base / 'data.bin').rename(base / 'moved.bin')
    print(repr(moved), moved.exists(), (base / 'data.bin').exists())
    r = moved.replace('d/replaced.bin')
    print(repr(r), r.read_bytes())
    r.unlink()
    print(r.exists())
    try:
        r.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    r.unlink(missing_ok=True)
    try:
        Path('d/nothing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    try:
        Path('d/x').rmdir()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        Path('d/q.txt').write_text(b'bytes')
    except TypeError as e:
        print('TypeError', e)
    print(Path('d/x/../hello.txt').resolve() == here / 'd' / 'hello.txt',
          Path('d/./x').resolve().relative_to(here))
    print(Path('d/hello.txt').samefile('d/x/../hello.txt'), Path('d').is_symlink(), Path('nope').is_symlink())
    print(Path.home() == Path(os.environ['HOME']), Path('~/q').expanduser() == Path.home() / 'q',
          Path('a/~').expanduser())
finally:
    # clean up everything below the scratch directory, deepest first
    for dirpath, dirs, files in sorted(os.walk('.'), key=lambda t: -len(t[0])):
        for name in files:
            os.remove(os.path.join(dirpath, name))
        if dirpath != '.':
            os.rmdir(dirpath)
    os.chdir('..')
    top.rmdir()
print(top.exists())
