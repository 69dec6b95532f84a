// The sys module: argv, path, modules, stdout/stderr, exit, recursion limit, switch interval.
#include <cstdio>
#include <string>

#include "gil/runtime_gil.hpp"
#include "native.hpp"
#include "objects/int.hpp"
#include "thread_state.hpp"

namespace gilpy {

namespace {
Value g_stdout = Value::null();  // the sys.stdout object (rooted)
Value g_stderr = Value::null();
std::string g_executable;

Value out_write(const Args& a) {
  check_args(a, "write", 2, 2);
  const std::string& s = arg_str(a.v[1], "write")->s;
  std::FILE* f = a.v[0] == g_stderr ? stderr : stdout;
  std::fwrite(s.data(), 1, s.size(), f);
  return new_int(int64_t(s.size()));
}
Value out_flush(const Args& a) {
  std::fflush(a.v[0] == g_stderr ? stderr : stdout);
  return Value::none();
}
Value sys_exit(const Args& a) {
  check_args(a, "exit", 0, 1);
  auto* e = new ExceptionObject(rt().SystemExit);
  Value ev = Value::from_obj(e);
  e->args = as<TupleObject>(new_tuple(a.n ? std::vector<Value>{a.v[0]} : std::vector<Value>{}));
  throw PyError{ev};
}
Value sys_getrecursionlimit(const Args&) {
  return Value::from_small(rt().recursion_limit);
}
Value sys_setrecursionlimit(const Args& a) {
  check_args(a, "setrecursionlimit", 1, 1);
  int64_t n = to_index(a.v[0]);
  if (n < 1) raise(rt().ValueError, "recursion limit must be greater or equal than 1");
  rt().recursion_limit = int(std::min<int64_t>(n, 100000));
  return Value::none();
}
// As CPython sys.setswitchinterval: > 0 or ValueError; stored in whole µs (gil-spec §1.6).
Value sys_getswitchinterval(const Args&) {
  return Value::from_double(gil::get_switch_interval());
}
Value sys_setswitchinterval(const Args& a) {
  check_args(a, "setswitchinterval", 1, 1);
  double d = to_double(a.v[0]);
  if (!(d > 0)) raise(rt().ValueError, "switch interval must be strictly positive");
  gil::set_switch_interval(d);
  return Value::none();
}
// 2.7's sys.setcheckinterval: the policy-27 tick count; also resets the shared ticker.
Value sys_getcheckinterval(const Args&) {
  return new_int(gil::config().check_interval);
}
Value sys_setcheckinterval(const Args& a) {
  check_args(a, "setcheckinterval", 1, 1);
  int64_t n = to_index(a.v[0]);
  gil::config().check_interval = int(std::max<int64_t>(1, std::min<int64_t>(n, 1 << 30)));
  gil::ticker = gil::config().check_interval;
  return Value::none();
}
const char* policy_name() {
  switch (gil::config().policy) {
    case gil::Policy::k39:
      return "39";
    case gil::Policy::k27:
      return "27";
    default:
      return "310";
  }
}
// sys._gil_stats(): the counters the harness records with each run (DESIGN.md metadata).
Value sys_gil_stats(const Args& a) {
  check_args(a, "_gil_stats", 0, 0);
  gil::GilStatsSnapshot st = gil::stats();
  auto* d = new DictObject();
  Value dv = Value::from_obj(d);
  Pin pin(dv);
  set_name(d, "build", new_str(gil::build_name()));
  set_name(d, "checkpoints", new_str(policy_name()));
  set_name(d, "switch_interval", Value::from_double(gil::get_switch_interval()));
  set_name(d, "stress", Value::boolean(gil::config().stress));
  set_name(d, "gil_exists", Value::boolean(gil::gil_exists()));
  set_name(d, "acquisitions", new_int(int64_t(st.acquisitions)));
  set_name(d, "switches", new_int(int64_t(st.switches)));
  set_name(d, "drop_requests", new_int(int64_t(st.drop_requests)));
  set_name(d, "forced_switches", new_int(int64_t(st.forced_switches)));
  set_name(d, "waits", new_int(int64_t(st.waits)));
  set_name(d, "wait_s", Value::from_double(double(st.wait_ns) * 1e-9));
  return dv;
}
Value sys_gil_exists(const Args&) {
  return Value::boolean(gil::gil_exists());
}
}  // namespace

void set_executable(const std::string& path) {
  g_executable = path;
}
double switch_interval() {
  return gil::get_switch_interval();
}

void write_stdout(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
}
Value sys_stdout_object() {
  return g_stdout;
}

ModuleObject* make_sys_module() {
  static TypeObject* file_type = nullptr;
  if (!file_type) {
    file_type = new TypeObject(rt().type_type, "TextIOWrapper", rt().object_type, Kind::Instance);
    add_method(file_type, "write", out_write);
    add_method(file_type, "flush", out_flush);
    static Value root = Value::from_obj(file_type);
    gc_add_root(&root);
    g_stdout = Value::from_obj(new InstanceObject(file_type));
    g_stderr = Value::from_obj(new InstanceObject(file_type));
    gc_add_root(&g_stdout);
    gc_add_root(&g_stderr);
  }
  auto* m = new ModuleObject(intern("sys"));
  DictObject* d = m->dict;
  set_name(d, "argv", Value::from_obj(rt().argv));
  set_name(d, "path", Value::from_obj(rt().sys_path));
  set_name(d, "modules", Value::from_obj(rt().modules));
  set_name(d, "stdout", g_stdout);
  set_name(d, "stderr", g_stderr);
  set_name(d, "maxsize", new_int(INT64_MAX));
  set_name(d, "executable", new_str(g_executable));
  set_name(d, "platform", new_str("linux"));
  set_name(d, "byteorder", new_str("little"));
  set_name(d, "version", new_str("3.11.7 (gilpy)"));
  set_name(d, "implementation_name", new_str("gilpy"));
  set_name(d, "version_info",
           new_tuple({Value::from_small(3), Value::from_small(11), Value::from_small(7),
                      new_str("final"), Value::from_small(0)}));
  add_function(d, "exit", sys_exit);
  add_function(d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(d, "getswitchinterval", sys_getswitchinterval);
  add_function(d, "setswitchinterval", sys_setswitchinterval);
  add_function(d, "getcheckinterval", sys_getcheckinterval);
  add_function(d, "setcheckinterval", sys_setcheckinterval);
  add_function(d, "_gil_stats", sys_gil_stats);
  add_function(d, "_gil_exists", sys_gil_exists);
  set_name(d, "gil_build", new_str(gil::build_name()));
  set_name(d, "gil_checkpoints", new_str(policy_name()));
  return m;
}

}  // namespace gilpy
