// pyperf JSON (pyperf-spec §2): version rules, old versions 5 and 6, validation of values,
// warmups and metadata, in the order pyperf checks them so the first error is the same.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "compare/load/formats.hpp"
#include "compare/load/python_repr.hpp"

namespace gilbench::compare::detail {
namespace {

std::string version_repr(const RawScalar& v) {
  switch (v.kind) {
    case RawScalar::Kind::absent:
    case RawScalar::Kind::null:
      return "None";
    case RawScalar::Kind::boolean:
      return v.integer ? "True" : "False";
    case RawScalar::Kind::integer:
      return std::to_string(v.integer);
    case RawScalar::Kind::floating:
      return python_float_repr(v.floating);
    case RawScalar::Kind::string:
      return python_repr(v.text);
    case RawScalar::Kind::other:
      return "<container>";
  }
  return "None";
}

// "1.0" → 10, 6 → 6, 5 → 5, anything else → 0 (unsupported).
int version_code(const RawScalar& v) {
  if (v.kind == RawScalar::Kind::string && v.text == "1.0") return 10;
  if (v.kind == RawScalar::Kind::integer && (v.integer == 5 || v.integer == 6))
    return static_cast<int>(v.integer);
  if (v.kind == RawScalar::Kind::floating && (v.floating == 5.0 || v.floating == 6.0))
    return static_cast<int>(v.floating);  // Python: 5.0 == 5 as a dict key
  return 0;
}

void value_error(std::string_view path, const std::string& message) {
  fail(path, message, "ValueError: " + message);
}

std::string_view strip(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\n\r\f\v");
  return s.substr(first, last - first + 1);
}

bool is_positive_int(const MetadataValue& v, std::int64_t minimum) {
  auto* i = std::get_if<std::int64_t>(&v);
  return i != nullptr && *i >= minimum;
}

// Checks one metadata level in place (strips strings) — pyperf-spec §2.5 value rules.
void check_metadata(std::string_view path, Metadata& metadata) {
  for (auto& [name, value] : metadata) {
    const std::string_view key = name;  // literal comparisons test the length first
    if (key.empty()) value_error(path, "metadata key is empty");
    if (auto* text = std::get_if<std::string>(&value)) {
      const std::string_view stripped = strip(*text);
      if (stripped.size() != text->size()) *text = std::string(stripped);
      if (text->empty())
        value_error(path, fmt::format("metadata {} value is empty", python_repr(key)));
      // A plain loop: find_first_of("\r\n") calls memchr on the set for every character.
      if (std::any_of(text->begin(), text->end(), [](char c) { return c == '\r' || c == '\n'; }))
        value_error(path, fmt::format("metadata {} value contains a newline", python_repr(key)));
    }
    if (key == "unit") {
      auto* text = std::get_if<std::string>(&value);
      if (text == nullptr || (*text != "second" && *text != "byte" && *text != "integer")) {
        const std::string shown = text ? python_repr(*text) : std::string("<not a string>");
        value_error(path, fmt::format("invalid metadata 'unit' value: {}", shown));
      }
    } else if (key == "loops" || key == "inner_loops" || key == "calibrate_loops" ||
               key == "recalibrate_loops") {
      if (!is_positive_int(value, 1))
        value_error(path, fmt::format("invalid metadata {} value: must be an integer >= 1",
                                      python_repr(key)));
    } else if (key == "calibrate_warmups" || key == "recalibrate_warmups") {
      if (!is_positive_int(value, 0))
        value_error(path, fmt::format("invalid metadata {} value: must be an integer >= 0",
                                      python_repr(key)));
    } else if (key == "name") {
      if (!std::holds_alternative<std::string>(value))
        value_error(path, "invalid metadata 'name' value: must be a string");
    } else if (key == "tags") {
      auto* tags = std::get_if<std::vector<std::string>>(&value);
      if (tags == nullptr)
        value_error(path, "invalid metadata 'tags' value: not a list of strings");
      for (const std::string& tag : *tags)
        if (strip(tag).empty() || tag == "all")
          value_error(path, fmt::format("invalid tag {}", python_repr(tag)));
    } else if (std::holds_alternative<std::vector<std::string>>(value)) {
      value_error(path, fmt::format("invalid metadata {} value type", python_repr(key)));
    }
  }
}

void check_problem(std::string_view path, const std::string& problem) {
  if (!problem.empty()) value_error(path, problem);
}

const MetadataValue* lookup(const Metadata& run, const Metadata& bench, const Metadata& file,
                            std::string_view key) {
  for (const Metadata* level : {&run, &bench, &file}) {
    auto it = level->find(key);
    if (it != level->end()) return &it->second;
  }
  return nullptr;
}

}  // namespace

ResultFile build_pyperf_file(RawDocument& doc, std::string_view path, const LoadOptions& options) {
  if (!doc.root_is_object)
    fail(path, "not a pyperf result file (the JSON document is not an object)",
         fmt::format("AttributeError: '{}' object has no attribute 'get'", doc.root_type));
  const int version = version_code(doc.version);
  if (version == 0)
    value_error(path,
                fmt::format("file format version {} not supported", version_repr(doc.version)));

  ResultFile file;
  file.path = std::string(path);
  file.format = SourceFormat::pyperf;
  file.version = version == 10 ? "1.0" : std::to_string(version);
  if (version != 5) {  // version 5 has no file-level metadata
    check_problem(path, doc.metadata_problem);
    file.metadata = std::move(doc.metadata);
    check_metadata(path, file.metadata);
  }
  if (!doc.has_benchmarks) fail(path, "no 'benchmarks' list", "KeyError: 'benchmarks'");
  if (!doc.benchmarks_is_array)
    fail(path, "'benchmarks' is not a list", "TypeError: 'benchmarks' is not a list");

  file.benchmarks.reserve(doc.benchmarks.size());
  std::unordered_set<std::string> names;
  for (RawBenchmark& raw : doc.benchmarks) {
    Benchmark bench;
    check_problem(path, raw.metadata_problem);
    bench.metadata = std::move(version == 5 ? raw.common_metadata : raw.metadata);
    check_metadata(path, bench.metadata);
    if (!raw.has_runs) fail(path, "a benchmark has no 'runs' list", "KeyError: 'runs'");
    if (!raw.runs_is_array)
      fail(path, "a benchmark's 'runs' is not a list", "TypeError: 'runs' is not a list");
    bench.runs.reserve(raw.runs.size());
    for (RawRun& raw_run : raw.runs) {
      Run run;
      check_problem(path, raw_run.metadata_problem);
      run.metadata = std::move(raw_run.metadata);
      check_metadata(path, run.metadata);
      check_problem(path, raw_run.values_problem);
      auto& values = version == 5 ? raw_run.samples : raw_run.values;
      if (values) {
        for (double value : *values)
          if (!(value > 0.0) || !std::isfinite(value))
            value_error(path, "values must be a sequence of number > 0.0");
        run.values = std::move(*values);
        run.values_all_integers =
            version == 5 ? raw_run.samples_all_integers : raw_run.values_all_integers;
      }
      // Version 6 stored raw warmups: divide by the warmup's loops × inner_loops.
      const double inner_loops =
          version == 6 ? static_cast<double>(metadata_int(
                             lookup(run.metadata, bench.metadata, file.metadata, "inner_loops"), 1))
                       : 1.0;
      run.warmups.reserve(raw_run.warmups.size());
      for (const auto& [loops, value] : raw_run.warmups) {
        if (!loops.is_integer || loops.value < 1 || !(value.value >= 0.0) ||
            !std::isfinite(value.value))
          value_error(path,
                      "warmups must be a sequence of (loops, value) pairs with loops >= 1 "
                      "and value >= 0");
        Warmup warmup{static_cast<std::int64_t>(loops.value), value.value};
        if (version == 6) warmup.value /= loops.value * inner_loops;
        run.warmups.push_back(warmup);
      }
      if (run.values.empty() && run.warmups.empty())
        value_error(path, "values and warmups are empty sequence");
      bench.runs.push_back(std::move(run));
    }
    if (bench.runs.empty()) value_error(path, "runs must be a non-empty sequence of Run objects");
    const Run& first = bench.runs.front();
    const MetadataValue* name = lookup(first.metadata, bench.metadata, file.metadata, "name");
    if (name == nullptr)
      value_error(path, "A benchmark must have a name: the first run has no name metadata");
    bench.name = std::get<std::string>(*name);
    const MetadataValue* unit = lookup(first.metadata, bench.metadata, file.metadata, "unit");
    bench.unit = unit ? std::get<std::string>(*unit) : "second";
    if (options.require_values && bench.value_count() == 0)
      fail(path,
           fmt::format("benchmark {} has no values (only calibration runs)",
                       python_repr(bench.name)),
           "statistics.StatisticsError: mean requires at least one data point");
    if (!names.insert(bench.name).second)
      value_error(path, fmt::format("the suite has already a benchmark called {}",
                                    python_repr(bench.name)));
    file.benchmarks.push_back(std::move(bench));
  }
  if (file.benchmarks.empty())
    value_error(path, "benchmarks must be a non-empty sequence of Benchmark objects");
  return file;
}

}  // namespace gilbench::compare::detail
