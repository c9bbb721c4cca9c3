# slot wrappers of built-in types: __name__/__qualname__/__objclass__, and the
# repr of one bound to an object (a method-wrapper)
for w in (int.__add__, list.__len__, str.__repr__, tuple.__hash__):
    print(w, w.__name__, w.__qualname__, w.__objclass__)
for bound in ([].__len__, (1).__add__, 'x'.__repr__, (1, 2).__hash__):
    r = repr(bound)
    print(r[:r.index(' at 0x')] if ' at 0x' in r else r)
