# argparse's error path for real: prog from sys.argv[0], parse_args() reading
# sys.argv[1:], and an error that writes usage + message to stderr and
# exits with status 2.
import argparse

parser = argparse.ArgumentParser(description='Process some integers.')
parser.add_argument('integers', metavar='N', type=int, nargs='*', help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
                    help='sum the integers (default: find the max)')
print(parser.prog)
args = parser.parse_args()
print(args.integers, args.accumulate(args.integers or [0]))
args = parser.parse_args(['1', '2', '4', '--sum'])
print(args.accumulate(args.integers))
parser.print_help()
parser.parse_args(['1', 'two'])
print('not reached')
