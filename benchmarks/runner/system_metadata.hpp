// Machine and moment metadata under pyperf's names (pyperf-spec §6.4), read from /proc and
// /sys below a configurable root so tests (and later `gilbench system`) can use a fake tree.
#pragma once

#include <chrono>
#include <string>

#include "compare/load/result_model.hpp"

namespace gilbench::runner {

// Constant for a session: hostname, cpu_model_name, cpu_count, cpu_config, platform,
// boot_time, aslr. Keys whose source is missing are left out.
compare::Metadata machine_metadata(const std::string& root);

// Taken after each worker: load_avg_1min, runnable_threads, uptime.
compare::Metadata moment_metadata(const std::string& root);

// Local time as pyperf writes `date`: "YYYY-MM-DD HH:MM:SS.ffffff".
std::string local_date_text(std::chrono::system_clock::time_point when);

}  // namespace gilbench::runner
