// Leaving loaded result files to the operating system at process exit instead of freeing them.
//
// Why: two 1,000-benchmark files hold ~40,000 runs, each with its values, warmups and metadata
// strings; freeing them one allocation at a time cost about a tenth of a whole `gilbench
// compare`, just before the process exits and the kernel reclaims the memory in one go. Only
// the command-line entry points use this (they set `free_loaded_files = false`); library
// callers and tests free their files as usual.
#pragma once

#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::compare {

// Takes ownership of `files` for the rest of the process: they are never destroyed (held by
// a static pointer, so leak checkers see them as reachable). Thread-safe.
void keep_until_exit(std::vector<ResultFile>&& files);

}  // namespace gilbench::compare
