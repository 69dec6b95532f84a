// The GIL primitives: CPython's "new GIL" (take_gil/drop_gil with FORCE_SWITCHING, 3.2+)
// and the old tick-released lock of 2.7. Independent of the object model, so the unit tests
// and the micro-benchmarks can drive them with plain std::threads. Design: ceval_gil.cpp.
#pragma once
#include <pthread.h>
#include <semaphore.h>

#include <atomic>
#include <cstdint>

// CPython defines FORCE_SWITCHING unconditionally; so do we (build with
// -DGILPY_FORCE_SWITCHING=0 to measure what the hand-off wait buys).
#ifndef GILPY_FORCE_SWITCHING
#define GILPY_FORCE_SWITCHING 1
#endif

namespace gilpy::gil {

// Bits of the eval-breaker word that belong to the GIL (object.hpp's kBreakGilDrop is the
// first; runtime_gil.cpp static_asserts that they agree).
inline constexpr uint32_t kGilDropRequestBit = 1u << 1;    // a waiter asks the holder to drop
inline constexpr uint32_t kGilCreateRequestBit = 1u << 4;  // on-demand: please create the GIL

inline constexpr unsigned long kDefaultIntervalUs = 5000;  // 5 ms, every CPython 3.x

// Counters readable at any time (relaxed atomics: statistics, not synchronisation).
struct GilStats {
  std::atomic<uint64_t> acquisitions{0};     // successful take_gil calls
  std::atomic<uint64_t> switches{0};         // takes by a thread other than last_holder
  std::atomic<uint64_t> drop_requests{0};    // times a waiter set gil_drop_request
  std::atomic<uint64_t> forced_switches{0};  // FORCE_SWITCHING waits in drop_gil
  std::atomic<uint64_t> waits{0};            // take_gil calls that found the GIL held
  std::atomic<uint64_t> wait_ns{0};          // total time spent waiting in take_gil
};

// Plain copy of GilStats for reporting.
struct GilStatsSnapshot {
  uint64_t acquisitions, switches, drop_requests, forced_switches, waits, wait_ns;
};

// One GIL (as CPython 3.7-3.11 _gil_runtime_state). Field roles: ceval_gil.cpp essay.
struct Gil {
  std::atomic<int> locked{-1};                              // -1 not created, 0 free, 1 held
  std::atomic<const void*> last_holder{nullptr};            // thread that holds / last held it
  std::atomic<unsigned long> switch_number{0};              // takes by a thread != last_holder
  std::atomic<unsigned long> interval{kDefaultIntervalUs};  // switch interval, µs
  std::atomic<uint32_t>* eval_breaker = nullptr;            // word that carries gil_drop_request
  std::atomic<bool> stress{false};                          // -X gilstress: request at once
  pthread_mutex_t mutex;                                    // protects locked/last_holder changes
  pthread_cond_t cond;                                      // signalled when the GIL is released
  pthread_mutex_t switch_mutex;  // FORCE_SWITCHING: protects the hand-off
  pthread_cond_t switch_cond;    // signalled when a thread took the GIL
  GilStats stats;
};

// Create the mutexes and condition variables (monotonic clock) and mark the GIL free.
// `eval_breaker` is where the drop request is posted.
void create_gil(Gil* gil, std::atomic<uint32_t>* eval_breaker);
// Forget the old primitives without touching them (after fork: they may be in any state)
// and create fresh ones, as CPython's _PyEval_ReInitThreads.
void recreate_gil(Gil* gil);
bool gil_created(const Gil* gil);

// Acquire the GIL for `tstate` (any non-null identity), as CPython take_gil().
void take_gil(Gil* gil, const void* tstate);
// Release it; with a drop request pending, wait until another thread took it
// (FORCE_SWITCHING), as CPython drop_gil().
void drop_gil(Gil* gil, const void* tstate);

// The drop request, as CPython's SET/RESET_GIL_DROP_REQUEST and gil_drop_request.
void set_gil_drop_request(Gil* gil);
void reset_gil_drop_request(Gil* gil);
inline bool gil_drop_request(const Gil* gil) {
  return gil->eval_breaker->load(std::memory_order_relaxed) & kGilDropRequestBit;
}

// Switch interval in seconds, as sys.setswitchinterval: truncated to whole µs
// (1e-7 s is stored as 0 and waits the minimum 1 µs).
void set_switch_interval(Gil* gil, double seconds);
double get_switch_interval(const Gil* gil);

GilStatsSnapshot snapshot(const GilStats& s);

// ---- The 2.7 GIL: a semaphore released and re-taken every check interval -------------

struct Gil27 {
  std::atomic<bool> created{false};               // interpreter_lock != NULL
  sem_t lock;                                     // as 2.7's USE_SEMAPHORES lock
  std::atomic<const void*> last_holder{nullptr};  // for the switch statistics only
  GilStats stats;
};
void create_gil27(Gil27* gil);
void recreate_gil27(Gil27* gil);
void take_gil27(Gil27* gil, const void* tstate);  // PyThread_acquire_lock(lock, 1)
void drop_gil27(Gil27* gil);                      // PyThread_release_lock(lock)

// Fatal error with file:line, as CPython's Py_FatalError for a broken GIL invariant.
[[noreturn]] void gil_fatal(const char* file, int line, const char* what, int err);

}  // namespace gilpy::gil
