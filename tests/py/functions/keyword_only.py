# Keyword-only parameters.
def connect(host, *, port=80, secure=False):
    return "%s:%d%s" % (host, port, " (tls)" if secure else "")
print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect(host="c", secure=True))
try:
    connect("d", 8080)
except TypeError as e:
    print(e)
def required_kw(*, must):
    return must
try:
    required_kw()
except TypeError as e:
    print(e)
print(required_kw(must="given"))
def mixed(a, *args, flag, **kw):
    return a, args, flag, kw
print(mixed(1, 2, 3, flag=True, extra="x"))
try:
    connect("e", nope=1)
except TypeError as e:
    print(e)
