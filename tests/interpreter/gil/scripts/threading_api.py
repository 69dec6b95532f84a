# The threading surface gilpy provides (issue 4), with deterministic output: the same text
# on gilpy and CPython (threading_api.out was produced by CPython 3.11).
import sys
import threading
import time

out = []


def work(a, b, scale=1, sink=None):
    sink.append((a + b) * scale)


t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10, "sink": out}, name="adder")
print(t.name, t.daemon, t.is_alive())
t.start()
t.join()
print(out, t.is_alive(), t.ident is not None)

# join with a timeout on a thread that is still blocked
gate = threading.Event()
slow = threading.Thread(target=gate.wait, daemon=True)
slow.start()
slow.join(0.01)
print("alive after timed join", slow.is_alive())
gate.set()
slow.join()
print("alive after release", slow.is_alive())

# Lock: blocking, non-blocking, timeout, with
lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(True, 0.01), lock.locked())
lock.release()
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
try:
    lock.release()
except RuntimeError:
    print("release unlocked: RuntimeError")

# RLock: re-entrant, owned by one thread
r = threading.RLock()
with r:
    with r:
        print("rlock nested")
res = []
r.acquire()
other = threading.Thread(target=lambda: res.append(r.acquire(False)))
other.start()
other.join()
r.release()
print("other thread got rlock:", res[0])

# Condition: bounded buffer, 2 producers, 2 consumers
cond = threading.Condition()
buf = []
consumed = []


def produce(base):
    for i in range(200):
        with cond:
            while len(buf) >= 8:
                cond.wait()
            buf.append(base + i)
            cond.notify_all()


def consume(n):
    got = 0
    total = 0
    while got < n:
        with cond:
            while not buf:
                cond.wait()
            total += buf.pop(0)
            got += 1
            cond.notify_all()
    consumed.append(total)


threads = [threading.Thread(target=produce, args=(1000,)),
           threading.Thread(target=produce, args=(2000,)),
           threading.Thread(target=consume, args=(200,)),
           threading.Thread(target=consume, args=(200,))]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("consumed", sum(consumed), len(consumed))
print("wait_for", cond.acquire(), cond.wait_for(lambda: True, 0.01))
cond.release()

# Semaphore and BoundedSemaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(True, 0.01))
s.release()
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError:
    print("bounded: ValueError")

# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Thread(target=e.set).start()
print(e.wait(5), e.is_set())
e.clear()
print(e.is_set())

# identity and counts
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.get_ident() == threading.current_thread().ident)
idents = []
hold = threading.Event()


def record():
    idents.append(threading.get_ident())
    hold.wait()  # alive together: no ident can be reused


ths = [threading.Thread(target=record) for _ in range(3)]
for th in ths:
    th.start()
print("active while held", threading.active_count())
hold.set()
for th in ths:
    th.join()
print("distinct idents", len(set(idents)), threading.get_ident() not in idents)
print("active", threading.active_count())

# an exception in a thread is reported on stderr and does not end the process
def boom():
    raise ValueError("boom")


bt = threading.Thread(target=boom)
bt.start()
bt.join()
print("still running")

# exit waits for a non-daemon thread
def late():
    time.sleep(0.05)
    print("late thread done")
    sys.stdout.flush()


threading.Thread(target=late).start()
print("main done")
sys.stdout.flush()
