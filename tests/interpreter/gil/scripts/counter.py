# Lost updates of a read-modify-write shared by 4 threads (gil-spec §3.7, observations §B).
# usage: counter.py VARIANT EXPECT [SWITCHES]; VARIANT plain|attr|bump|callinside;
# EXPECT zero (no update may be lost) | lost (some must be) | any (report only).
# The threads run until the GIL has changed hands between them at least SWITCHES times
# (default 50), so the outcome depends on the check-point policy, not on how the OS happened
# to schedule the threads. Run with -X gilstress or a 1 µs interval.
import sys
import threading
import time

variant = sys.argv[1]
expect = sys.argv[2]
want = int(sys.argv[3]) if len(sys.argv) > 3 else 50
G = 0
stop = [False]
last = [-1]
changes = [0]  # hand-offs between workers (approximate under policies 39/27: racy itself)
counts = [0, 0, 0, 0]


class Box:
    pass


box = Box()
box.n = 0


def noop():
    pass


def bump():
    global G
    G += 1


def note(idx):
    if last[0] != idx:
        last[0] = idx
        changes[0] += 1


def plain(idx):
    global G
    mine = 0
    while not stop[0]:
        G += 1
        mine += 1
        note(idx)
    counts[idx] = mine


def attr(idx):
    mine = 0
    while not stop[0]:
        box.n += 1
        mine += 1
        note(idx)
    counts[idx] = mine


def bumps(idx):
    mine = 0
    while not stop[0]:
        bump()
        mine += 1
        note(idx)
    counts[idx] = mine


def callinside(idx):
    global G
    mine = 0
    while not stop[0]:
        v = G
        noop()
        G = v + 1
        mine += 1
        note(idx)
    counts[idx] = mine


target = {"plain": plain, "attr": attr, "bump": bumps, "callinside": callinside}[variant]
threads = [threading.Thread(target=target, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in range(20000):  # at most ~40 s on a very loaded machine
    if changes[0] >= want:
        break
    time.sleep(0.002)
stop[0] = True
for t in threads:
    t.join()
total = box.n if variant == "attr" else G
expected = counts[0] + counts[1] + counts[2] + counts[3]
lost = expected - total
st = sys._gil_stats()
sys.stderr.write(variant + " checkpoints=" + st["checkpoints"] + " increments=" + str(expected) +
                 " lost=" + str(lost) + " hand-offs=" + str(changes[0]) + " drop_requests=" +
                 str(st["drop_requests"]) + "\n")
assert changes[0] >= want, "the threads did not interleave enough to judge"
if expect == "zero":
    assert lost == 0, "lost updates: " + str(lost)
elif expect == "lost":
    assert lost > 0, "no update lost"
print("ok")
