# getLogger names, parents created in any order, propagate, getChild, handlers
# on several levels, Filter by name.
import logging
import sys

print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(logging.getLogger("").name)
c = logging.getLogger("x.y.z")
print(c.parent.name)
y = logging.getLogger("x.y")
print(c.parent.name, y.parent.name)
x = logging.getLogger("x")
print(c.parent.name, y.parent.name, x.parent.name)
print(logging.getLogger("x.y") is y, x.getChild("y") is y, x.getChild("y.z") is c)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)

out = sys.stdout
def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(out)
    h.setFormatter(logging.Formatter(tag + " %(name)s %(levelname)s %(message)s"))
    h.setLevel(level)
    return h

x.addHandler(handler("X"))
y.addHandler(handler("Y", logging.ERROR))
x.setLevel(logging.INFO)
c.info("info from z")
c.error("error from z")
y.propagate = False
c.warning("stops at y")
c.error("error at y only")
y.propagate = True
c.addFilter(logging.Filter("x.y.z"))
c.warning("passes filter")
c.filters.clear()
x.handlers[0].addFilter(logging.Filter("x.q"))
c.warning("dropped by x's filter")
x.handlers[0].addFilter(lambda r: True)
print(len(x.handlers[0].filters))
f = logging.Filter("x.y")
names = ["x", "x.y", "x.yz", "x.y.z", "q"]
print([f.filter(logging.makeLogRecord({"name": n})) for n in names])
c.disabled = True
c.critical("disabled logger")
print(x.hasHandlers(), logging.getLogger("other").hasHandlers())
