// The GIL algorithm: take_gil, drop_gil, the drop request and FORCE_SWITCHING (the "new
// GIL" of CPython 3.2-3.13), plus the 2.7 tick-released semaphore. Read with gil-spec §1-§2.
//
// Design essay.
//
// What is protected. One thread at a time runs bytecode and touches objects: object state
// is protected by the GIL and by nothing else (no atomics in the object model, as in
// CPython). Only the fields of `Gil` and the eval-breaker word are shared without the GIL,
// and each of them is an atomic or is changed under `mutex`.
//
// The shared variables and their roles.
//  * locked (-1/0/1): -1 while the GIL does not exist (the on-demand build before the first
//    thread), 0 free, 1 held. Changed only under `mutex`; read without it by fast paths
//    ("does the GIL exist?", the drop_gil sanity check).
//  * last_holder: identity (the ThreadState pointer) of the thread that holds the GIL or held
//    it last. drop_gil stores it before releasing; take_gil replaces it (under `mutex` and
//    `switch_mutex`) and bumps switch_number when the taker is a different thread. It is how
//    FORCE_SWITCHING knows that "somebody else got it since I dropped it".
//  * switch_number: counts hand-offs between different threads. A waiter remembers it before
//    each timed wait; if it did not move during a wait that timed out, nobody switched for a
//    whole interval and the waiter posts the drop request.
//  * interval: the switch interval in µs (default 5000), re-read at every wait, clamped to at
//    least 1 µs at use, as CPython 3.2+.
//  * mutex + cond: waiters sleep on `cond` with a timeout of `interval`; drop_gil signals one
//    of them (no FIFO: the OS picks, as in CPython).
//  * switch_mutex + switch_cond: the FORCE_SWITCHING hand-off (below).
//  * gil_drop_request: a bit of the eval-breaker word (kGilDropRequestBit). The holder polls
//    that word at its check points (policy-dependent, vm.cpp) and, when the bit is set, drops
//    and re-takes the GIL (runtime_gil.cpp). Any thread that takes the GIL clears the bit,
//    even one that did not post it (3.2-3.12 behaviour).
//
// Invariants. locked == 1 exactly while one thread is between the end of its take_gil and
// the start of its drop_gil. A thread only drops a GIL it holds (drop_gil aborts if the GIL
// is not locked). The drop request is posted only by a waiter that timed out while the GIL
// stayed locked and switch_number stayed put; it is cleared by every taker and by a holder
// that starts a forced hand-off.
//
// Why FORCE_SWITCHING exists (gil-spec §1.5). On a multi-core machine a holder that drops the
// GIL at a check point and immediately asks for it again nearly always wins: the waiter must
// first be woken and scheduled by the OS, tens of µs, while the dropper is still running.
// The request would be "honoured" without anybody else running, and time slices would grow
// to many intervals. So a drop made while a drop request is pending waits on switch_cond
// until last_holder is no longer itself, turning every answered request into a real
// hand-off. A release with no request pending (the usual voluntary release around I/O)
// returns at once, so an I/O thread can take the GIL straight back when nobody wanted it.
// CPython waits once on switch_cond and tolerates a spurious wake-up; we loop until
// last_holder changed, which is the condition the wait is for.
//
// -X gilstress: a waiter posts the drop request at once instead of after one interval, so
// the holder hands off at every check point where another thread waits.
//
// How the GIL comes to exist (eager at start-up, or on demand race-free) is runtime_gil.cpp's
// business; this file only creates, takes and drops.
//
// The 2.7 GIL (policy 27) is a bare semaphore (2.7's USE_SEMAPHORES lock on Linux): no drop
// request, no interval, no hand-off. The holder releases and immediately re-acquires it
// every 100 ticks; whoever the OS lets in wins (gil-spec §2).
//
// Every pthread call is checked and a failure aborts with file:line, as CPython's
// MUTEX_LOCK/COND_WAIT macros. errno is preserved across take_gil (callers around system
// calls rely on it, gil-spec §8.15). Timed waits use CLOCK_MONOTONIC (3.8+, §8.14).
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "gil/gil.hpp"

namespace gilpy::gil {

void gil_fatal(const char* file, int line, const char* what, int err) {
  std::fflush(stdout);
  std::fprintf(stderr, "Fatal gilpy error: %s:%d: %s (error %d)\n", file, line, what, err);
  std::abort();
}

namespace {

#define GIL_CHECK(call)                                           \
  do {                                                            \
    int gil_err_ = (call);                                        \
    if (gil_err_) gil_fatal(__FILE__, __LINE__, #call, gil_err_); \
  } while (0)
#define MUTEX_LOCK(m) GIL_CHECK(pthread_mutex_lock(&(m)))
#define MUTEX_UNLOCK(m) GIL_CHECK(pthread_mutex_unlock(&(m)))
#define COND_SIGNAL(c) GIL_CHECK(pthread_cond_signal(&(c)))
#define COND_WAIT(c, m) GIL_CHECK(pthread_cond_wait(&(c), &(m)))

uint64_t now_ns() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return uint64_t(t.tv_sec) * 1000000000u + uint64_t(t.tv_nsec);
}

// Wait on `cond` for at most `us` microseconds; true when the wait timed out.
bool cond_timed_wait(pthread_cond_t* cond, pthread_mutex_t* mutex, unsigned long us) {
  timespec deadline{};
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  uint64_t ns = uint64_t(deadline.tv_nsec) + uint64_t(us) * 1000u;
  deadline.tv_sec += time_t(ns / 1000000000u);
  deadline.tv_nsec = long(ns % 1000000000u);
  int r = pthread_cond_timedwait(cond, mutex, &deadline);
  if (r == ETIMEDOUT) return true;
  if (r) gil_fatal(__FILE__, __LINE__, "pthread_cond_timedwait", r);
  return false;
}

void init_primitives(Gil* gil) {
  pthread_condattr_t attr;
  GIL_CHECK(pthread_condattr_init(&attr));
  GIL_CHECK(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC));
  GIL_CHECK(pthread_mutex_init(&gil->mutex, nullptr));
  GIL_CHECK(pthread_cond_init(&gil->cond, &attr));
  GIL_CHECK(pthread_mutex_init(&gil->switch_mutex, nullptr));
  GIL_CHECK(pthread_cond_init(&gil->switch_cond, &attr));
  GIL_CHECK(pthread_condattr_destroy(&attr));
}

}  // namespace

void create_gil(Gil* gil, std::atomic<uint32_t>* eval_breaker) {
  if (gil->locked.load() != -1) gil_fatal(__FILE__, __LINE__, "create_gil: GIL exists", 0);
  gil->eval_breaker = eval_breaker;
  init_primitives(gil);
  gil->last_holder.store(nullptr);
  gil->locked.store(0, std::memory_order_release);
}

void recreate_gil(Gil* gil) {
  // The old mutexes may be locked by threads that no longer exist: leak them (as 2.7's
  // PyEval_ReInitThreads leaks the old lock) and start afresh.
  init_primitives(gil);
  gil->last_holder.store(nullptr);
  gil->locked.store(0, std::memory_order_release);
}

bool gil_created(const Gil* gil) {
  return gil->locked.load(std::memory_order_acquire) >= 0;
}

void set_gil_drop_request(Gil* gil) {
  gil->eval_breaker->fetch_or(kGilDropRequestBit, std::memory_order_relaxed);
}
void reset_gil_drop_request(Gil* gil) {
  gil->eval_breaker->fetch_and(~kGilDropRequestBit, std::memory_order_relaxed);
}

void take_gil(Gil* gil, const void* tstate) {
  int saved_errno = errno;
  MUTEX_LOCK(gil->mutex);
  if (gil->locked.load(std::memory_order_relaxed) == 1) {
    // As CPython take_gil(): wait one interval at a time; post the drop request only if the
    // wait timed out, the GIL is still held and nobody switched meanwhile. A wake-up that
    // loses the race to another thread starts a fresh interval.
    uint64_t t0 = now_ns();
    gil->stats.waits.fetch_add(1, std::memory_order_relaxed);
    while (gil->locked.load(std::memory_order_relaxed) == 1) {
      unsigned long saved_switchnum = gil->switch_number.load(std::memory_order_relaxed);
      if (gil->stress.load(std::memory_order_relaxed) && !gil_drop_request(gil)) {
        // -X gilstress: ask at once (and again after every wake-up or interval), so the
        // holder hands off at its next check point.
        set_gil_drop_request(gil);
        gil->stats.drop_requests.fetch_add(1, std::memory_order_relaxed);
      }
      unsigned long us = gil->interval.load(std::memory_order_relaxed);
      bool timed_out = cond_timed_wait(&gil->cond, &gil->mutex, us < 1 ? 1 : us);
      if (timed_out && gil->locked.load(std::memory_order_relaxed) == 1 &&
          gil->switch_number.load(std::memory_order_relaxed) == saved_switchnum) {
        set_gil_drop_request(gil);
        gil->stats.drop_requests.fetch_add(1, std::memory_order_relaxed);
      }
    }
    gil->stats.wait_ns.fetch_add(now_ns() - t0, std::memory_order_relaxed);
  }
  // The GIL is free and we hold `mutex`: take it, and tell a FORCE_SWITCHING dropper.
  MUTEX_LOCK(gil->switch_mutex);
  gil->locked.store(1, std::memory_order_release);
  if (gil->last_holder.load(std::memory_order_relaxed) != tstate) {
    gil->last_holder.store(tstate, std::memory_order_relaxed);
    gil->switch_number.fetch_add(1, std::memory_order_relaxed);
    gil->stats.switches.fetch_add(1, std::memory_order_relaxed);
  }
  COND_SIGNAL(gil->switch_cond);
  MUTEX_UNLOCK(gil->switch_mutex);
  // As CPython 3.2-3.12: whoever takes the GIL clears a pending request, even another's.
  if (gil_drop_request(gil)) reset_gil_drop_request(gil);
  gil->stats.acquisitions.fetch_add(1, std::memory_order_relaxed);
  MUTEX_UNLOCK(gil->mutex);
  errno = saved_errno;
}

void drop_gil(Gil* gil, const void* tstate) {
  if (gil->locked.load(std::memory_order_relaxed) != 1)
    gil_fatal(__FILE__, __LINE__, "drop_gil: GIL is not locked", 0);
  MUTEX_LOCK(gil->mutex);
  gil->last_holder.store(tstate, std::memory_order_relaxed);
  gil->locked.store(0, std::memory_order_release);
  COND_SIGNAL(gil->cond);
  MUTEX_UNLOCK(gil->mutex);
#if GILPY_FORCE_SWITCHING
  // A release made while a drop request is pending (normally: this release answers it)
  // waits until another thread has taken the GIL; other releases return at once.
  if (gil_drop_request(gil)) {
    MUTEX_LOCK(gil->switch_mutex);
    if (gil->last_holder.load(std::memory_order_relaxed) == tstate) {
      reset_gil_drop_request(gil);
      gil->stats.forced_switches.fetch_add(1, std::memory_order_relaxed);
      while (gil->last_holder.load(std::memory_order_relaxed) == tstate)
        COND_WAIT(gil->switch_cond, gil->switch_mutex);
    }
    MUTEX_UNLOCK(gil->switch_mutex);
  }
#endif
}

void set_switch_interval(Gil* gil, double seconds) {
  // As CPython sys.setswitchinterval: the caller validated seconds > 0; truncate to µs.
  gil->interval.store((unsigned long)(seconds * 1e6), std::memory_order_relaxed);
}
double get_switch_interval(const Gil* gil) {
  return double(gil->interval.load(std::memory_order_relaxed)) * 1e-6;
}

GilStatsSnapshot snapshot(const GilStats& s) {
  auto r = [](const std::atomic<uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  return {r(s.acquisitions),    r(s.switches), r(s.drop_requests),
          r(s.forced_switches), r(s.waits),    r(s.wait_ns)};
}

// ---- 2.7 ----------------------------------------------------------------------------

void create_gil27(Gil27* gil) {
  if (sem_init(&gil->lock, 0, 1) != 0) gil_fatal(__FILE__, __LINE__, "sem_init", errno);
  gil->created.store(true, std::memory_order_release);
}

void recreate_gil27(Gil27* gil) {
  if (sem_init(&gil->lock, 0, 1) != 0) gil_fatal(__FILE__, __LINE__, "sem_init", errno);
}

void take_gil27(Gil27* gil, const void* tstate) {
  int saved_errno = errno;
  if (sem_trywait(&gil->lock) != 0) {
    if (errno != EAGAIN && errno != EINTR) gil_fatal(__FILE__, __LINE__, "sem_trywait", errno);
    uint64_t t0 = now_ns();
    gil->stats.waits.fetch_add(1, std::memory_order_relaxed);
    while (sem_wait(&gil->lock) != 0)
      if (errno != EINTR) gil_fatal(__FILE__, __LINE__, "sem_wait", errno);
    gil->stats.wait_ns.fetch_add(now_ns() - t0, std::memory_order_relaxed);
  }
  if (gil->last_holder.load(std::memory_order_relaxed) != tstate) {
    gil->last_holder.store(tstate, std::memory_order_relaxed);
    gil->stats.switches.fetch_add(1, std::memory_order_relaxed);
  }
  gil->stats.acquisitions.fetch_add(1, std::memory_order_relaxed);
  errno = saved_errno;
}

void drop_gil27(Gil27* gil) {
  if (sem_post(&gil->lock) != 0) gil_fatal(__FILE__, __LINE__, "sem_post", errno);
}

}  // namespace gilpy::gil
