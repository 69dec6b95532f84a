// Lookups over the result model: metadata inheritance and per-benchmark summaries.
#include "compare/load/result_model.hpp"

#include <cmath>

#include "compare/load/metadata_lookup.hpp"

namespace gilbench::compare {

std::size_t Benchmark::value_run_count() const {
  std::size_t count = 0;
  for (const Run& run : runs) count += run.values.empty() ? 0 : 1;
  return count;
}

std::size_t Benchmark::value_count() const {
  std::size_t count = 0;
  for (const Run& run : runs) count += run.values.size();
  return count;
}

bool Benchmark::values_all_integers() const {
  bool any = false;
  for (const Run& run : runs) {
    if (run.values.empty()) continue;
    if (!run.values_all_integers) return false;
    any = true;
  }
  return any;
}

std::vector<double> Benchmark::all_values() const {
  std::vector<double> values;
  values.reserve(value_count());
  for (const Run& run : runs) values.insert(values.end(), run.values.begin(), run.values.end());
  return values;
}

const Benchmark* ResultFile::find_benchmark(std::string_view name) const {
  if (name_index.size() == benchmarks.size()) {
    auto it = name_index.find(std::string(name));
    if (it == name_index.end()) return nullptr;
    const Benchmark& found = benchmarks[it->second];
    if (found.name == name) return &found;
  }
  for (const Benchmark& benchmark : benchmarks)
    if (benchmark.name == name) return &benchmark;
  return nullptr;
}

void ResultFile::rebuild_index() {
  name_index.clear();
  name_index.reserve(benchmarks.size());
  for (std::size_t i = 0; i < benchmarks.size(); ++i) name_index.emplace(benchmarks[i].name, i);
}

static const MetadataValue* find_in(const Metadata& metadata, std::string_view key) {
  auto it = metadata.find(key);
  return it == metadata.end() ? nullptr : &it->second;
}

const MetadataValue* find_metadata(const ResultFile& file, const Benchmark& benchmark,
                                   const Run& run, std::string_view key) {
  if (const MetadataValue* value = find_in(run.metadata, key)) return value;
  if (const MetadataValue* value = find_in(benchmark.metadata, key)) return value;
  return find_in(file.metadata, key);
}

const MetadataValue* find_inherited_metadata(const ResultFile& file, const Benchmark& benchmark,
                                             std::string_view key) {
  if (const MetadataValue* value = find_in(benchmark.metadata, key)) return value;
  return find_in(file.metadata, key);
}

const MetadataValue* find_run_metadata(const Run& run, std::string_view key) {
  return run.metadata.empty() ? nullptr : find_in(run.metadata, key);
}

// Python compares 1 == 1.0 as equal; pyperf's common-metadata test uses ==, so do we.
static bool metadata_equal(const MetadataValue& a, const MetadataValue& b) {
  if (a.index() == b.index()) return a == b;
  auto as_number = [](const MetadataValue& v, double& out) {
    if (auto* i = std::get_if<std::int64_t>(&v)) return out = static_cast<double>(*i), true;
    if (auto* d = std::get_if<double>(&v)) return out = *d, true;
    return false;
  };
  double x = 0, y = 0;
  return as_number(a, x) && as_number(b, y) && x == y;
}

Metadata common_metadata(const ResultFile& file, const Benchmark& benchmark) {
  Metadata common;
  if (benchmark.runs.empty()) return common;
  // Candidate keys: every key visible from the first run.
  const Run& first = benchmark.runs.front();
  auto consider = [&](const Metadata& level) {
    for (const auto& [key, unused] : level) {
      if (common.count(key)) continue;
      const MetadataValue* value = find_metadata(file, benchmark, first, key);
      bool same = true;
      for (std::size_t i = 1; i < benchmark.runs.size() && same; ++i) {
        const MetadataValue* other = find_metadata(file, benchmark, benchmark.runs[i], key);
        same = other != nullptr && metadata_equal(*value, *other);
      }
      if (same) common.emplace(key, *value);
    }
  };
  consider(first.metadata);
  consider(benchmark.metadata);
  consider(file.metadata);
  return common;
}

std::vector<std::string> benchmark_tags(const ResultFile& file, const Benchmark& benchmark) {
  if (benchmark.runs.empty()) return {};
  const Run& first = benchmark.runs.front();
  const MetadataValue* value = find_metadata(file, benchmark, first, "tags");
  auto* tags = value ? std::get_if<std::vector<std::string>>(value) : nullptr;
  if (tags == nullptr) return {};
  for (std::size_t i = 1; i < benchmark.runs.size(); ++i) {
    const MetadataValue* other = find_metadata(file, benchmark, benchmark.runs[i], "tags");
    if (other == nullptr || *other != *value) return {};
  }
  return *tags;
}

std::int64_t metadata_int(const MetadataValue* value, std::int64_t fallback) {
  if (value == nullptr) return fallback;
  if (auto* i = std::get_if<std::int64_t>(value)) return *i;
  if (auto* d = std::get_if<double>(value)) {
    if (std::isfinite(*d) && std::floor(*d) == *d && std::fabs(*d) < 9.2e18)
      return static_cast<std::int64_t>(*d);
  }
  return fallback;
}

}  // namespace gilbench::compare
