// Python exceptions in C++: the one place they are raised, and how they are printed.
#include "errors.hpp"

#include <cstdio>
#include <cstdlib>

#include "code.hpp"
#include "thread_state.hpp"

namespace gilpy {

Value make_exception(TypeObject* type, const std::string& msg) {
  auto* e = new ExceptionObject(type);
  Value v = Value::from_obj(e);
  e->args = as<TupleObject>(new_tuple({new_str(msg)}));
  return v;
}

[[noreturn]] void raise(TypeObject* type, const std::string& msg) {
  throw PyError{make_exception(type, msg)};
}

[[noreturn]] void raise_exc(Value exc) {
  if (is_kind(exc, Kind::Type) && as<TypeObject>(exc)->is_subtype(rt().BaseException)) {
    exc = call(exc, Args{nullptr, 0});
  }
  if (!isinstance(exc, rt().BaseException))
    raise(rt().TypeError, "exceptions must derive from BaseException");
  throw PyError{exc};
}

std::string exception_message(Value exc) {
  if (!is_kind(exc, Kind::Exception)) return str(exc);
  auto* e = as<ExceptionObject>(exc);
  Value m = e->type->lookup(intern("__str__"));
  if (is_kind(m, Kind::Function)) return str(exc);
  if (!e->args || e->args->items.empty()) return "";
  if (e->args->items.size() == 1) {
    if (e->type->is_subtype(rt().KeyError)) return repr(e->args->items[0]);
    return str(e->args->items[0]);
  }
  return repr(Value::from_obj(e->args));
}

void print_exception(Value exc, std::FILE* out) {
  std::fflush(stdout);
  if (is_kind(exc, Kind::Exception)) {
    auto* e = as<ExceptionObject>(exc);
    if (!e->traceback.empty()) {
      std::fprintf(out, "Traceback (most recent call last):\n");
      for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it)
        std::fprintf(out, "  File \"%s\", line %d, in %s\n", it->code->filename->s.c_str(),
                     it->line, it->code->name->s.c_str());
    }
  }
  std::string msg;
  try {
    msg = exception_message(exc);
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  std::string name = type_of(exc)->name;
  if (msg.empty())
    std::fprintf(out, "%s\n", name.c_str());
  else
    std::fprintf(out, "%s: %s\n", name.c_str(), msg.c_str());
  std::fflush(out);
}

[[noreturn]] void fatal(const char* file, int line, const char* what) {
  std::fprintf(stderr, "gilpy: internal error at %s:%d: %s\n", file, line, what);
  std::abort();
}

}  // namespace gilpy
