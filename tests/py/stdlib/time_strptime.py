# time.strptime: struct_time fields (weekday and day of the year, Feb 29 without
# a year, %j with an explicit weekday), errors, and argument checks.
import time
for args in (("2023-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), ("Tue Mar  3 23:05:00 2020",), ("02-29", "%m-%d"), ("2020 100 Fri", "%Y %j %a"),
             ("2023-02-30", "%Y-%m-%d"), ("0000", "%Y"), ("2020 100", "%Y %j"), ("12:30 PM", "%I:%M %p"),
             ("2021-W01-1", "%G-W%V-%u"), ("x", "%Y"), (5,), ("1", "%d", "extra")):
    try:
        st = time.strptime(*args)
        print(st, tuple(st))
    except Exception as e:
        print(type(e).__name__, e)
print(time.mktime(time.strptime("1970-01-02", "%Y-%m-%d")) - time.mktime(time.strptime("1970-01-01", "%Y-%m-%d")))
import time
try:
    time.strptime(string="x")
except TypeError as e: print(e)
print(time.strptime("2020 %a", "%Y %%a"))
