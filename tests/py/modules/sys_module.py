# sys: version_info and float_info struct sequences, maxsize, platform,
# streams, argv, path, modules, exc_info, recursion limit.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.getdefaultencoding())
print(sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdin.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.write("written\n"))
sys.stdout.writelines(["a", "b\n"])
print(sys.argv[0].endswith("sys_module.py"), len(sys.argv), isinstance(sys.path, list))
print(sys.modules["sys"] is sys, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.intern("abc") == "abc")
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print(old, sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.stdin.read() == "", sys.stdin.readline() == "", sys.stdin.readlines(), list(sys.stdin))
