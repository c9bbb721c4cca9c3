# int/float/str subclasses with repr overrides through json, str.format, f-strings and % formatting
import json
class Flag(int):
    def __repr__(self): return 'Flag!'
class F(float):
    def __repr__(self): return 'F!'
f = Flag(5); x = F(2.5)
print(json.dumps([f, x]), '{}|{:>4}|{!r}'.format(f, f, f), '{}|{:.1f}'.format(x, x), f'{x}', str(x), '%s %r %d %.2f' % (f, f, f, x))
print(json.dumps({Flag(1): F(1.0)}), json.loads('1', parse_int=Flag), sorted({Flag(2): 0, 1: 0}))
class S(str):
    def __repr__(self): return 'S!'
print(json.dumps(S('q')), json.dumps({S('k'): 1}), '{}'.format(S('v')), S('ab') * 2, type(S('ab') * 2).__name__, S('a') in 'cab')
