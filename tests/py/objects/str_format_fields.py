print("{} {}".format(1, 2), "{1}{0}".format('a', 'b'), "{x}-{y!r}".format(x=1, y='s'))
print("{0[1]} {0[k]} {1.real}".format({1: 'one', 'k': 'kk'}, 3))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{{}} {{{}}}".format(5))
print("{!s:>5}|{!a}".format('é', 'é'))
print("{0:{1}}".format(42, '08b'))
print("{:,}".format(1234567), "{:_x}".format(65535))
class P:
    x = 7
    def __format__(self, spec): return "P<" + spec + ">"
print("{0.x} {0:abc} {0!r:.3}".format(P()))
print("{a}".format_map({'a': 1}))
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
print("{a} {b}".format_map(M(a=1)))
for bad in ["{1}", "}", "{", "{0!x}", "{:d}", "{a}", "{0[}", "{!}", "{0:{1:{2}}}", "x}y", "{0.}", "{0[]}", "{} {0}", "{0} {}", "{0!}", "{0!rr}"]:
    try:
        print(repr(bad.format('s')))
    except (IndexError, ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print("{0:}".format(1.5), "{:}".format(None), "{}".format([1, 'a']))
print("{0[0]}".format([9]), "{0[-1]}".format({'-1': 'neg'}))
print(str.format("{}", 1))
print("{:%}".format(0.25), "{:e}".format(12345.678), "{:g}".format(1e20))
print("{:^10}|{:*<6}|{:=+8}".format('mid', 'l', 42))
