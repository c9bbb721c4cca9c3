# datetime.strptime: directives (C locale names), %z/%Z, %I/%p, %j, %U/%W,
# ISO %G/%V/%u, composites %c/%x/%X, and CPython's error messages.
from datetime import datetime
cases = [("2023-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), ("06/05/23", "%d/%m/%y"), ("5 jan 1999", "%d %b %Y"),
         ("Tuesday, March 3 2020 11:05PM", "%A, %B %d %Y %I:%M%p"), ("12AM", "%I%p"), ("12 pm", "%I %p"),
         ("2020-01-01T10:00:00.5+0530", "%Y-%m-%dT%H:%M:%S.%f%z"), ("2020-01-01 Z", "%Y-%m-%d %z"),
         ("2020-01-01 -03:30:15.25", "%Y-%m-%d %z"), ("2020 100", "%Y %j"), ("2020 10 3", "%Y %U %w"),
         ("2021 0 1", "%Y %W %w"), ("2020-W10-3", "%G-W%V-%u"), ("Tue Mar  3 23:05:00 2020", "%c"),
         ("03/04/20", "%x"), ("23:05:01", "%X"), ("2020 UTC", "%Y %Z"), ("  2020", "%Y"),
         ("2020-02-30", "%Y-%m-%d"), ("2020-01-01x", "%Y-%m-%d"), ("2020", "%Y-%m"), ("2020", "%Q"),
         ("2020", "%Y%"), ("02-29", "%m-%d"), ("2020 12", "%Y %V"), ("1970 %", "%Y %%"), (2020, "%Y"),
         ("69 68", "%y %y"), ("1999-12-31 23:59:60", "%Y-%m-%d %H:%M:%S"), ("2020-01-01+01:0030", "%Y-%m-%d%z")]
for data, fmt in cases:
    try:
        print(repr(datetime.strptime(data, fmt)))
    except Exception as e:
        print(type(e).__name__, e)
