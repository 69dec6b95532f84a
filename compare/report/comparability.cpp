// Comparability guard: collects the values a key takes over the runs of each file and reports
// the keys whose sets differ. Machine keys are warnings about the measurement; build keys say
// what else differs besides the change under test.
#include "compare/report/comparability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <variant>

#include "compare/load/metadata_lookup.hpp"
#include "compare/load/python_repr.hpp"

namespace gilbench::compare::report {
namespace {

struct Key {
  std::string_view name;  // metadata key
  const char* what;       // how the warning names it
  bool machine;           // a property of the machine rather than of the interpreter build
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

constexpr std::size_t kKeyCount = std::size(kKeys);

// The distinct values each key takes over the value runs of a file's common benchmarks, in
// order of appearance. Usually one value per key: a linear scan beats a set.
using Values = std::vector<const MetadataValue*>;

bool same_value(const MetadataValue* a, const MetadataValue* b) {
  return a == b || (a != nullptr && b != nullptr && *a == *b);
}

void add_distinct(Values& values, const MetadataValue* value) {
  for (const MetadataValue* known : values) {
    if (same_value(known, value)) return;
  }
  values.push_back(value);
}

// own[k] = the run-level value of kKeys[k], or nullptr. One pass over the run's few keys;
// returns false when the run sets none of the guarded keys (the usual case).
bool run_level_values(const Run& run, std::array<const MetadataValue*, kKeyCount>& own) {
  own.fill(nullptr);
  bool any = false;
  for (const auto& [name, value] : run.metadata) {
    for (std::size_t k = 0; k < kKeyCount; ++k) {
      if (kKeys[k].name == name) {
        own[k] = &value;
        any = true;
        break;
      }
    }
  }
  return any;
}

std::array<Values, kKeyCount> distinct_values(const ResultFile& file,
                                              const std::vector<std::string>& common) {
  std::array<Values, kKeyCount> values;
  for (const std::string& name : common) {
    const Benchmark* benchmark = file.find_benchmark(name);
    if (benchmark == nullptr) continue;
    // What a run inherits when it does not set the key itself (find_metadata's order, with
    // the benchmark and file levels looked up once per benchmark instead of once per run).
    std::array<const MetadataValue*, kKeyCount> inherited;
    for (std::size_t k = 0; k < kKeyCount; ++k) {
      inherited[k] = find_inherited_metadata(file, *benchmark, kKeys[k].name);
    }
    // Runs that set none of the keys all add the inherited values: once per benchmark is
    // enough (adding a value already present changes nothing, and the first such run keeps
    // its place in the order of appearance).
    bool inherited_added = false;
    std::array<const MetadataValue*, kKeyCount> own;
    for (const Run& run : benchmark->runs) {
      if (run.is_calibration()) continue;
      if (!run_level_values(run, own)) {
        if (inherited_added) continue;
        inherited_added = true;
      }
      for (std::size_t k = 0; k < kKeyCount; ++k) {
        add_distinct(values[k], own[k] != nullptr ? own[k] : inherited[k]);
      }
    }
  }
  return values;
}

// Same values as sets (order of appearance does not matter).
bool same_set(const Values& a, const Values& b) {
  auto contains = [](const Values& set, const MetadataValue* value) {
    return std::any_of(set.begin(), set.end(),
                       [&](const MetadataValue* known) { return same_value(known, value); });
  };
  return a.size() == b.size() &&
         std::all_of(a.begin(), a.end(), [&](const MetadataValue* v) { return contains(b, v); });
}

std::string join(const Values& values) {
  std::string text;
  for (const MetadataValue* value : values) {
    text += (text.empty() ? "" : ", ") + (value ? metadata_text(*value) : std::string("(none)"));
  }
  return text;
}

// The `loops` values of one benchmark's value runs.
Values loops_of(const ResultFile& file, const Benchmark& benchmark) {
  Values values;
  const MetadataValue* inherited = find_inherited_metadata(file, benchmark, "loops");
  for (const Run& run : benchmark.runs) {
    if (run.is_calibration()) continue;
    const MetadataValue* own = find_run_metadata(run, "loops");
    add_distinct(values, own != nullptr ? own : inherited);
  }
  return values;
}

// Benchmarks whose loop counts differ: the two sides did not run the same work per value.
std::vector<std::string> loops_differ(const ResultFile& reference, const ResultFile& changed,
                                      const std::vector<std::string>& common) {
  std::vector<std::string> differing;
  for (const std::string& name : common) {
    const Benchmark* before = reference.find_benchmark(name);
    const Benchmark* after = changed.find_benchmark(name);
    if (before && after && !same_set(loops_of(reference, *before), loops_of(changed, *after))) {
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
  auto reference_values = distinct_values(reference, common);
  auto changed_values = distinct_values(changed, common);
  for (std::size_t k = 0; k < kKeyCount; ++k) {
    const Key& key = kKeys[k];
    const Values& before = reference_values[k];
    const Values& after = changed_values[k];
    if (same_set(before, after)) continue;
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
