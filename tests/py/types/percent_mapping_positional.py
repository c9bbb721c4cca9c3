# %-formatting with a mapping operand: a %(key) spec takes the single
# argument's place, a plain %s before it gets the mapping itself.
print("%s %(a)s" % {"a": 1})
print("%(a)s %(b)s %%" % {"a": 1, "b": 2})
print("%(a)s" % {"a": [1, 2]}, "%s" % {"k": "v"})
for fmt in ["%(a)s %s", "%s %s", "%(a)s %(a)s %d"]:
    try:
        print(fmt % {"a": 1})
    except TypeError as e:
        print("TypeError:", e)
