// Comparability guard: collects the values a key takes over the runs of each file and reports
// the keys whose sets differ. Machine keys are warnings about the measurement; build keys say
// what else differs besides the change under test.
#include "compare/report/comparability.hpp"

#include <fmt/format.h>

#include <set>
#include <variant>

#include "compare/load/python_repr.hpp"

namespace gilbench::compare::report {
namespace {

struct Key {
  const char* name;  // metadata key
  const char* what;  // how the warning names it
  bool machine;      // a property of the machine rather than of the interpreter build
};

// Keys that change timings; pyperf's runner refuses to merge runs that differ in most of them.
constexpr Key kKeys[] = {
    {"cpu_model_name", "CPU model", true},
    {"cpu_count", "CPU count", true},
    {"platform", "kernel and platform", true},
    {"hostname", "host", true},
    {"cpu_affinity", "CPU affinity", true},
    {"python_implementation", "interpreter implementation", false},
    {"python_version", "interpreter version", false},
    {"python_executable", "interpreter", false},
    {"gil_build", "GIL build", false},
    {"switch_interval", "switch interval", false},
    {"checkpoints", "check-point policy", false},
};

using ValueSet = std::set<std::string>;

ValueSet values_of(const ResultFile& file, const std::vector<std::string>& common,
                   const char* key) {
  ValueSet values;
  for (const std::string& name : common) {
    const Benchmark* benchmark = file.find_benchmark(name);
    if (benchmark == nullptr) continue;
    for (const Run& run : benchmark->runs) {
      if (run.is_calibration()) continue;
      const MetadataValue* value = find_metadata(file, *benchmark, run, key);
      values.insert(value ? metadata_text(*value) : std::string("(none)"));
    }
  }
  return values;
}

std::string join(const ValueSet& values) {
  std::string text;
  for (const auto& value : values) text += (text.empty() ? "" : ", ") + value;
  return text;
}

// Benchmarks whose loop counts differ: the two sides did not run the same work per value.
std::vector<std::string> loops_differ(const ResultFile& reference, const ResultFile& changed,
                                      const std::vector<std::string>& common) {
  std::vector<std::string> differing;
  for (const std::string& name : common) {
    std::vector<std::string> one{name};
    if (values_of(reference, one, "loops") != values_of(changed, one, "loops")) {
      differing.push_back(name);
    }
  }
  return differing;
}

}  // namespace

std::string metadata_text(const MetadataValue& value) {
  struct Visitor {
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return python_float_repr(number); }
    std::string operator()(const std::string& text) const { return text; }
    std::string operator()(const std::vector<std::string>& list) const {
      std::string text;
      for (const auto& item : list) text += (text.empty() ? "" : ", ") + item;
      return text;
    }
  };
  return std::visit(Visitor{}, value);
}

void add_comparability_warnings(std::vector<ReportWarning>& warnings, const ResultFile& reference,
                                const ResultFile& changed, const std::vector<std::string>& common) {
  for (const Key& key : kKeys) {
    ValueSet before = values_of(reference, common, key.name);
    ValueSet after = values_of(changed, common, key.name);
    if (before == after) continue;
    std::string message = fmt::format("{} differs: {} has {}; {} has {}", key.what, reference.path,
                                      join(before), changed.path, join(after));
    std::string advice = key.machine
                             ? "compare results measured on the same machine and set-up"
                             : "expected if this is the change under test; otherwise it is part of "
                               "the difference";
    add_warning(warnings, {key.machine ? "different_machine" : "different_build",
                           std::move(message), std::move(advice)});
  }
  std::vector<std::string> differing = loops_differ(reference, changed, common);
  if (!differing.empty()) {
    std::string names;
    for (std::size_t i = 0; i < differing.size() && i < 5; ++i) {
      names += (i ? ", " : "") + differing[i];
    }
    if (differing.size() > 5) names += fmt::format(" and {} more", differing.size() - 5);
    add_warning(
        warnings,
        {"different_loops",
         fmt::format("loops differ between {} and {} for {} benchmark{}: {}", reference.path,
                     changed.path, differing.size(), differing.size() == 1 ? "" : "s", names),
         "reuse the loops of the reference session (`gilbench run --same-loops FILE`)"});
  }
}

}  // namespace gilbench::compare::report
