# UserString: a str wrapper meant for subclassing
from collections import UserString

s = UserString('Hello World')
print(s, repr(s), len(s), s[0], type(s[0]).__name__, s[::-1])
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(type(s.upper()).__name__, s.split(), s.partition(' '), s.rsplit('o', 1))
print(s.find('o'), s.rfind('o'), s.find(UserString('W')), s.count('l'), s.index('W'))
print(s.replace('l', 'L', 2), s.replace(UserString('World'), 'There'))
print(s.startswith('He'), s.endswith('ld'), 'World' in s, UserString('lo') in s)
print(s + '!', '>' + s, s + UserString('?'), s + 3, s * 2, 2 * UserString('ab'))
print(UserString('%s-%d') % ('x', 3), UserString('  pad  ').strip() + '|', s.center(15, '*'))
print(s.zfill(13), s.ljust(13, '.'), s.rjust(13), s.expandtabs(), s.encode())
print(s.removeprefix('Hello '), s.removesuffix(' World'), s.join(['<', '>']))
print(UserString('{0}+{x}').format(1, x=2), UserString('a\nb').splitlines(True))
print(s == 'Hello World', s < 'I', s > UserString('A'), hash(s) == hash('Hello World'))
print(int(UserString('42')) + 1, float(UserString('2.5')), UserString(12), UserString(s))
print(s.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), s.istitle())
print(sorted(UserString('cab')), list(UserString('xy')), s.translate({ord('o'): '0'}))
print(UserString.maketrans('a', 'b'), sorted({UserString('a'), 'a'}))
class Shout(UserString):
    def shout(self): return self.upper() + '!'
print(Shout('hi').shout(), type(Shout('hi').shout()).__name__)
