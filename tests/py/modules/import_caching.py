# A module runs once: later imports come from sys.modules; removing it from
# sys.modules makes the next import run it again.
import sys
import _helpers.counter_mod as c1
import _helpers.counter_mod as c2
from _helpers import counter_mod as c3
print(c1 is c2 is c3, c1.value is c3.value)
c1.value.append(1)
import _helpers.counter_mod
print(_helpers.counter_mod.value)
del sys.modules["_helpers.counter_mod"]
import _helpers.counter_mod as c4
print(c4 is c1, c4.value, COUNTER_RUNS)
sys.modules["fake_module_xyz"] = c1
import fake_module_xyz
print(fake_module_xyz is c1)
sys.modules["blocked_xyz"] = None
try:
    import blocked_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
