// The os module: the few file-system calls the syscall workloads use. Every call that
// enters the kernel is a place where the GIL issue will release the GIL.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <sys/wait.h>

#include "gil/runtime_gil.hpp"
#include "native.hpp"
#include "objects/int.hpp"

namespace gilpy {
namespace {

[[noreturn]] void os_error(const std::string& what) {
  int e = errno;
  TypeObject* t = e == ENOENT ? rt().FileNotFoundError : rt().OSError;
  raisef(t, "[Errno {}] {}: '{}'", e, std::strerror(e), what);
}

const std::string& path_arg(const Args& a, int i, const char* name) {
  return arg_str(a.v[i], name)->s;
}

// Every call into the kernel runs without the GIL (Py_BEGIN/END_ALLOW_THREADS in CPython's
// posixmodule.c). Arguments are copied out first; errno survives take_gil.
template <class F>
auto blocking(F f) {
  gil::AllowThreads allow;
  return f();
}

Value stat_result(const struct stat& st) {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new TypeObject(rt().type_type, "stat_result", rt().object_type, Kind::Instance);
    static Value root = Value::from_obj(t);
    gc_add_root(&root);
  }
  auto* o = new InstanceObject(t);
  set_name(o->dict, "st_size", new_int(int64_t(st.st_size)));
  set_name(o->dict, "st_mode", new_int(int64_t(st.st_mode)));
  set_name(o->dict, "st_mtime",
           Value::from_double(double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9));
  set_name(o->dict, "st_ino", new_int(int64_t(st.st_ino)));
  return Value::from_obj(o);
}

Value os_stat(const Args& a) {
  check_args(a, "stat", 1, 1);
  struct stat st {};
  std::string p = path_arg(a, 0, "stat");
  if (blocking([&] { return ::stat(p.c_str(), &st); }) != 0) os_error(p);
  return stat_result(st);
}
Value os_fstat(const Args& a) {
  check_args(a, "fstat", 1, 1);
  struct stat st {};
  int fd = int(to_index(a.v[0]));
  if (blocking([&] { return ::fstat(fd, &st); }) != 0) os_error("fstat");
  return stat_result(st);
}
Value os_listdir(const Args& a) {
  check_args(a, "listdir", 0, 1);
  std::string p = a.n ? path_arg(a, 0, "listdir") : ".";
  std::vector<std::string> names;
  bool ok = blocking([&] {  // read the directory without the GIL, build objects after
    DIR* d = ::opendir(p.c_str());
    if (!d) return false;
    while (dirent* e = ::readdir(d))
      if (std::strcmp(e->d_name, ".") && std::strcmp(e->d_name, "..")) names.push_back(e->d_name);
    ::closedir(d);
    return true;
  });
  if (!ok) os_error(p);
  std::vector<Value> out;
  for (auto& n : names) out.push_back(new_str(n));
  return new_list(std::move(out));
}
Value os_open(const Args& a) {
  check_args(a, "open", 2, 3);
  std::string p = path_arg(a, 0, "open");
  int flags = int(to_index(a.v[1]));
  int mode = a.n > 2 ? int(to_index(a.v[2])) : 0777;
  int fd = blocking([&] { return ::open(p.c_str(), flags, mode); });
  if (fd < 0) os_error(path_arg(a, 0, "open"));
  return Value::from_small(fd);
}
Value os_read(const Args& a) {
  check_args(a, "read", 2, 2);
  std::string buf(size_t(to_index(a.v[1])), '\0');
  int fd = int(to_index(a.v[0]));
  ssize_t n = blocking([&] { return ::read(fd, buf.data(), buf.size()); });
  if (n < 0) os_error("read");
  buf.resize(size_t(n));
  return new_str(buf);
}
Value os_write(const Args& a) {
  check_args(a, "write", 2, 2);
  std::string s = arg_str(a.v[1], "write")->s;
  int fd = int(to_index(a.v[0]));
  ssize_t n = blocking([&] { return ::write(fd, s.data(), s.size()); });
  if (n < 0) os_error("write");
  return Value::from_small(n);
}
Value os_close(const Args& a) {
  check_args(a, "close", 1, 1);
  int fd = int(to_index(a.v[0]));
  if (blocking([&] { return ::close(fd); }) != 0) os_error("close");
  return Value::none();
}
Value os_mkdir(const Args& a) {
  check_args(a, "mkdir", 1, 2);
  std::string p = path_arg(a, 0, "mkdir");
  mode_t mode = a.n > 1 ? mode_t(to_index(a.v[1])) : 0777;
  if (blocking([&] { return ::mkdir(p.c_str(), mode); }) != 0) os_error(p);
  return Value::none();
}
Value os_rmdir(const Args& a) {
  check_args(a, "rmdir", 1, 1);
  std::string p = path_arg(a, 0, "rmdir");
  if (blocking([&] { return ::rmdir(p.c_str()); }) != 0) os_error(p);
  return Value::none();
}
Value os_remove(const Args& a) {
  check_args(a, "remove", 1, 1);
  std::string p = path_arg(a, 0, "remove");
  if (blocking([&] { return ::unlink(p.c_str()); }) != 0) os_error(p);
  return Value::none();
}
Value os_getpid(const Args&) {
  return Value::from_small(::getpid());
}
// As CPython os.fork: fork while holding the GIL; the child re-creates it (gil-spec §5).
Value os_fork(const Args& a) {
  check_args(a, "fork", 0, 0);
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = ::fork();
  if (pid < 0) os_error("fork");
  if (pid == 0) gil::after_fork_child();
  return Value::from_small(pid);
}
Value os_waitpid(const Args& a) {
  check_args(a, "waitpid", 2, 2);
  pid_t pid = pid_t(to_index(a.v[0]));
  int options = int(to_index(a.v[1]));
  int status = 0;
  pid_t r = blocking([&] { return ::waitpid(pid, &status, options); });
  if (r < 0) os_error("waitpid");
  return new_tuple({Value::from_small(r), Value::from_small(status)});
}
Value os_exit(const Args& a) {
  check_args(a, "_exit", 1, 1);
  std::fflush(stdout);
  std::fflush(stderr);
  ::_exit(int(to_index(a.v[0])));
}
Value os_getcwd(const Args&) {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) os_error("getcwd");
  return new_str(buf);
}
Value path_join(const Args& a) {
  if (a.n < 1) raise(rt().TypeError, "join() missing 1 required positional argument: 'a'");
  std::string out = arg_str(a.v[0], "join")->s;
  for (int i = 1; i < a.n; i++) {
    const std::string& p = arg_str(a.v[i], "join")->s;
    if (!p.empty() && p[0] == '/')
      out = p;
    else if (out.empty() || out.back() == '/')
      out += p;
    else
      out += "/" + p;
  }
  return new_str(out);
}
Value path_exists(const Args& a) {
  check_args(a, "exists", 1, 1);
  struct stat st {};
  std::string p = path_arg(a, 0, "exists");
  return Value::boolean(blocking([&] { return ::stat(p.c_str(), &st); }) == 0);
}
Value path_isdir(const Args& a) {
  check_args(a, "isdir", 1, 1);
  struct stat st {};
  std::string p = path_arg(a, 0, "isdir");
  return Value::boolean(blocking([&] { return ::stat(p.c_str(), &st); }) == 0 &&
                        S_ISDIR(st.st_mode));
}
Value path_dirname(const Args& a) {
  check_args(a, "dirname", 1, 1);
  const std::string& p = path_arg(a, 0, "dirname");
  size_t i = p.rfind('/');
  if (i == std::string::npos) return new_str("");
  std::string head = p.substr(0, i + 1);
  while (head.size() > 1 && head.back() == '/') head.pop_back();
  return new_str(head);
}
Value path_basename(const Args& a) {
  check_args(a, "basename", 1, 1);
  const std::string& p = path_arg(a, 0, "basename");
  size_t i = p.rfind('/');
  return new_str(i == std::string::npos ? p : p.substr(i + 1));
}

}  // namespace

ModuleObject* make_os_module() {
  auto* m = new ModuleObject(intern("os"));
  DictObject* d = m->dict;
  add_function(d, "stat", os_stat);
  add_function(d, "fstat", os_fstat);
  add_function(d, "listdir", os_listdir);
  add_function(d, "open", os_open);
  add_function(d, "read", os_read);
  add_function(d, "write", os_write);
  add_function(d, "close", os_close);
  add_function(d, "mkdir", os_mkdir);
  add_function(d, "rmdir", os_rmdir);
  add_function(d, "remove", os_remove);
  add_function(d, "unlink", os_remove);
  add_function(d, "getpid", os_getpid);
  add_function(d, "fork", os_fork);
  add_function(d, "waitpid", os_waitpid);
  add_function(d, "_exit", os_exit);
  add_function(d, "getcwd", os_getcwd);
  set_name(d, "O_RDONLY", Value::from_small(O_RDONLY));
  set_name(d, "O_WRONLY", Value::from_small(O_WRONLY));
  set_name(d, "O_RDWR", Value::from_small(O_RDWR));
  set_name(d, "O_CREAT", Value::from_small(O_CREAT));
  set_name(d, "O_TRUNC", Value::from_small(O_TRUNC));
  set_name(d, "sep", new_str("/"));
  auto* p = new ModuleObject(intern("os.path"));
  set_name(d, "path", Value::from_obj(p));
  add_function(p->dict, "join", path_join);
  add_function(p->dict, "exists", path_exists);
  add_function(p->dict, "isdir", path_isdir);
  add_function(p->dict, "dirname", path_dirname);
  add_function(p->dict, "basename", path_basename);
  return m;
}

}  // namespace gilpy
