// The _thread module: OS threads running Python callables, the lock type, thread identity.
// threading (modules/threading.cpp) is written in Python on top of it, as CPython's.
#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <thread>

#include "gil/runtime_gil.hpp"
#include "native.hpp"
#include "thread_state.hpp"

namespace gilpy {
namespace {

std::atomic<int> g_running{0};  // Python threads started and not yet finished

// A lock that any thread may release (threading.Lock semantics: a binary semaphore). Its
// own mutex/cond are used without the GIL; the object stays alive while a waiter's frame
// refers to it.
struct LockObject : InstanceObject {
  pthread_mutex_t mu;  // protects `locked`
  pthread_cond_t cv;   // signalled on release
  bool locked = false;
  explicit LockObject(TypeObject* t) : InstanceObject(t) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (pthread_mutex_init(&mu, nullptr) || pthread_cond_init(&cv, &attr))
      fatal(__FILE__, __LINE__, "lock init");
    pthread_condattr_destroy(&attr);
  }
  ~LockObject() override {
    pthread_mutex_destroy(&mu);
    pthread_cond_destroy(&cv);
  }
};

TypeObject* g_lock_type = nullptr;  // _thread.LockType

LockObject* self_lock(const Args& a, const char* name) {
  if (a.n < 1 || !is_type(a.v[0], g_lock_type))
    raisef(rt().TypeError, "descriptor '{}' requires a 'lock' object", name);
  return static_cast<LockObject*>(a.v[0].obj());
}

bool try_take(LockObject* l) {
  pthread_mutex_lock(&l->mu);
  bool got = !l->locked;
  l->locked = true;
  pthread_mutex_unlock(&l->mu);
  return got;
}

// Wait for the lock without the GIL; timeout < 0: for ever.
bool wait_take(LockObject* l, double timeout) {
  gil::AllowThreads allow;
  timespec deadline{};
  if (timeout >= 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = std::floor(timeout);
    deadline.tv_sec += time_t(whole);
    deadline.tv_nsec += long((timeout - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
      deadline.tv_sec++;
      deadline.tv_nsec -= 1000000000;
    }
  }
  pthread_mutex_lock(&l->mu);
  bool timed_out = false;
  while (l->locked && !timed_out) {
    if (timeout < 0)
      pthread_cond_wait(&l->cv, &l->mu);
    else
      timed_out = pthread_cond_timedwait(&l->cv, &l->mu, &deadline) == ETIMEDOUT;
  }
  bool got = !l->locked;
  if (got) l->locked = true;
  pthread_mutex_unlock(&l->mu);
  return got;
}

// lock.acquire(blocking=True, timeout=-1). As CPython acquire_timed: a first non-blocking
// attempt that keeps the GIL; only a contended acquire releases it (gil-spec §1.7).
Value lock_acquire(const Args& a) {
  LockObject* l = self_lock(a, "acquire");
  Value blocking = a.n > 1 ? a.v[1] : a.kw("blocking");
  Value timeout = a.n > 2 ? a.v[2] : a.kw("timeout");
  bool block = blocking.is_null() || truthy(blocking);
  double to = timeout.is_null() || timeout.is_none() ? -1 : to_double(timeout);
  if (!block && to != -1) raise(rt().ValueError, "can't specify a timeout for a non-blocking call");
  if (to < 0 && to != -1) raise(rt().ValueError, "timeout value must be a non-negative number");
  if (try_take(l)) return Value::boolean(true);
  if (!block) return Value::boolean(false);
  return Value::boolean(wait_take(l, to));
}

Value lock_release(const Args& a) {
  LockObject* l = self_lock(a, "release");
  pthread_mutex_lock(&l->mu);
  bool was = l->locked;
  l->locked = false;
  if (was) pthread_cond_signal(&l->cv);
  pthread_mutex_unlock(&l->mu);
  if (!was) raise(rt().RuntimeError, "release unlocked lock");
  return Value::none();
}

Value lock_locked(const Args& a) {
  LockObject* l = self_lock(a, "locked");
  pthread_mutex_lock(&l->mu);
  bool v = l->locked;
  pthread_mutex_unlock(&l->mu);
  return Value::boolean(v);
}

Value lock_exit(const Args& a) {
  Value self = a.v[0];
  return lock_release(Args{&self, 1});
}

Value t_allocate_lock(const Args& a) {
  check_args(a, "allocate_lock", 0, 0);
  return Value::from_obj(new LockObject(g_lock_type));
}

Value t_get_ident(const Args&) {
  return new_int(int64_t(pthread_self()));
}
Value t_count(const Args&) {
  return Value::from_small(g_running.load());
}

void run_thread(ThreadState* nt) {
  gil::thread_enter(nt);
  try {
    Value fn = nt->pins[0], args = nt->pins[1], kw = nt->pins[2];
    std::vector<Value> buf = as<TupleObject>(args)->items;
    int n = int(buf.size());
    std::vector<Value> names;
    if (is_kind(kw, Kind::Dict))
      for (auto& e : as<DictObject>(kw)->map.entries) {
        if (e.key.is_null()) continue;
        names.push_back(e.key);
        buf.push_back(e.value);
      }
    Value kwnames = names.empty() ? Value::none() : new_tuple(std::move(names));
    nt->pins.push_back(kwnames);
    call(fn, Args{buf.data(), n, kwnames.is_none() ? nullptr : as<TupleObject>(kwnames)});
  } catch (PyError& e) {
    // As CPython thread_run: SystemExit ends the thread quietly; anything else is printed.
    if (!isinstance(e.exc, rt().SystemExit)) {
      std::fflush(stdout);
      std::fprintf(stderr, "Unhandled exception in thread started by %s\n",
                   repr(nt->pins[0]).c_str());
      print_exception(e.exc, stderr);
    }
  }
  nt->pins.clear();
  g_running.fetch_sub(1);
  gil::thread_exit(nt);
}

// start_new_thread(function, args[, kwargs]) -> ident. As CPython <= 3.6: the parent
// creates the GIL first (PyEval_InitThreads), then the child is a waiter from birth.
Value t_start_new_thread(const Args& a) {
  check_args(a, "start_new_thread", 2, 3);
  if (!is_kind(a.v[1], Kind::Tuple)) raise(rt().TypeError, "2nd arg must be a tuple");
  if (a.n > 2 && !is_kind(a.v[2], Kind::Dict))
    raise(rt().TypeError, "optional 3rd arg must be a dictionary");
  gil::init_threads();
  ThreadState* nt = gil::new_thread_state();
  nt->pins = {a.v[0], a.v[1], a.n > 2 ? a.v[2] : Value::none()};
  g_running.fetch_add(1);
  std::thread th;
  try {
    th = std::thread(run_thread, nt);
  } catch (std::system_error&) {
    g_running.fetch_sub(1);
    raise(rt().RuntimeError, "can't start new thread");
  }
  int64_t ident = int64_t(th.native_handle());
  th.detach();
  return new_int(ident);
}

Value t_print_exception(const Args& a) {
  check_args(a, "_print_exception", 1, 1);
  print_exception(a.v[0], stderr);
  return Value::none();
}

// _thread._init_gil(): CPython's PyEval_InitThreads, for tests of the on-demand build.
Value t_init_gil(const Args&) {
  gil::init_threads();
  return Value::none();
}

}  // namespace

ModuleObject* make_thread_module() {
  if (!g_lock_type) {
    g_lock_type = new TypeObject(rt().type_type, "lock", rt().object_type, Kind::Instance);
    static Value root = Value::from_obj(g_lock_type);
    gc_add_root(&root);
    add_method(g_lock_type, "acquire", lock_acquire);
    add_method(g_lock_type, "release", lock_release);
    add_method(g_lock_type, "locked", lock_locked);
    add_method(g_lock_type, "__enter__", lock_acquire);
    add_method(g_lock_type, "__exit__", lock_exit);
    add_method(g_lock_type, "acquire_lock", lock_acquire);
    add_method(g_lock_type, "release_lock", lock_release);
  }
  auto* m = new ModuleObject(intern("_thread"));
  DictObject* d = m->dict;
  add_function(d, "start_new_thread", t_start_new_thread);
  add_function(d, "allocate_lock", t_allocate_lock);
  add_function(d, "get_ident", t_get_ident);
  add_function(d, "_count", t_count);
  add_function(d, "_print_exception", t_print_exception);
  add_function(d, "_init_gil", t_init_gil);
  set_name(d, "LockType", Value::from_obj(g_lock_type));
  set_name(d, "TIMEOUT_MAX", Value::from_double(4294967.0));
  return m;
}

}  // namespace gilpy
