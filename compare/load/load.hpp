// Loading result files: pyperf JSON (versions "1.0", 5, 6; plain or gzip) and Google
// Benchmark JSON, detected from the content. Every problem is an InputError; nothing is
// printed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compare/load/input_error.hpp"
#include "compare/load/result_model.hpp"

namespace gilbench::compare {

struct LoadOptions {
  // Reject a benchmark that has only calibration runs (default mode). pyperf loads such
  // files and fails only when the benchmark's mean is needed, so pyperf mode passes false.
  bool require_values = true;
};

// Reads `path` (`-` = standard input), inflates gzip content (detected by its magic bytes),
// parses and validates it. `path` is kept as typed in ResultFile::path and InputError::file.
ResultFile load_result_file(const std::string& path, const LoadOptions& options = {});

// Loads several files, in parallel threads (files are independent; stdin `-` is read on the
// calling thread). On failure throws the InputError of the FIRST failing file in `paths`
// order, so the message does not depend on thread timing.
std::vector<ResultFile> load_result_files(const std::vector<std::string>& paths,
                                          const LoadOptions& options = {});

// The same on bytes already in memory (used by the fuzzer and tests). `display_path` is what
// error messages and ResultFile::path carry.
ResultFile load_result_bytes(std::string_view content, std::string_view display_path,
                             const LoadOptions& options = {});

}  // namespace gilbench::compare
