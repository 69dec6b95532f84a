// Imports: native modules by name, then NAME.py beside the script or on sys.path.
#include <fstream>
#include <sstream>

#include "compiler.hpp"
#include "lexer.hpp"
#include "native.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {

ModuleObject* make_math_module();
ModuleObject* make_time_module();
ModuleObject* make_sys_module();
ModuleObject* make_os_module();
ModuleObject* make_random_module();
ModuleObject* make_thread_module();     // thread.cpp
ModuleObject* make_threading_module();  // threading.cpp

namespace {
struct NativeModule {
  const char* name;
  ModuleObject* (*make)();
};
const NativeModule kNative[] = {
    {"math", make_math_module},
    {"time", make_time_module},
    {"sys", make_sys_module},
    {"os", make_os_module},
    {"random", make_random_module},
    {"_thread", make_thread_module},
    {"threading", make_threading_module},
};
}  // namespace

[[noreturn]] static void raise_syntax_error(const SyntaxErr& e, const std::string& filename) {
  raisef(rt().SyntaxError, "{} ({}, line {})", e.msg, filename, e.line);
}

Value import_module(StrObject* name) {
  Runtime& r = rt();
  Value m = r.modules->get_str(name);
  if (!m.is_null()) return m;
  for (auto& nm : kNative)
    if (name->s == nm.name) {
      Value mv = Value::from_obj(nm.make());
      r.modules->set(Value::from_obj(name), mv);
      return mv;
    }
  if (name->s.find('.') != std::string::npos) {
    // os.path and friends: import the parent, then read the attribute.
    std::string parent = name->s.substr(0, name->s.find('.'));
    Value pm = import_module(intern(parent));
    return get_attr(pm, intern(name->s.substr(name->s.find('.') + 1)));
  }
  for (Value dir : r.sys_path->items) {
    if (!is_kind(dir, Kind::Str)) continue;
    std::string d = as<StrObject>(dir)->s;
    std::string path = (d.empty() ? std::string(".") : d) + "/" + name->s + ".py";
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    auto* mod = new ModuleObject(name);
    Value mv = Value::from_obj(mod);
    Pin pin(mv);
    mod->dict->set(Value::from_obj(intern("__file__")), new_str(path));
    mod->dict->set(Value::from_obj(intern("__builtins__")), Value::from_obj(r.builtins));
    CodeObject* code;
    try {
      code = compile_source(ss.str(), path);
    } catch (SyntaxErr& e) {
      raise_syntax_error(e, path);
    }
    Pin pin2(Value::from_obj(code));
    r.modules->set(Value::from_obj(name), mv);
    try {
      run_code(code, mod->dict);
    } catch (...) {
      r.modules->map.erase(Value::from_obj(name));
      throw;
    }
    return mv;
  }
  raisef(r.ModuleNotFoundError, "No module named '{}'", name->s);
}

}  // namespace gilpy

namespace gilpy {
// Native modules are created on first import; nothing to do at start-up.
void init_modules() {}
}  // namespace gilpy
