// pyperf JSON writer: effective metadata per run, factorisation (pyperf-spec §2.5), and the
// compact sorted-key text with Python float reprs (§2.1).
#include "compare/load/write_pyperf.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "compare/load/input_error.hpp"
#include "compare/load/python_repr.hpp"

namespace gilbench::compare {
namespace {

// file ← benchmark ← run, as find_metadata() resolves keys.
Metadata effective_metadata(const ResultFile& file, const Benchmark& benchmark, const Run& run) {
  Metadata merged = file.metadata;
  for (const auto& [key, value] : benchmark.metadata) merged.insert_or_assign(key, value);
  for (const auto& [key, value] : run.metadata) merged.insert_or_assign(key, value);
  return merged;
}

// Pairs present with equal values in every map of `maps` (pyperf's "common metadata").
Metadata intersect(const std::vector<const Metadata*>& maps) {
  if (maps.empty()) return {};
  Metadata common = *maps.front();
  for (std::size_t i = 1; i < maps.size(); ++i) {
    for (auto it = common.begin(); it != common.end();) {
      auto found = maps[i]->find(it->first);
      if (found == maps[i]->end() || found->second != it->second) {
        it = common.erase(it);
      } else {
        ++it;
      }
    }
  }
  return common;
}

Metadata without_keys(const Metadata& metadata, const Metadata& a, const Metadata& b = {}) {
  Metadata rest;
  for (const auto& [key, value] : metadata) {
    if (!a.contains(key) && !b.contains(key)) rest.emplace(key, value);
  }
  return rest;
}

std::string json_string(const std::string& text) {
  // ensure_ascii: non-ASCII as \uXXXX, as Python's json.dump does by default.
  return nlohmann::json(text).dump(-1, ' ', true);
}

std::string number_text(double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("a number is not finite");
  return python_float_repr(value);
}

void append_value(std::string& out, const std::string& key, const MetadataValue& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    out += std::to_string(*integer);
  } else if (const auto* real = std::get_if<double>(&value)) {
    out += number_text(*real);
  } else if (const auto* text = std::get_if<std::string>(&value)) {
    if (text->empty() || text->find_first_of("\r\n") != std::string::npos) {
      throw std::invalid_argument("metadata '" + key + "' is empty or has a line break");
    }
    out += json_string(*text);
  } else {
    const auto& list = std::get<std::vector<std::string>>(value);
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) out += (i ? "," : "") + json_string(list[i]);
    out += ']';
  }
}

void append_metadata(std::string& out, const Metadata& metadata) {
  out += '{';
  bool first = true;
  for (const auto& [key, value] : metadata) {  // std::map: sorted by bytes = code points
    out += first ? "" : ",";
    first = false;
    out += json_string(key) + ':';
    append_value(out, key, value);
  }
  out += '}';
}

void append_run(std::string& out, const Run& run, const Metadata& metadata) {
  if (run.values.empty() && run.warmups.empty()) {
    throw std::invalid_argument("a run has neither values nor warmups");
  }
  out += '{';
  bool first = true;
  auto separator = [&] {
    out += first ? "" : ",";
    first = false;
  };
  if (!metadata.empty()) {
    separator();
    out += "\"metadata\":";
    append_metadata(out, metadata);
  }
  if (!run.values.empty()) {
    separator();
    out += "\"values\":[";
    for (std::size_t i = 0; i < run.values.size(); ++i) {
      double value = run.values[i];
      if (!(value > 0.0)) throw std::invalid_argument("a value is not a number > 0");
      out += i ? "," : "";
      bool integral = run.values_all_integers && value == std::floor(value) && value < 9.0e15;
      out += integral ? std::to_string(static_cast<std::int64_t>(value)) : number_text(value);
    }
    out += ']';
  }
  if (!run.warmups.empty()) {
    separator();
    out += "\"warmups\":[";
    for (std::size_t i = 0; i < run.warmups.size(); ++i) {
      const Warmup& warmup = run.warmups[i];
      if (warmup.loops < 1 || !(warmup.value >= 0.0)) {
        throw std::invalid_argument("a warmup has loops < 1 or a negative value");
      }
      out +=
          (i ? ",[" : "[") + std::to_string(warmup.loops) + "," + number_text(warmup.value) + "]";
    }
    out += ']';
  }
  out += '}';
}

}  // namespace

std::string format_pyperf_json(const ResultFile& file) {
  if (file.benchmarks.empty()) throw std::invalid_argument("a suite needs at least one benchmark");
  // Effective metadata of every run, then B per benchmark and S for the suite.
  std::vector<std::vector<Metadata>> effective(file.benchmarks.size());
  std::vector<Metadata> benchmark_common(file.benchmarks.size());
  for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
    const Benchmark& benchmark = file.benchmarks[b];
    if (benchmark.runs.empty()) {
      throw std::invalid_argument("benchmark '" + benchmark.name + "' has no run");
    }
    std::vector<const Metadata*> maps;
    for (const Run& run : benchmark.runs) {
      effective[b].push_back(effective_metadata(file, benchmark, run));
    }
    for (const Metadata& metadata : effective[b]) maps.push_back(&metadata);
    benchmark_common[b] = intersect(maps);
  }
  std::vector<const Metadata*> maps;
  for (const Metadata& metadata : benchmark_common) maps.push_back(&metadata);
  const Metadata suite = intersect(maps);

  std::string out = "{\"benchmarks\":[";
  for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
    out += b ? ",{" : "{";
    Metadata own = without_keys(benchmark_common[b], suite);
    if (!own.empty()) {
      out += "\"metadata\":";
      append_metadata(out, own);
      out += ',';
    }
    out += "\"runs\":[";
    const Benchmark& benchmark = file.benchmarks[b];
    for (std::size_t r = 0; r < benchmark.runs.size(); ++r) {
      out += r ? "," : "";
      append_run(out, benchmark.runs[r], without_keys(effective[b][r], benchmark_common[b], suite));
    }
    out += "]}";
  }
  out += ']';
  if (!suite.empty()) {
    out += ",\"metadata\":";
    append_metadata(out, suite);
  }
  out += ",\"version\":\"1.0\"}\n";
  return out;
}

void write_pyperf_file(const std::string& path, const ResultFile& file) {
  std::string text;
  try {
    text = format_pyperf_json(file);
  } catch (const std::invalid_argument& error) {
    throw InputError(path, std::string("cannot write a valid pyperf file: ") + error.what());
  }
  std::string temporary = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw InputError(path, std::string("cannot create: ") + std::strerror(errno));
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = errno;
      ::close(fd);
      ::unlink(temporary.c_str());
      throw InputError(path, std::string("cannot write: ") + std::strerror(saved));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temporary.c_str());
    throw InputError(path, std::string("cannot write: ") + std::strerror(errno));
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(temporary.c_str());
    throw InputError(path,
                     std::string("cannot rename the temporary file: ") + std::strerror(saved));
  }
}

}  // namespace gilbench::compare
