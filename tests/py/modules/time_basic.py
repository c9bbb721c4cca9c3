# time: the clocks return floats (and ints for *_ns), are monotonic where
# they should be, and sleep waits.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.02)
print(type(t0).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(t0 > 1.6e9, time.time_ns() > 1600000000 * 10 ** 9)
print(time.monotonic() - m0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.perf_counter_ns() - n0 >= 15000000)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
time.sleep(0)
for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
