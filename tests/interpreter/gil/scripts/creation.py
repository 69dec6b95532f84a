# When the GIL exists (gil-spec §4.2, observations §A): eager from start-up; on demand only
# once a thread is started (not by importing threading or creating a Thread object, not by
# blocking calls). Also: sys and --version report the build.
import sys
import time

build = sys.gil_build
assert build in ("eager", "ondemand")
assert sys._gil_stats()["build"] == build
ondemand = build == "ondemand"
assert sys._gil_exists() == (not ondemand)
import threading

assert sys._gil_exists() == (not ondemand)
t = threading.Thread(target=lambda: None)
assert sys._gil_exists() == (not ondemand)
time.sleep(0.001)  # a release before creation is a state swap
assert sys._gil_exists() == (not ondemand)
if ondemand:
    assert sys._gil_stats()["acquisitions"] == 0
t.start()
t.join()
assert sys._gil_exists()
print("ok")
