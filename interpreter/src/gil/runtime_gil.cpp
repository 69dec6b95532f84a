// The process GIL of gilpy and how it comes to exist. Compiled once per executable:
// GILPY_GIL_ONDEMAND=0 (gilpy, gilpy-eager: created and taken at start-up, CPython >= 3.7)
// or 1 (gilpy-ondemand: created by the first thread start or foreign entry, CPython <= 3.6).
//
// Design note: race-free on-demand creation.
// CPython 3.6 created the GIL from whichever thread first needed it and took it for that
// thread. When a foreign thread did so (PyGILState_Ensure) while the main thread was running
// bytecode, the main thread held nothing, kept running, and two threads ran interpreter code
// at once (bpo-20891; gil-spec §4.4). The mistake is letting a thread that is *not* the
// running thread create-and-take. Here, before the GIL exists, the sole interpreter thread
// is either ATTACHED (running bytecode: it is the implicit holder) or DETACHED (inside a
// blocking call). One atomic, `vstate`, records which, and it is the only thing
// save_thread/restore_thread touch before creation (a store, a load and a CAS: no lock
// operation, as 3.6's state swap). Creation is then decided by who may take the GIL:
//  * the attached thread itself (Thread.start, a check point) creates it already held by
//    itself: ATTACHED -> CREATED;
//  * a foreign thread may create it only from DETACHED, by CAS DETACHED -> CREATING, and then
//    holds it; the sole thread's restore_thread CAS DETACHED -> ATTACHED fails and it waits
//    for CREATED and takes the GIL like any other thread;
//  * a foreign thread that finds ATTACHED does not create: it posts kGilCreateRequestBit in
//    the eval breaker and waits; the attached thread creates the GIL (held by itself) at its
//    next check point or when it next detaches, then the foreign thread waits in take_gil.
// Every transition out of ATTACHED is made by the attached thread, and every transition out
// of DETACHED is a CAS, so exactly one thread ends up holding the new GIL.
// -X gilcreate=racy skips the protocol (a foreign thread creates and takes at once), which
// reproduces 3.6's race for demonstration (tests/interpreter/gil/race_test.cpp).
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "gil/runtime_gil.hpp"
#include "object.hpp"
#include "thread_state.hpp"

#ifndef GILPY_GIL_ONDEMAND
#define GILPY_GIL_ONDEMAND 0
#endif

namespace gilpy {
std::vector<ThreadState*>& all_threads();  // runtime.cpp, protected by the GIL
}

namespace gilpy::gil {

static_assert(kGilDropRequestBit == kBreakGilDrop, "object.hpp and gil.hpp disagree");

namespace {

Gil g_gil;                              // the GIL of policies 310 and 39
Gil27 g_gil27;                          // the lock of policy 27
thread_local bool tl_attached = false;  // this OS thread holds the GIL (or, before it
                                        // exists, is the attached sole thread)
thread_local bool tl_foreign = false;   // the thread state was made by gilstate_ensure
thread_local bool tl_holds = false;     // this OS thread holds the created GIL

constexpr bool kOnDemand = GILPY_GIL_ONDEMAND;

bool policy27() {
  return config().policy == Policy::k27;
}

bool created() {
  return policy27() ? g_gil27.created.load(std::memory_order_acquire) : gil_created(&g_gil);
}

void take(ThreadState* t) {
  if (policy27())
    take_gil27(&g_gil27, t);
  else
    take_gil(&g_gil, t);
  tl_attached = true;
  tl_holds = true;
}

void drop(ThreadState* t) {
  tl_attached = false;
  tl_holds = false;
  if (policy27())
    drop_gil27(&g_gil27);
  else
    drop_gil(&g_gil, t);
}

// Create the GIL of the current policy, already held by t.
void create_and_take(ThreadState* t) {
  if (policy27())
    create_gil27(&g_gil27);
  else
    create_gil(&g_gil, &rt().eval_breaker);
  take(t);
}

// ---- on-demand creation state (see the design note) ----
enum VState : int { kDetached = 0, kAttached = 1, kCreating = 2, kCreated = 3 };
std::atomic<int> vstate{kAttached};
std::mutex create_mutex;              // only foreign threads wait on it, and the sole
std::condition_variable create_cond;  // thread signals it only when asked to

void publish_created() {
  {
    std::lock_guard<std::mutex> lock(create_mutex);
    vstate.store(kCreated, std::memory_order_release);
  }
  create_cond.notify_all();
}

void wake_create_waiters() {
  { std::lock_guard<std::mutex> lock(create_mutex); }
  create_cond.notify_all();
}

// Wait (briefly, re-checking) while the state is `s`.
void wait_while(int s) {
  std::unique_lock<std::mutex> lock(create_mutex);
  if (vstate.load(std::memory_order_acquire) == s)
    create_cond.wait_for(lock, std::chrono::milliseconds(1));
}

// A thread that is not the sole thread wants the GIL (a foreign thread; in the on-demand
// build the GIL may not exist yet).
void attach_other(ThreadState* t) {
  if constexpr (kOnDemand) {
    for (;;) {
      int s = vstate.load(std::memory_order_acquire);
      if (s == kCreated) break;
      if (config().racy_create && s != kCreating) {
        // As CPython 3.6.4+ PyGILState_Ensure -> PyEval_InitThreads: create and take, even
        // though the sole thread may be running bytecode without holding anything.
        if (vstate.compare_exchange_strong(s, kCreating)) {
          create_and_take(t);
          publish_created();
          return;
        }
        continue;
      }
      if (s == kDetached) {
        if (vstate.compare_exchange_strong(s, kCreating)) {
          create_and_take(t);
          publish_created();
          return;
        }
        continue;
      }
      if (s == kAttached) rt().eval_breaker.fetch_or(kGilCreateRequestBit);
      wait_while(s);
    }
  }
  take(t);
}

}  // namespace

Config& config() {
  static Config c;
  return c;
}

const char* build_name() {
  return kOnDemand ? "ondemand" : "eager";
}

bool gil_exists() {
  return created();
}

bool apply_xoption(std::string_view opt, std::string* error) {
  auto eq = opt.find('=');
  std::string_view name = opt.substr(0, eq);
  std::string_view value = eq == std::string_view::npos ? "" : opt.substr(eq + 1);
  Config& c = config();
  if (name == "switchinterval") {
    double s = std::strtod(std::string(value).c_str(), nullptr);
    if (!(s > 0)) {
      *error = "-X switchinterval needs a positive number of seconds";
      return false;
    }
    set_switch_interval(s);
  } else if (name == "checkpoints") {
    if (value == "310")
      c.policy = Policy::k310;
    else if (value == "39")
      c.policy = Policy::k39;
    else if (value == "27")
      c.policy = Policy::k27;
    else {
      *error = "-X checkpoints must be 310, 39 or 27";
      return false;
    }
  } else if (name == "gilstress") {
    c.stress = value.empty() || value == "1";
    g_gil.stress.store(c.stress);
  } else if (name == "gilcreate") {
    if (value != "racy" && value != "safe") {
      *error = "-X gilcreate must be racy or safe";
      return false;
    }
    c.racy_create = value == "racy";
  } else if (name == "checkinterval") {
    int n = 0;
    auto r = std::from_chars(value.data(), value.data() + value.size(), n);
    if (r.ec != std::errc() || n < 1) {
      *error = "-X checkinterval needs a positive integer";
      return false;
    }
    c.check_interval = n;
  } else {
    *error = "unknown -X option " + std::string(opt);
    return false;
  }
  return true;
}

void gil_init_main(ThreadState* main) {
  tl_attached = true;
  // As CPython >= 3.7 Py_Initialize (bpo-20891's second fix): the GIL exists from the
  // start, held by the main thread. The on-demand build leaves it to init_threads.
  if constexpr (!kOnDemand) create_and_take(main);
}

void init_threads() {
  if (created()) return;
  // Only the attached sole thread gets here before creation (the design note).
  create_and_take(ts());
  publish_created();
}

ThreadState* save_thread() {
  ThreadState* t = ts();
  if constexpr (kOnDemand) {
    if (!created()) {
      // As CPython <= 3.6 PyEval_SaveThread without a GIL: a state swap.
      tl_attached = false;
      vstate.store(kDetached, std::memory_order_seq_cst);
      if (rt().eval_breaker.load(std::memory_order_seq_cst) & kGilCreateRequestBit)
        wake_create_waiters();
      return t;
    }
    if (!tl_holds) {
      // Only after -X gilcreate=racy: a foreign thread created the GIL while this thread
      // ran without it. It never held the GIL, so it has nothing to drop (3.6 would abort
      // here with "drop_gil: GIL is not locked"); from restore_thread on it waits like
      // everybody else.
      tl_attached = false;
      return t;
    }
  }
  drop(t);
  return t;
}

void restore_thread(ThreadState* t) {
  if constexpr (kOnDemand) {
    int s = vstate.load(std::memory_order_acquire);
    if (s != kCreated) {
      if (s == kDetached && vstate.compare_exchange_strong(s, kAttached)) {
        tl_attached = true;
        return;
      }
      while (vstate.load(std::memory_order_acquire) != kCreated) wait_while(kCreating);
    }
  }
  take(t);
}

void handle_gil_request(ThreadState* t, uint32_t bits) {
  if (bits & kGilCreateRequestBit) {
    rt().eval_breaker.fetch_and(~kGilCreateRequestBit);
    if (!created()) init_threads();
  }
  if ((bits & kGilDropRequestBit) && tl_holds && !policy27()) {
    // As CPython _Py_HandlePending: drop (with the FORCE_SWITCHING hand-off), re-take.
    drop_gil(&g_gil, t);
    take_gil(&g_gil, t);
  }
}

void tick27(ThreadState* t) {
  // As 2.7's ceval ticker: reset, then release and immediately re-acquire if the lock
  // exists. No hand-off: the OS decides who wins (gil-spec §2.2-2.3).
  ticker = config().check_interval;
  if (g_gil27.created.load(std::memory_order_relaxed)) {
    drop_gil27(&g_gil27);
    take_gil27(&g_gil27, t);
  }
}

void set_switch_interval(double seconds) {
  gil::set_switch_interval(&g_gil, seconds);
}
double get_switch_interval() {
  return gil::get_switch_interval(&g_gil);
}

GilStatsSnapshot stats() {
  return snapshot(policy27() ? g_gil27.stats : g_gil.stats);
}

ThreadState* new_thread_state() {
  auto* t = new ThreadState();
  t->eval_breaker = &rt().eval_breaker;
  all_threads().push_back(t);
  return t;
}

void thread_enter(ThreadState* t) {
  set_ts(t);
  attach_other(t);
}

void thread_exit(ThreadState* t) {
  auto& v = all_threads();
  v.erase(std::remove(v.begin(), v.end(), t), v.end());
  drop(t);
  set_ts(nullptr);
  delete t;
}

bool gilstate_ensure() {
  ThreadState* t = ts();
  if (t && tl_attached) return true;
  if (t) {
    restore_thread(t);
    return false;
  }
  // A thread gilpy did not create: make its state, enter, then register it (the thread
  // list is protected by the GIL). As CPython 3.6.4+: the state exists before the GIL is
  // taken on its behalf.
  t = new ThreadState();
  t->eval_breaker = &rt().eval_breaker;
  tl_foreign = true;
  thread_enter(t);
  all_threads().push_back(t);
  return false;
}

void gilstate_release(bool was_held) {
  if (was_held) return;
  ThreadState* t = ts();
  if (tl_foreign) {
    tl_foreign = false;
    thread_exit(t);
  } else {
    save_thread();
  }
}

void after_fork_child() {
  // As CPython _PyEval_ReInitThreads: only the forking thread survives; if a GIL exists it
  // is re-created, held by this thread. The switch interval is inherited.
  ThreadState* self = ts();
  auto& v = all_threads();
  v.erase(std::remove_if(v.begin(), v.end(), [&](ThreadState* t) { return t != self; }), v.end());
  if (!created()) return;
  if (policy27()) {
    recreate_gil27(&g_gil27);
  } else {
    recreate_gil(&g_gil);
    reset_gil_drop_request(&g_gil);
  }
  take(self);
}

}  // namespace gilpy::gil
