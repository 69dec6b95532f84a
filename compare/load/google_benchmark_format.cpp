// Google Benchmark JSON (`--benchmark_format=json`, `--benchmark_out`): iteration rows become
// values in seconds, aggregate and errored rows are ignored, and all rows of one benchmark
// form ONE run, because one binary run is one process (the report must say so).
#include <fmt/format.h>

#include <cmath>
#include <unordered_map>

#include "compare/load/formats.hpp"
#include "compare/load/python_repr.hpp"

namespace gilbench::compare::detail {
namespace {

const std::string* field_text(const Metadata& fields, std::string_view key) {
  auto it = fields.find(key);
  return it == fields.end() ? nullptr : std::get_if<std::string>(&it->second);
}

std::optional<double> field_number(const Metadata& fields, std::string_view key) {
  auto it = fields.find(key);
  if (it == fields.end()) return std::nullopt;
  if (auto* d = std::get_if<double>(&it->second)) return *d;
  if (auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
  return std::nullopt;
}

// Seconds per time_unit (Google Benchmark's default unit is the nanosecond).
std::optional<double> seconds_per_unit(const std::string* unit) {
  if (unit == nullptr || *unit == "ns") return 1e-9;
  if (*unit == "us") return 1e-6;
  if (*unit == "ms") return 1e-3;
  if (*unit == "s") return 1.0;
  return std::nullopt;
}

}  // namespace

ResultFile build_google_benchmark_file(RawDocument& doc, std::string_view path,
                                       const LoadOptions& options) {
  const std::string not_pyperf = "ValueError: file format version None not supported";
  ResultFile file;
  file.path = std::string(path);
  file.format = SourceFormat::google_benchmark;
  file.metadata = std::move(doc.context);
  // pyperf's names for the facts the comparability guard looks at.
  auto alias = [&](std::string_view from, const char* to) {
    auto it = file.metadata.find(from);
    if (it != file.metadata.end() && !file.metadata.count(to)) {
      MetadataValue value = it->second;  // a copy: inserting may move the entries
      file.metadata[to] = std::move(value);
    }
  };
  alias("host_name", "hostname");
  alias("num_cpus", "cpu_count");
  if (!doc.has_benchmarks || !doc.benchmarks_is_array || !doc.metadata_problem.empty())
    fail(path, "Google Benchmark file without a 'benchmarks' list", not_pyperf);

  std::unordered_map<std::string, std::size_t> index;  // benchmark name → position
  for (const RawBenchmark& row : doc.benchmarks) {
    const std::string* name = field_text(row.fields, "run_name");
    if (name == nullptr) name = field_text(row.fields, "name");
    if (name == nullptr || name->empty())
      fail(path, "a Google Benchmark row has no name", not_pyperf);
    auto [it, added] = index.emplace(*name, file.benchmarks.size());
    if (added) {
      Benchmark bench;
      bench.name = *name;
      bench.unit = "second";
      bench.metadata["name"] = *name;
      bench.runs.emplace_back();
      file.benchmarks.push_back(std::move(bench));
    }
    Benchmark& bench = file.benchmarks[it->second];
    const std::string* run_type = field_text(row.fields, "run_type");
    if (run_type != nullptr && *run_type == "aggregate") continue;
    auto error = row.fields.find("error_occurred");
    if (error != row.fields.end() && error->second != MetadataValue{std::int64_t{0}}) continue;
    const std::optional<double> real_time = field_number(row.fields, "real_time");
    const std::optional<double> scale = seconds_per_unit(field_text(row.fields, "time_unit"));
    if (!real_time)
      fail(path, fmt::format("benchmark {} has a row without real_time", python_repr(*name)),
           not_pyperf);
    if (!scale)
      fail(path, fmt::format("benchmark {} has an unknown time_unit", python_repr(*name)),
           not_pyperf);
    const double value = *real_time * *scale;
    if (!(value > 0.0) || !std::isfinite(value))
      fail(path, fmt::format("benchmark {}: values must be numbers > 0", python_repr(*name)),
           not_pyperf);
    Run& run = bench.runs.front();
    if (run.values.empty()) {
      if (std::optional<double> iterations = field_number(row.fields, "iterations");
          iterations && *iterations >= 1 && *iterations < 9.2e18)
        run.metadata["loops"] = static_cast<std::int64_t>(*iterations);
      if (std::optional<double> threads = field_number(row.fields, "threads"))
        run.metadata["threads"] = static_cast<std::int64_t>(*threads);
    }
    run.values.push_back(value);
  }
  if (file.benchmarks.empty()) fail(path, "benchmarks must be a non-empty list", not_pyperf);
  for (const Benchmark& bench : file.benchmarks)
    if (options.require_values && bench.value_count() == 0)
      fail(path,
           fmt::format("benchmark {} has no values (only aggregate or failed rows)",
                       python_repr(bench.name)),
           not_pyperf);
  return file;
}

}  // namespace gilbench::compare::detail
