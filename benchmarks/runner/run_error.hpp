// The runner's typed error: `main` prints it as `error: <subject>: <problem>` and exits 2
// (usage or environment problems found before or while running a session).
#pragma once

#include <stdexcept>
#include <string>

namespace gilbench::runner {

struct RunError : std::runtime_error {
  std::string subject;  // a file, an option or an interpreter name
  std::string problem;  // one line, no trailing period

  RunError(std::string subject_, std::string problem_)
      : std::runtime_error(subject_ + ": " + problem_),
        subject(std::move(subject_)),
        problem(std::move(problem_)) {}
};

}  // namespace gilbench::runner
