# os.fork: the child re-creates the GIL where it exists and keeps only the forking thread
# (gil-spec §5); in the on-demand build a child of a single-threaded parent has no GIL.
import os
import sys
import threading


def child_status():
    pid = os.fork()
    if pid == 0:
        code = 10 if sys._gil_exists() else 20
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()
        if not sys._gil_exists():
            code = 30
        os._exit(code)
    return os.waitpid(pid, 0)[1] >> 8


first = child_status()
expected_first = 20 if sys.gil_build == "ondemand" else 10
assert first == expected_first, "child before any thread: " + str(first)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
assert child_status() == 10
print("ok")
