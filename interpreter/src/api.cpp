// The embedding API (include/gilpy/gilpy.hpp) over the runtime.
#include "gilpy/gilpy.hpp"

#include "compiler.hpp"
#include "errors.hpp"
#include "gil/runtime_gil.hpp"
#include "lexer.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {

namespace {
ModuleObject* g_main = nullptr;
Value g_main_root;
bool g_initialised = false;

ModuleObject* main_module() {
  if (!g_main) {
    g_main = new ModuleObject(intern("__main__"));
    g_main_root = Value::from_obj(g_main);
    gc_add_root(&g_main_root);
    g_main->dict->set(Value::from_obj(intern("__builtins__")), Value::from_obj(rt().builtins));
    rt().modules->set(Value::from_obj(intern("__main__")), g_main_root);
  }
  return g_main;
}

void fill_error(RunResult& r, Value exc) {
  r.ok = false;
  r.error_type = type_of(exc)->name;
  try {
    r.error_message = exception_message(exc);
  } catch (PyError&) {
    r.error_message = "<unprintable>";
  }
  r.exit_code = 1;
  if (isinstance(exc, rt().SystemExit)) {
    auto* e = as<ExceptionObject>(exc);
    Value code = e->args && !e->args->items.empty() ? e->args->items[0] : Value::none();
    int64_t c;
    if (code.is_none())
      r.exit_code = 0;
    else if (is_intlike_small(code, c))
      r.exit_code = int(c);
    else
      r.exit_code = 1;
  }
}
}  // namespace

const char* version() {
  return "0.1.0";
}
const char* gil_build() {
  return gil::build_name();
}

bool set_option(const std::string& xoption, std::string* error) {
  std::string e;
  bool ok = gil::apply_xoption(xoption, &e);
  if (!ok && error) *error = e;
  return ok;
}

GilState gil_ensure() {
  return gil::gilstate_ensure() ? GilState::held : GilState::released;
}
void gil_release(GilState state) {
  gil::gilstate_release(state == GilState::held);
}

Interpreter::Interpreter() {
  if (!g_initialised) {
    runtime_init();  // the main thread now runs (eager: holds the GIL)
    g_initialised = true;
    main_module();
    gil::save_thread();  // ... and detaches, like an embedder's PyEval_SaveThread
    return;
  }
  GilGuard guard;  // later instances: attach the constructing thread
  main_module();
}
Interpreter::~Interpreter() = default;

void Interpreter::set_argv(const std::vector<std::string>& argv) {
  GilGuard guard;
  rt().argv->items.clear();
  for (auto& a : argv) rt().argv->items.push_back(new_str(a));
}

RunResult Interpreter::run(const std::string& source, const std::string& filename) {
  GilGuard guard;
  RunResult r;
  CodeObject* code;
  try {
    code = compile_source(source, filename);
  } catch (SyntaxErr& e) {
    r.error_type = "SyntaxError";
    r.error_message = e.msg + " (line " + std::to_string(e.line) + ")";
    r.exit_code = 1;
    return r;
  }
  Pin pin(Value::from_obj(code));
  try {
    run_code(code, main_module()->dict);
    r.ok = true;
  } catch (PyError& e) {
    fill_error(r, e.exc);
  }
  return r;
}

RunResult Interpreter::eval(const std::string& expression) {
  GilGuard guard;
  RunResult r = run("__gilpy_result__ = (" + expression + "\n)", "<eval>");
  if (!r.ok) return r;
  Value v = main_module()->dict->get_str(intern("__gilpy_result__"));
  try {
    r.value = repr(v);
  } catch (PyError& e) {
    fill_error(r, e.exc);
  }
  main_module()->dict->map.erase(Value::from_obj(intern("__gilpy_result__")));
  return r;
}

}  // namespace gilpy
