import time
t0 = time.perf_counter()
x = sum(range(1000))
t1 = time.perf_counter()
print(t1 >= t0, isinstance(time.time(), float), time.monotonic() > 0, x)
time.sleep(0)
