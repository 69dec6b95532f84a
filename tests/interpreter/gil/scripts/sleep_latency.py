# A thread that sleeps 1 ms next to a CPU hog wakes after roughly one switch interval
# (the convoy effect, gil-spec §1.8). Reported on stderr, never asserted.
import sys
import threading
import time

stop = [False]


def hog():
    x = 0
    while not stop[0]:
        x += 1


delays = []
h = threading.Thread(target=hog)
h.start()
for _ in range(20):
    t0 = time.perf_counter()
    time.sleep(0.001)
    delays.append(time.perf_counter() - t0 - 0.001)
stop[0] = True
h.join()
delays.sort()
sys.stderr.write("sleep(1 ms) extra delay next to a hog: p50 %.3f ms, max %.3f ms, interval %.3f ms\n"
                 % (delays[10] * 1000, delays[-1] * 1000, sys.getswitchinterval() * 1000))
print("ok")
