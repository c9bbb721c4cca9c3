# Helper for modules/import_caching.py: counts its executions (not a test case).
import builtins
builtins.COUNTER_RUNS = getattr(builtins, "COUNTER_RUNS", 0) + 1
print("counter_mod executed", builtins.COUNTER_RUNS)
value = []
