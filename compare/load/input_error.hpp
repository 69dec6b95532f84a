// The typed error for unusable input files. `main` alone prints it, as
// `error: FILE: problem` (exit 2) in the default mode; `--stats pyperf` prints
// `python_error` instead (the last line of the traceback pyperf would die with, exit 1).
#pragma once

#include <stdexcept>
#include <string>

namespace gilbench::compare {

struct InputError : std::runtime_error {
  std::string file;          // the file name as typed (`-` for stdin)
  std::string problem;       // one line, gilbench wording, no trailing period
  std::string python_error;  // pyperf's last traceback line, e.g.
                             // "json.decoder.JSONDecodeError: Expecting value: line 1 column 1
                             // (char 0)"; empty when pyperf would accept the input

  InputError(std::string file_, std::string problem_, std::string python_error_ = {})
      : std::runtime_error(file_ + ": " + problem_),
        file(std::move(file_)),
        problem(std::move(problem_)),
        python_error(std::move(python_error_)) {}
};

}  // namespace gilbench::compare
