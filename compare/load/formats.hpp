// Internal: turning a RawDocument into the result model, one function per file format.
// Both throw InputError with the problem in gilbench wording and pyperf's message.
#pragma once

#include <string>
#include <string_view>

#include "compare/load/input_error.hpp"
#include "compare/load/load.hpp"
#include "compare/load/raw_document.hpp"

namespace gilbench::compare::detail {

ResultFile build_pyperf_file(RawDocument& doc, std::string_view path, const LoadOptions& options);
ResultFile build_google_benchmark_file(RawDocument& doc, std::string_view path,
                                       const LoadOptions& options);

// Throws InputError{path, problem, python_error}.
[[noreturn]] void fail(std::string_view path, std::string problem, std::string python_error);

}  // namespace gilbench::compare::detail
