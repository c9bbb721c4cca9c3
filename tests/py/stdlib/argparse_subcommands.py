# argparse: sub-commands (add_subparsers/add_parser, aliases, dest,
# required, help listing, per-command usage and errors) and mutually
# exclusive groups (usage brackets, conflicts, required groups).
import argparse
import sys

sys.stderr = sys.stdout

def run(parser, argv):
    try:
        print('->', parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.add_argument('paths', nargs='*')
pu = sub.add_parser('push', help='update remote refs')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('-f', '--force', action='store_true')
sub.add_parser('status')
p.print_help()
c.print_help()
pu.print_usage()
run(p, [])
run(p, ['commit', '-m', 'msg', 'a.txt', 'b.txt'])
run(p, ['ci', '--amend', '-m', 'x'])
run(p, ['--git-dir', 'g', 'push', '-f', 'upstream'])
run(p, ['status'])
run(p, ['pull'])
run(p, ['commit'])
run(p, ['push', 'a', 'b'])
run(p, ['commit', '-h'])

q = argparse.ArgumentParser(prog='tool')
subs = q.add_subparsers(title='commands', description='valid commands', required=True,
                        metavar='CMD')
a = subs.add_parser('add', help='add numbers')
a.add_argument('nums', type=int, nargs='+')
a.set_defaults(func=sum)
subs.add_parser('noop')
q.print_help()
run(q, [])
ns = q.parse_args(['add', '1', '2', '3'])
print(ns.func(ns.nums))
try:
    subs.add_parser('add')
except argparse.ArgumentError as e:
    print('ArgumentError', e)

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-v', '--verbose', action='store_true')
g.add_argument('-q', '--quiet', action='store_true')
m.add_argument('x', nargs='?')
r = m.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_const', const='json', dest='fmt')
r.add_argument('--text', action='store_const', const='text', dest='fmt')
r.add_argument('--hidden', help=argparse.SUPPRESS)
m.print_help()
run(m, ['--json'])
run(m, ['-v', '--text', 'arg'])
run(m, ['-v', '-q', '--json'])
run(m, ['--json', '--text'])
run(m, ['-q'])
try:
    g.add_argument('--must', required=True)
except ValueError as e:
    print('ValueError', e)
n = argparse.ArgumentParser(prog='mx2')
pos = n.add_mutually_exclusive_group()
pos.add_argument('--a', type=int)
pos.add_argument('b', nargs='?')
n.print_usage()
run(n, ['--a', '1', 'z'])
run(n, ['z'])
