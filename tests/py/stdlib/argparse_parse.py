# argparse: parse_args over positional and optional arguments with type,
# default, choices, nargs, the store/append/count/const actions, dest,
# abbreviations, '--', negative numbers, parse_known_args, Namespace.
import argparse
import sys

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('--level', action='store_const', const=5)
p.add_argument('--scale', type=float)
p.add_argument('--tag', action='append_const', const='T', dest='tags')
for argv in [['a'], ['a', 'b'], ['a', '-n', '3'], ['-n3', 'a'], ['--count=7', 'a', 'b'],
             ['-vvv', 'x'], ['-v', '-v', 'x', '-q'], ['x', '--no-cache', '--mode', 'slow'],
             ['x', '-I', 'p1', '-Ip2', '--include=p3'], ['x', '--level', '--scale', '2.5'],
             ['x', '--tag', '--tag'], ['x', '--cou', '4', '--verb'], ['--', '-x'],
             ['x', '--', '-y'], ['-qv', 'x'], ['x', '--mode=slow']]:
    print(argv, p.parse_args(argv))

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('first', nargs=2)
q.add_argument('rest', nargs='*')
q.add_argument('--pair', nargs=2, metavar=('K', 'V'))
q.add_argument('--many', nargs='+', type=int)
q.add_argument('--maybe', nargs='?', const='C', default='D')
q.add_argument('--any', nargs='*')
for argv in [['a', 'b'], ['a', 'b', 'c', 'd'], ['a', 'b', '--pair', 'k', 'v'],
             ['a', 'b', '--many', '1', '2', '3'], ['a', 'b', '--maybe'], ['a', 'b', '--maybe', 'x'],
             ['x', 'y', '--any', 'a', 'b'], ['a', 'b', '--any'], ['a', 'b', 'c', '--many', '5']]:
    print(argv, q.parse_args(argv))

r = argparse.ArgumentParser(prog='nums')
r.add_argument('x', type=int)
r.add_argument('--y', type=int, default='10')
print(r.parse_args(['-5']), r.parse_args(['3', '--y', '-2']))
ns, extra = r.parse_known_args(['1', '--zzz', 'left', '-k'])
print(ns, extra)

s = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
s.add_argument('--a')
s.add_argument('--b', default=3)
print(s.parse_args([]), s.parse_args(['--a', '1']))
t = argparse.ArgumentParser(prog='setdef')
t.add_argument('--x', type=int)
t.set_defaults(x=9, extra='e')
print(t.parse_args([]), t.get_default('x'), t.get_default('extra'), t.get_default('nope'))
u = argparse.ArgumentParser(prog='bool')
u.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True)
u.add_argument('--ext', action='extend', nargs='+')
print(u.parse_args([]), u.parse_args(['--no-feature', '--ext', 'a', 'b', '--ext', 'c']))

ns = argparse.Namespace(b=2, a=1)
print(ns, vars(ns), 'a' in ns, 'z' in ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace())
print(argparse.Namespace(**{'not id': 1, 'ok': 2}))
existing = argparse.Namespace(count=100, other='kept')
print(p.parse_args(['z'], namespace=existing))
act = p._actions[2]
print(act)
print(repr(p).replace('argparse.', ''))

def ctor(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

ctor(lambda: p.add_argument('--count'))
ctor(lambda: p.add_argument('-z', '-y', '--zed', nargs=0))
ctor(lambda: p.add_argument('pos', required=True))
ctor(lambda: p.add_argument('pos', dest='d'))
ctor(lambda: p.add_argument('--k', action='bogus'))
ctor(lambda: p.add_argument('--k', type='int'))
ctor(lambda: p.add_argument('x-', '--y'))
ctor(lambda: p.add_argument('--k', nargs=2, metavar=('A', 'B', 'C')))
ctor(lambda: p.add_argument('--k', const=1))
ctor(lambda: p.add_argument('--k', action='append', nargs=0))
