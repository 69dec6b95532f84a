// The time module: clocks and sleep (sleep is a blocking call: the GIL issue releases
// the GIL around it).
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "gil/runtime_gil.hpp"
#include "native.hpp"

namespace gilpy {
namespace {

double clock_s(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
int64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value t_perf_counter(const Args&) {
  return Value::from_double(clock_s(CLOCK_MONOTONIC));
}
Value t_monotonic(const Args&) {
  return Value::from_double(clock_s(CLOCK_MONOTONIC));
}
Value t_time(const Args&) {
  return Value::from_double(clock_s(CLOCK_REALTIME));
}
Value t_process_time(const Args&) {
  return Value::from_double(clock_s(CLOCK_PROCESS_CPUTIME_ID));
}
Value t_perf_counter_ns(const Args&) {
  return new_int(clock_ns(CLOCK_MONOTONIC));
}
Value t_time_ns(const Args&) {
  return new_int(clock_ns(CLOCK_REALTIME));
}
Value t_sleep(const Args& a) {
  check_args(a, "sleep", 1, 1);
  double s = to_double(a.v[0]);
  if (s < 0) raise(rt().ValueError, "sleep length must be non-negative");
  if (std::isnan(s)) raise(rt().ValueError, "Invalid value NaN (not a number)");
  gil::AllowThreads allow;  // as CPython pysleep: Py_BEGIN_ALLOW_THREADS around the wait
  if (s == 0)
    std::this_thread::yield();
  else
    std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return Value::none();
}

}  // namespace

ModuleObject* make_time_module() {
  auto* m = new ModuleObject(intern("time"));
  DictObject* d = m->dict;
  add_function(d, "perf_counter", t_perf_counter);
  add_function(d, "perf_counter_ns", t_perf_counter_ns);
  add_function(d, "monotonic", t_monotonic);
  add_function(d, "time", t_time);
  add_function(d, "time_ns", t_time_ns);
  add_function(d, "process_time", t_process_time);
  add_function(d, "sleep", t_sleep);
  return m;
}

}  // namespace gilpy
