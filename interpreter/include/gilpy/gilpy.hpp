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

}  // namespace gilpy
