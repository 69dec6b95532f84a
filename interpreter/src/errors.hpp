// Python exceptions in C++: the one place they are raised, and how they are printed.
#pragma once
#include <fmt/format.h>

#include <string>

#include "object.hpp"

namespace gilpy {

// The C++ exception carrying a Python exception instance up to the nearest handler.
struct PyError {
  Value exc;             // an ExceptionObject
  bool reraise = false;  // re-raised by RERAISE: the current frame is already in the traceback
};

[[noreturn]] void raise(TypeObject* type, const std::string& msg);
[[noreturn]] void raise_exc(Value exc);  // an instance or a class (instantiated with no args)
template <class... A>
[[noreturn]] void raisef(TypeObject* type, fmt::format_string<A...> f, A&&... a) {
  raise(type, fmt::format(f, std::forward<A>(a)...));
}
Value make_exception(TypeObject* type, const std::string& msg);
std::string exception_message(Value exc);         // str(exc)
void print_exception(Value exc, std::FILE* out);  // traceback + "Type: message"
// Internal invariant broken: abort with file:line.
[[noreturn]] void fatal(const char* file, int line, const char* what);
#define GILPY_ASSERT(c)                               \
  do {                                                \
    if (!(c)) ::gilpy::fatal(__FILE__, __LINE__, #c); \
  } while (0)

}  // namespace gilpy
