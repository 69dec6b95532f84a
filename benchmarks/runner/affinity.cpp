// CPU-list syntax and isolated-CPU discovery for worker pinning.
#include "benchmarks/runner/affinity.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "benchmarks/runner/run_error.hpp"

namespace gilbench::runner {
namespace {

std::string read_first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  if (in) std::getline(in, line);
  return line;
}

std::string trim(const std::string& text) {
  auto begin = text.find_first_not_of(" \t\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\n") - begin + 1);
}

int parse_cpu(const std::string& whole, const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos ||
      text.size() > 5) {
    throw RunError(whole, "not a CPU list (expected e.g. 0-3,6)");
  }
  return std::stoi(text);
}

}  // namespace

std::vector<int> parse_cpu_list(const std::string& raw) {
  std::string text = trim(raw);
  std::vector<int> cpus;
  if (text.empty() || text == "(null)") return cpus;
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, ',')) {
    part = trim(part);
    auto dash = part.find('-');
    if (dash == std::string::npos) {
      cpus.push_back(parse_cpu(raw, part));
      continue;
    }
    int first = parse_cpu(raw, part.substr(0, dash));
    int last = parse_cpu(raw, part.substr(dash + 1));
    if (last < first) throw RunError(raw, "not a CPU list (a range goes downwards)");
    for (int cpu = first; cpu <= last; ++cpu) cpus.push_back(cpu);
  }
  std::sort(cpus.begin(), cpus.end());
  cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
  return cpus;
}

std::string format_cpu_list(std::vector<int> cpus) {
  std::sort(cpus.begin(), cpus.end());
  cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
  std::string out;
  for (std::size_t i = 0; i < cpus.size();) {
    std::size_t j = i;
    while (j + 1 < cpus.size() && cpus[j + 1] == cpus[j] + 1) ++j;
    out += (out.empty() ? "" : ",") + std::to_string(cpus[i]);
    if (j > i) out += "-" + std::to_string(cpus[j]);
    i = j + 1;
  }
  return out;
}

std::vector<int> isolated_cpus(const std::string& root) {
  std::vector<int> cpus =
      parse_cpu_list(read_first_line(root + "/sys/devices/system/cpu/isolated"));
  if (!cpus.empty()) return cpus;
  std::stringstream cmdline(read_first_line(root + "/proc/cmdline"));
  std::string token;
  while (cmdline >> token) {
    if (token.rfind("isolcpus=", 0) != 0) continue;
    std::string list = token.substr(9);
    // isolcpus=[flag,...,]cpu-list: drop leading non-numeric flags.
    while (!list.empty() && !std::isdigit(static_cast<unsigned char>(list.front()))) {
      auto comma = list.find(',');
      list = comma == std::string::npos ? std::string() : list.substr(comma + 1);
    }
    try {
      return parse_cpu_list(list);
    } catch (const RunError&) {
      return {};
    }
  }
  return {};
}

AffinityChoice choose_affinity(const std::optional<std::string>& option, const std::string& root,
                               bool threaded) {
  AffinityChoice choice;
  if (option) {
    choice.cpus = parse_cpu_list(*option);
    if (choice.cpus.empty()) throw RunError("--affinity", "empty CPU list");
    choice.source = "--affinity";
  } else {
    choice.cpus = isolated_cpus(root);
    choice.source = choice.cpus.empty() ? "none" : "isolated CPUs";
    if (choice.cpus.empty()) {
      choice.warnings.push_back(
          "no isolated CPUs (isolcpus=) and no --affinity: workers are not pinned, results "
          "will be noisier");
    }
  }
  if (threaded && choice.cpus.size() == 1) {
    choice.warnings.push_back(
        "threaded workloads on a single CPU: threads cannot run in parallel, so GIL hand-offs "
        "are not realistic (give --affinity with at least 2 CPUs)");
  }
  return choice;
}

}  // namespace gilbench::runner
