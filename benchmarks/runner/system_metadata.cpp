// Reads machine facts for result metadata (hostname, CPU, kernel, boot time, load).
#include "benchmarks/runner/system_metadata.hpp"

#include <gnu/libc-version.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <fmt/format.h>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "benchmarks/runner/affinity.hpp"

namespace gilbench::runner {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  if (!in) return {};
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string date_text(std::time_t seconds, long micros, bool with_micros) {
  std::tm local{};
  ::localtime_r(&seconds, &local);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &local);
  return with_micros ? fmt::format("{}.{:06d}", buffer, micros) : std::string(buffer);
}

// "0-1=driver:acpi-cpufreq, governor:performance, isolated; idle:none" (pyperf's shape,
// CPUs with the same settings grouped).
std::string cpu_config(const std::string& root, long cpu_count) {
  std::vector<int> isolated = isolated_cpus(root);
  std::map<std::string, std::vector<int>> groups;
  for (int cpu = 0; cpu < cpu_count; ++cpu) {
    std::string base = fmt::format("{}/sys/devices/system/cpu/cpu{}/cpufreq/", root, cpu);
    std::vector<std::string> parts;
    if (auto driver = read_text(base + "scaling_driver"); !driver.empty()) {
      parts.push_back("driver:" + driver);
    }
    if (auto governor = read_text(base + "scaling_governor"); !governor.empty()) {
      parts.push_back("governor:" + governor);
    }
    if (std::find(isolated.begin(), isolated.end(), cpu) != isolated.end()) {
      parts.push_back("isolated");
    }
    if (!parts.empty()) groups[fmt::format("{}", fmt::join(parts, ", "))].push_back(cpu);
  }
  std::vector<std::string> items;
  for (const auto& [text, cpus] : groups) items.push_back(format_cpu_list(cpus) + "=" + text);
  std::string idle = read_text(root + "/sys/devices/system/cpu/cpuidle/current_driver");
  items.push_back("idle:" + (idle.empty() ? std::string("none") : idle));
  return fmt::format("{}", fmt::join(items, "; "));
}

}  // namespace

std::string local_date_text(std::chrono::system_clock::time_point when) {
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(when.time_since_epoch());
  return date_text(static_cast<std::time_t>(micros.count() / 1000000), micros.count() % 1000000,
                   true);
}

compare::Metadata machine_metadata(const std::string& root) {
  compare::Metadata metadata;
  if (auto host = read_text(root + "/proc/sys/kernel/hostname"); !host.empty()) {
    metadata["hostname"] = host;
  }
  std::ifstream cpuinfo(root + "/proc/cpuinfo");
  std::string line;
  long processors = 0;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("processor", 0) == 0) ++processors;
    if (line.rfind("model name", 0) == 0 && !metadata.contains("cpu_model_name")) {
      auto colon = line.find(':');
      if (colon != std::string::npos && colon + 2 <= line.size()) {
        std::string model = line.substr(colon + 1);
        model.erase(0, model.find_first_not_of(' '));
        if (!model.empty()) metadata["cpu_model_name"] = model;
      }
    }
  }
  if (processors > 0) metadata["cpu_count"] = std::int64_t{processors};
  if (processors > 0) metadata["cpu_config"] = cpu_config(root, processors);
  utsname names{};
  std::string release = read_text(root + "/proc/sys/kernel/osrelease");
  if (::uname(&names) == 0) {
    if (release.empty()) release = names.release;
    metadata["platform"] =
        fmt::format("Linux-{}-{}-with-glibc{}", release, names.machine, gnu_get_libc_version());
  }
  std::ifstream stat(root + "/proc/stat");
  while (std::getline(stat, line)) {
    if (line.rfind("btime ", 0) == 0) {
      metadata["boot_time"] = date_text(std::stol(line.substr(6)), 0, false);
    }
  }
  static const char* aslr_names[] = {"No randomization", "Conservative randomization",
                                     "Full randomization"};
  std::string aslr = read_text(root + "/proc/sys/kernel/randomize_va_space");
  if (aslr == "0" || aslr == "1" || aslr == "2") metadata["aslr"] = aslr_names[aslr[0] - '0'];
  return metadata;
}

compare::Metadata moment_metadata(const std::string& root) {
  compare::Metadata metadata;
  std::istringstream loadavg(read_text(root + "/proc/loadavg"));
  double load1 = 0;
  std::string load5, load15, threads;
  if (loadavg >> load1 >> load5 >> load15 >> threads) {
    metadata["load_avg_1min"] = load1;
    auto slash = threads.find('/');
    if (slash != std::string::npos) {
      metadata["runnable_threads"] = std::int64_t{std::stoll(threads.substr(0, slash))};
    }
  }
  std::istringstream uptime(read_text(root + "/proc/uptime"));
  double up = 0;
  if (uptime >> up) metadata["uptime"] = up;
  return metadata;
}

}  // namespace gilbench::runner
