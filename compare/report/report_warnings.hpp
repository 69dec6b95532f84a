// Warnings of a comparison: collected while analysing, printed once at the end, each with the
// advice that would remove it (STYLE.md: "Warnings are collected and printed once").
#pragma once

#include <string>
#include <vector>

namespace gilbench::compare::report {

struct ReportWarning {
  std::string kind;     // stable identifier for JSON: "separate_sessions", "unstable", ...
  std::string message;  // one line, what was found
  std::string advice;   // one line, what to do about it (may be empty)
};

// Appends a warning unless an identical one is already there.
void add_warning(std::vector<ReportWarning>& warnings, ReportWarning warning);

}  // namespace gilbench::compare::report
