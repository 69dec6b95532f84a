// CPU lists (`0-3,6`), the kernel's isolated CPUs, and the affinity decision of a session
// (pyperf-spec §6.6): --affinity, else isolated CPUs, else no pinning with a warning.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gilbench::runner {

// Parses `0-3,6` (also `(null)` and "" = empty). Throws RunError(text, ...) when malformed.
std::vector<int> parse_cpu_list(const std::string& text);
// Formats sorted CPUs compactly: {0,1,2,5} → "0-2,5".
std::string format_cpu_list(std::vector<int> cpus);

// Isolated CPUs under `root` ("" = the real /): /sys/devices/system/cpu/isolated, else an
// `isolcpus=` token of /proc/cmdline (flags such as `domain,` or `nohz,` skipped).
std::vector<int> isolated_cpus(const std::string& root);

struct AffinityChoice {
  std::vector<int> cpus;              // empty: workers are not pinned
  std::string source;                 // "--affinity", "isolated CPUs" or "none"
  std::vector<std::string> warnings;  // printed once and recorded in the metadata
};

// The session's choice. `threaded` says whether some selected workload starts threads.
AffinityChoice choose_affinity(const std::optional<std::string>& option, const std::string& root,
                               bool threaded);

}  // namespace gilbench::runner
