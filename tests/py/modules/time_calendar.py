# time: gmtime/localtime/mktime/asctime/ctime/strftime and struct_time; only
# values that do not depend on the machine's time zone are printed.
import time
print(time.gmtime(0)); print(time.gmtime(1.9)); print(time.gmtime(-1.5))
t = time.gmtime(86400*365.25*30)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %U %%', t), time.asctime(t), time.mktime(time.localtime(1000)) == 1000.0)
print(len(time.ctime(0)), type(time.timezone), type(time.tzname), len(time.tzname), time.daylight in (0, 1))
print(t.tm_year, t[0], len(t), tuple(t), isinstance(t, tuple), type(t).__name__)
for bad in [lambda: time.strftime(1), lambda: time.strftime('%Y', (1,2)), lambda: time.gmtime('x'),
            lambda: time.asctime((2000,13,1,0,0,0,0,1,0)), lambda: time.struct_time((1,2,3)),
            lambda: time.strftime('%Y', 5), lambda: time.mktime((1,)), lambda: time.gmtime(float('nan'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(time.struct_time((2000,1,1,0,0,0,5,1,0)))
print(time.strftime('%Y', (2000,1,1,0,0,0,5,1,0)), time.strftime('%Y %m %d', (2000,0,0,0,0,0,0,0,0)))
print(type(time.localtime(86400)).__name__, time.gmtime(10**9)[:6], time.strftime('', t) == '')
print(time.asctime(time.gmtime(5)))
