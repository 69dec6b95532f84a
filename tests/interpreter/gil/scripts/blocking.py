# Blocking calls release the GIL: while one thread sleeps, reads a file, stats a path or
# waits on a lock, another thread runs bytecode. An uncontended Lock.acquire does not
# release it (no GIL acquisition happens). Properties only: progress counters, no clocks.
import os
import sys
import threading
import time

progress = [0]
stop = [False]
window = []


def spinner():
    while not stop[0]:
        progress[0] += 1


def sleeper():
    a = progress[0]
    time.sleep(0.2)
    window.append(progress[0] - a)


def waiter(lock):
    a = progress[0]
    lock.acquire()  # blocks until main releases it
    window.append(progress[0] - a)
    lock.release()


def statter():
    a = progress[0]
    for _ in range(2000):
        os.stat(".")
    window.append(progress[0] - a)


s = threading.Thread(target=spinner)
s.start()
t = threading.Thread(target=sleeper)
t.start()
t.join()
lock = threading.Lock()
lock.acquire()
w = threading.Thread(target=waiter, args=(lock,))
w.start()
time.sleep(0.1)  # main sleeps too: the spinner runs, the waiter stays blocked
lock.release()
w.join()
st = threading.Thread(target=statter)
st.start()
st.join()
stop[0] = True
s.join()
sys.stderr.write("progress during sleep/lock wait/stat: " + str(window) + "\n")
assert window[0] > 0, "time.sleep kept the GIL"
assert window[1] > 0, "waiting on a lock kept the GIL"

# An uncontended acquire/release never touches the GIL (policy 27 re-takes its lock every
# check interval anyway, so the count says nothing there).
before = sys._gil_stats()["acquisitions"]
lk = threading.Lock()
for _ in range(1000):
    lk.acquire()
    lk.release()
if sys.gil_checkpoints != "27":
    assert sys._gil_stats()["acquisitions"] == before, "uncontended acquire released the GIL"
print("ok")
