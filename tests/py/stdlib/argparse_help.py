# argparse: usage and help text layout (wrapping, sections, groups,
# description/epilog, metavars, choices, %(default)s, formatter classes),
# -h/--help and --version exits, and the error path (usage + "prog: error:"
# and exit status 2), with stderr sent to stdout to keep the order.
import argparse
import sys

sys.stderr = sys.stdout

def run(parser, argv):
    try:
        ns = parser.parse_args(argv)
        print('->', ns)
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='copy', description='Copy some files around, keeping '
                            'their attributes where the file system allows it.',
                            epilog='Report bugs to nobody.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='.', help='destination (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=1, help='how many copies of %(prog)s to make')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'safe', 'slow'], default='safe',
               help='copy mode, one of %(choices)s')
p.add_argument('--very-long-option-name-here', metavar='VALUE',
               help='an option whose invocation is too wide for the help column, so its '
                    'help text begins on the next line and wraps nicely')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--no-help')
g = p.add_argument_group('network', 'Options for remote copies.')
g.add_argument('--host', required=True, help='remote host')
g.add_argument('--port', type=int, default=22)
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))
run(p, ['-h'])
run(p, ['a', '--help', 'b'])
run(p, ['a', '--host', 'h'])
run(p, [])
run(p, ['a'])
run(p, ['a', '--host', 'h', '-n', 'x'])
run(p, ['a', '--host', 'h', '--mode', 'quick'])
run(p, ['a', '--host', 'h', 'b', 'c', '--zz'])
run(p, ['a', '--host'])
run(p, ['a', '--host', 'h', '--count'])
run(p, ['a', '--host', 'h', '-v=3'])

q = argparse.ArgumentParser(prog='a_program_name_that_is_rather_long_for_a_command_line_tool')
for i in range(6):
    q.add_argument('--option-%d' % i, metavar='ARG%d' % i)
q.add_argument('inputs', nargs='+')
q.add_argument('output')
q.print_usage()
r = argparse.ArgumentParser(prog='wide', add_help=False)
for i in range(8):
    r.add_argument('--flag%d' % i, action='store_true')
r.add_argument('files', nargs='*', help='files')
r.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
r.add_argument('--opt', nargs='?', const=1)
r.add_argument('--rem', nargs=3)
r.print_help()
run(r, ['--rem', 'a', 'b'])
run(r, ['--opt', 'x', 'y'])
run(r, ['--flag', 'x'])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 1.2.3')
v.add_argument('-x', type=float, required=True)
v.add_argument('--feature', action=argparse.BooleanOptionalAction, help='use the feature',
               default=False)
v.print_help()
run(v, ['--version'])
run(v, ['-x', 'abc'])
run(v, ['--feat', '-x', '1'])

def positive(s):
    n = int(s)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return n

t = argparse.ArgumentParser(prog='types', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
t.add_argument('n', type=positive, help='a number')
t.add_argument('--ratio', type=float, default=0.5, help='the ratio')
t.add_argument('--name', default='anon')
t.add_argument('--choice', type=int, choices=range(1, 4), default=2, help='pick')
t.print_help()
run(t, ['0'])
run(t, ['5', '--choice', '7'])
run(t, ['5', '--choice', '3', '--ratio', '1e3'])

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='first line\n  indented line\n\nlast')
raw.add_argument('--x', help='one\ntwo')
raw.print_help()
empty = argparse.ArgumentParser(prog='empty', add_help=False)
empty.print_help()
print(repr(empty.format_usage()))
custom = argparse.ArgumentParser(prog='cu', usage='%(prog)s [options] FILE')
custom.print_help()
run(custom, ['--what'])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
child.print_help()
run(child, ['o', '--shared', 'z'])
ne = argparse.ArgumentParser(prog='ne', exit_on_error=False)
ne.add_argument('--n', type=int)
try:
    ne.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)
