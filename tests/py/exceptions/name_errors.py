# NameError and UnboundLocalError texts.
try:
    print(undefined_thing_xyz)
except NameError as e:
    print(type(e).__name__, e)
counter = 0
def bad_increment():
    counter += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def use_before_assign():
    print(value_q)
    value_q = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    item = 1
    del item
    return item
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
