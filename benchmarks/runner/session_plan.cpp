// Cells, file names and the ABBA schedule of a session.
#include "benchmarks/runner/session_plan.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>

#include "benchmarks/runner/run_error.hpp"

namespace gilbench::runner {
namespace fs = std::filesystem;

namespace {
std::string build_from_name(const std::string& base) {
  if (base.find("ondemand") != std::string::npos) return "ondemand";
  if (base.find("eager") != std::string::npos) return "eager";
  return "gilpy";
}
}  // namespace

Interpreter parse_interpreter(const std::string& spec) {
  auto equals = spec.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == spec.size()) {
    throw RunError("--python", "expected NAME=PATH, got '" + spec + "'");
  }
  Interpreter interpreter;
  interpreter.name = spec.substr(0, equals);
  if (interpreter.name.find_first_of("/ \t") != std::string::npos) {
    throw RunError("--python", "NAME must not contain '/' or spaces: '" + interpreter.name + "'");
  }
  interpreter.path = spec.substr(equals + 1);
  std::error_code error;
  if (!fs::exists(interpreter.path, error) || ::access(interpreter.path.c_str(), X_OK) != 0) {
    throw RunError(interpreter.path, "not an executable file");
  }
  std::string base = fs::path(interpreter.path).filename().string();
  interpreter.gilpy = base.rfind("gilpy", 0) == 0;
  interpreter.gil_build = interpreter.gilpy ? build_from_name(base) : "cpython";
  return interpreter;
}

std::vector<Interpreter> default_interpreters(const std::string& build_dir) {
  std::vector<Interpreter> found;
  auto find = [&](const std::string& executable) -> std::string {
    for (const char* sub : {"", "/interpreter"}) {
      std::string path = build_dir + sub + "/" + executable;
      if (::access(path.c_str(), X_OK) == 0) return path;
    }
    return {};
  };
  std::string eager = find("gilpy-eager"), ondemand = find("gilpy-ondemand");
  if (!eager.empty() && !ondemand.empty()) {
    found.push_back(parse_interpreter("eager=" + eager));
    found.push_back(parse_interpreter("ondemand=" + ondemand));
  } else if (std::string plain = find("gilpy"); !plain.empty()) {
    found.push_back(parse_interpreter("gilpy=" + plain));
  }
  if (found.empty()) {
    throw RunError(build_dir,
                   "no gilpy executable built here; build target gilpy or pass "
                   "--python NAME=PATH");
  }
  return found;
}

std::string interval_label(double seconds) {
  return fmt::format("{:g}ms", seconds * 1000.0);
}

std::vector<Cell> make_cells(const std::vector<Interpreter>& interpreters,
                             const std::vector<double>& switch_intervals,
                             const std::vector<int>& checkpoints) {
  std::vector<Cell> cells;
  std::vector<std::optional<int>> policies;
  for (int policy : checkpoints) policies.emplace_back(policy);
  if (policies.empty()) policies.emplace_back(std::nullopt);
  for (const auto& interpreter : interpreters) {
    for (double interval : switch_intervals) {
      for (const auto& policy : policies) {
        Cell cell{interpreter, interval, policy, 0.0, {}};
        cell.name = interpreter.name + "-si" + interval_label(interval);
        if (policy) cell.name += "-cp" + std::to_string(*policy);
        for (const auto& other : cells) {
          if (other.name == cell.name) throw RunError(cell.name, "two cells with the same name");
        }
        cells.push_back(cell);
      }
    }
  }
  return cells;
}

std::vector<ScheduledProcess> schedule_processes(std::size_t cells, std::int64_t processes,
                                                 bool interleave, std::mt19937_64& random) {
  std::vector<ScheduledProcess> order;
  if (!interleave) {
    for (std::size_t cell = 0; cell < cells; ++cell) {
      for (std::int64_t i = 0; i < processes; ++i) order.push_back({cell, i / 2});
    }
    return order;
  }
  std::vector<std::size_t> permutation(cells);
  for (std::int64_t done = 0, block = 0; done < processes; done += 2, ++block) {
    for (std::size_t i = 0; i < cells; ++i) permutation[i] = i;
    std::shuffle(permutation.begin(), permutation.end(), random);
    for (std::size_t cell : permutation) order.push_back({cell, block});
    if (done + 1 < processes) {
      for (auto it = permutation.rbegin(); it != permutation.rend(); ++it) {
        order.push_back({*it, block});
      }
    }
  }
  return order;
}

std::vector<std::string> list_workloads(const std::string& workloads_dir,
                                        const std::vector<std::string>& selection) {
  std::vector<std::string> all;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(workloads_dir, error)) {
    if (entry.path().extension() == ".py") all.push_back(entry.path().stem().string());
  }
  if (error) throw RunError(workloads_dir, "cannot list workloads: " + error.message());
  std::sort(all.begin(), all.end());
  if (selection.empty()) return all;
  for (const auto& name : selection) {
    if (std::find(all.begin(), all.end(), name) == all.end()) {
      throw RunError(name, "no such workload in " + workloads_dir);
    }
  }
  return selection;
}

}  // namespace gilbench::runner
