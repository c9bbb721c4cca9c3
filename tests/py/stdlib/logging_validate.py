# Formatter validation for the three styles (field names, conversions, specs,
# bare '$', brace errors) and the errors when formatting; LogRecord repr.
import logging, sys
for fmt in ("{0}", "{name!x}", "{name:zz}", "{name:>10}", "{name.attr}", "{{literal}} {name}", "{name", "name}", "{}", "{levelname!r:^9}"):
    try:
        f = logging.Formatter(fmt, style="{")
        print(repr(fmt), "ok", f.format(logging.makeLogRecord({"name": "nm", "levelname": "INFO"})) if "attr" not in fmt else "")
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ("$name", "${name}", "$$", "$ name", "${name", "x$name$"):
    try:
        f = logging.Formatter(fmt, style="$")
        print(repr(fmt), "ok", f.format(logging.makeLogRecord({"name": "nm"})))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ("%(name)s", "%(name)", "%(name)5.2f", "%(name)-10s|", "%s", "%%(name)s", "%(name)z"):
    try:
        f = logging.Formatter(fmt)
        print(repr(fmt), "ok", f.format(logging.makeLogRecord({"name": "nm"})))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    logging.getLogger("x").setLevel("debug")
except ValueError as e:
    print(e)
r = logging.makeLogRecord({"name": "n", "levelno": 10, "pathname": "p.py", "lineno": 3, "msg": "hello %s", "args": ("x",)})
print(r, r.getMessage())
