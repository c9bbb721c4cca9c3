# calendar: leap years, weekdays, month ranges, the Calendar iterators,
# TextCalendar month and year layouts, first weekday, names, and errors.
import calendar
import datetime

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2024), calendar.leapdays(1900, 2000), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(12000, 3, 1))
print([calendar.monthrange(2023, m) for m in range(1, 13)], calendar.monthrange(2024, 2))
print(calendar.monthcalendar(2024, 9))
print(calendar.monthcalendar(2021, 2))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(calendar.day_name[2], calendar.month_abbr[12], calendar.day_abbr[-1], calendar.month_name[1:4])
print(calendar.month(2024, 2), end='')
print(calendar.month(2023, 12, w=4, l=2), end='')
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(10))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + '|')
print(calendar.calendar(2024), end='')
print(calendar.calendar(2023, w=3, l=1, c=3, m=4), end='')
calendar.prcal(2025, m=2)
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))

cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 3)))
print(list(cal.itermonthdays2(2024, 3))[:9])
print(list(cal.itermonthdays3(2024, 3))[:3], list(cal.itermonthdays4(2024, 3))[-2:])
print(cal.monthdatescalendar(2024, 1)[0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)), cal.yeardays2calendar(2024, 2)[0][0][0])
print(cal.yeardatescalendar(2024)[3][2][-1][-1])
cal.setfirstweekday(9)
print(cal.firstweekday, list(cal.iterweekdays()))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 6), end='')
print(tc.formatmonthname(2024, 6, 10, withyear=False) + '|', tc.formatweekday(0, 9) + '|', tc.formatday(5, 0, 4) + '|')
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.month(2024, 9), end='')
calendar.setfirstweekday(0)
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
calendar.format(['x', 'y'], 3, 1)
print(issubclass(calendar.IllegalMonthError, ValueError), calendar.error is ValueError)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: calendar.monthrange(2024, 13))
err(lambda: calendar.monthrange(2024, 0))
err(lambda: calendar.setfirstweekday(7))
err(lambda: calendar.weekday(2024, 13, 1))
err(lambda: calendar.month(2024, 15))
err(lambda: calendar.month_name[13])
