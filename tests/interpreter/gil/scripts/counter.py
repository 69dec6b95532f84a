# Lost updates of a read-modify-write shared by 4 threads (gil-spec §3.7, observations §B).
# usage: counter.py VARIANT EXPECT [N]; VARIANT plain|attr|bump|callinside;
# EXPECT zero (no update may be lost) | lost (some must be) | any (report only).
# Run with -X gilstress or a 1 µs interval so the outcome does not depend on luck.
import sys
import threading

variant = sys.argv[1]
expect = sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
G = 0
go = threading.Event()  # the threads start their loops together


class Box:
    pass


box = Box()
box.n = 0


def noop():
    pass


def plain(n):
    global G
    go.wait()
    for _ in range(n):
        G += 1


def attr(n):
    go.wait()
    for _ in range(n):
        box.n += 1


def bump():
    global G
    G += 1


def bumps(n):
    go.wait()
    for _ in range(n):
        bump()


def callinside(n):
    global G
    go.wait()
    for _ in range(n):
        v = G
        noop()
        G = v + 1


target = {"plain": plain, "attr": attr, "bump": bumps, "callinside": callinside}[variant]
threads = [threading.Thread(target=target, args=(n,)) for _ in range(4)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
total = box.n if variant == "attr" else G
lost = 4 * n - total
st = sys._gil_stats()
sys.stderr.write(variant + " checkpoints=" + st["checkpoints"] + " lost=" + str(lost) +
                 " switches=" + str(st["switches"]) + " drop_requests=" +
                 str(st["drop_requests"]) + "\n")
if expect == "zero":
    assert lost == 0, "lost updates: " + str(lost)
elif expect == "lost":
    assert lost > 0, "no update lost"
assert 0 <= lost < 4 * n
print("ok")
