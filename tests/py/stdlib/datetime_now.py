# now()/today()/utcnow() and the local-time helpers, checked against time.time()
# without printing wall-clock values; naive timestamp() round trips.
import time
from datetime import datetime, date, timezone, timedelta

t0 = time.time()
n = datetime.now()
u = datetime.now(timezone.utc)
un = datetime.utcnow()
t1 = time.time()
print(type(n).__name__, n.tzinfo, u.tzinfo, un.tzinfo)
print(t0 - 1 <= u.timestamp() <= t1 + 1, t0 - 1 <= n.timestamp() <= t1 + 1)
print(abs(u.replace(tzinfo=None) - un) < timedelta(seconds=2))
print(date.today() in (n.date(), (n + timedelta(seconds=2)).date()), type(date.today()).__name__)
print(type(datetime.today()).__name__, datetime.today().tzinfo)
local = datetime.fromtimestamp(1700000000)
print(local.timestamp(), datetime.fromtimestamp(1700000000.25).timestamp())
print(date.fromtimestamp(1700000000) == local.date())
aware = local.astimezone()
print(aware.timestamp(), aware.replace(tzinfo=None) == local, aware.tzinfo is not None)
print(local.astimezone(timezone.utc).replace(tzinfo=None) - local == -aware.utcoffset())
