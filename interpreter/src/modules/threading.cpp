// The threading module, written in Python over _thread (as CPython's Lib/threading.py, much
// reduced): Thread, Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
// current_thread, active_count, enumerate, get_ident, main_thread, and _shutdown, which the
// interpreter calls at exit to wait for the non-daemon threads.
#include "compiler.hpp"
#include "errors.hpp"
#include "native.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {
namespace {

const char* const kThreadingSource = R"PY(
import _thread
import time as _timemod

_start_new_thread = _thread.start_new_thread
Lock = _thread.allocate_lock
get_ident = _thread.get_ident
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_time = _timemod.monotonic


class RLock:
    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _release_save(self):
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count = state[0]
        self._owner = state[1]

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def _release_save(self):
        if isinstance(self._lock, RLock):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters[:n]
        for w in waiters:
            w.release()
            if w in self._waiters:
                self._waiters.remove(w)

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


_active = {}
_limbo = {}
_counter = [0]


def _newname():
    _counter[0] += 1
    return "Thread-" + str(_counter[0])


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, daemon=None):
        self._target = target
        self._args = args
        if kwargs is None:
            kwargs = {}
        self._kwargs = kwargs
        if name is None:
            name = _newname()
        self.name = name
        if daemon is None:
            daemon = current_thread().daemon
        self.daemon = daemon
        self.ident = None
        self._started = Event()
        self._is_stopped = False
        self._tstate_lock = None

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        return "<Thread(" + self.name + ", " + status + ")>"

    def start(self):
        if self._started.is_set() or self._tstate_lock is not None:
            raise RuntimeError("threads can only be started once")
        self._tstate_lock = Lock()
        self._tstate_lock.acquire()
        _limbo[id(self)] = self
        _start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None

    def _bootstrap(self):
        self.ident = get_ident()
        _active[self.ident] = self
        del _limbo[id(self)]
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            _print_thread_exception(self, e)
        finally:
            self._is_stopped = True
            del _active[self.ident]
            self._tstate_lock.release()

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._tstate_lock
        if timeout is None:
            ok = lock.acquire()
        elif timeout > 0:
            ok = lock.acquire(True, timeout)
        else:
            ok = lock.acquire(False)
        if ok:
            lock.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic


def _print_thread_exception(thread, e):
    import sys
    sys.stderr.write("Exception in thread " + thread.name + ":\n")
    _thread._print_exception(e)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self.ident = get_ident()
        _active[self.ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="Dummy-" + str(_counter[0] + 1), daemon=True)
        _counter[0] += 1
        self._started.set()
        self.ident = get_ident()

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


_main_thread = None


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        if _main_thread is None:
            return _Bootstrapping
        return _DummyThread()
    return t


currentThread = current_thread


class _BootstrappingThread:
    daemon = False


_Bootstrapping = _BootstrappingThread()
_main_thread = _MainThread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def _shutdown():
    while True:
        pending = None
        for t in list(_active.values()):
            if t is not _main_thread and not t.daemon and t.is_alive():
                pending = t
                break
        if pending is None:
            return
        pending.join()
)PY";

}  // namespace

ModuleObject* make_threading_module() {
  auto* mod = new ModuleObject(intern("threading"));
  Value mv = Value::from_obj(mod);
  Pin pin(mv);
  mod->dict->set(Value::from_obj(intern("__builtins__")), Value::from_obj(rt().builtins));
  CodeObject* code = compile_source(kThreadingSource, "<threading>");
  Pin pin2(Value::from_obj(code));
  // Registered before running, so `import threading` inside the body finds itself.
  rt().modules->set(Value::from_obj(intern("threading")), mv);
  run_code(code, mod->dict);
  return mod;
}

// Called by the executable at exit: as CPython's Py_FinalizeEx, wait for the non-daemon
// threads if threading was ever imported.
void threading_shutdown() {
  Value m = rt().modules->get_str(intern("threading"));
  if (m.is_null()) return;
  try {
    Value f = get_attr(m, intern("_shutdown"));
    call0(f);
  } catch (PyError& e) {
    print_exception(e.exc, stderr);
  }
}

}  // namespace gilpy
