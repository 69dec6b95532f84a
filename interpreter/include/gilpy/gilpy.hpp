// gilpy embedding API: create an interpreter, run source, get the result or the error.
// The GIL issue extends it with entry points for foreign (non-Python) threads.
#pragma once
#include <string>
#include <vector>

namespace gilpy {

struct RunResult {
  bool ok = false;            // ran to completion without an uncaught exception
  std::string value;          // eval(): repr() of the expression's value
  std::string error_type;     // e.g. "ZeroDivisionError", "SyntaxError", "SystemExit"
  std::string error_message;  // str() of the exception
  int exit_code = 0;          // what the gilpy executable would exit with (0, 1, or SystemExit's)
};

// One interpreter per process (the runtime is a process-wide singleton, as CPython's
// main interpreter). Construction initialises it; later instances share it.
class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Run statements in the interpreter's __main__ namespace (state persists between runs).
  RunResult run(const std::string& source, const std::string& filename = "<string>");
  // Evaluate one expression in __main__; value holds its repr().
  RunResult eval(const std::string& expression);
  // Set sys.argv.
  void set_argv(const std::vector<std::string>& argv);
};

const char* version();  // "0.1.0"

// ---- The GIL (gil/runtime_gil.hpp) ----------------------------------------------------
// Threads and the interpreter: a thread runs Python only while it holds the GIL. The
// Interpreter's constructor returns with the calling thread detached; run() and eval()
// attach for their duration, from any thread.

// Which build this is: "eager" (GIL created at start-up, CPython >= 3.7) or "ondemand"
// (created by the first thread start or foreign entry, CPython <= 3.6).
const char* gil_build();
// Apply a -X option ("switchinterval=0.001", "checkpoints=39", "gilstress",
// "gilcreate=racy", "checkinterval=N") before the first Interpreter is constructed.
// False (with *error) when malformed.
bool set_option(const std::string& xoption, std::string* error = nullptr);

// Foreign (non-Python) threads, as CPython's PyGILState_Ensure/Release: ensure makes the
// calling thread able to run Python (creating its thread state and, on demand, the GIL);
// release undoes exactly that ensure. Nesting is allowed.
enum class GilState { held, released };  // whether the thread held the GIL before ensure
GilState gil_ensure();
void gil_release(GilState state);

// RAII form of the two calls above.
class GilGuard {
 public:
  GilGuard() : state_(gil_ensure()) {}
  ~GilGuard() { gil_release(state_); }
  GilGuard(const GilGuard&) = delete;
  GilGuard& operator=(const GilGuard&) = delete;

 private:
  GilState state_;
};

}  // namespace gilpy
