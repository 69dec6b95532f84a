// The strict pyperf-format validator used by every runner test that writes files.
#include "pyperf_validator.hpp"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace gilbench::testing {
namespace {

using Json = nlohmann::ordered_json;

void check_sorted(const Json& value, const std::string& where, std::vector<std::string>& out) {
  if (value.is_object()) {
    std::string previous;
    bool first = true;
    for (const auto& [key, item] : value.items()) {
      if (!first && !(previous < key)) out.push_back(where + ": keys not sorted at '" + key + "'");
      previous = key;
      first = false;
      check_sorted(item, where + "." + key, out);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      check_sorted(value[i], fmt::format("{}[{}]", where, i), out);
    }
  }
}

void check_metadata(const Json& metadata, const std::string& where, std::vector<std::string>& out) {
  if (!metadata.is_object()) {
    out.push_back(where + ": metadata is not an object");
    return;
  }
  if (metadata.empty()) out.push_back(where + ": empty metadata should be omitted");
  for (const auto& [key, value] : metadata.items()) {
    std::string at = where + "." + key;
    if (key == "tags") {
      if (!value.is_array())
        out.push_back(at + ": tags must be a list");
      else
        for (const auto& tag : value) {
          if (!tag.is_string() || tag.get<std::string>().empty() || tag == "all") {
            out.push_back(at + ": bad tag");
          }
        }
    } else if (value.is_string()) {
      std::string text = value.get<std::string>();
      if (text.empty() || text.find_first_of("\r\n") != std::string::npos || text.front() == ' ' ||
          text.back() == ' ') {
        out.push_back(at + ": string empty, multi-line or not stripped");
      }
    } else if (!value.is_number()) {
      out.push_back(at + ": not a scalar");
    }
  }
  if (metadata.contains("loops") &&
      (!metadata["loops"].is_number_integer() || metadata["loops"].get<long long>() < 1)) {
    out.push_back(where + ".loops: must be an integer >= 1");
  }
  if (metadata.contains("unit")) {
    const auto& unit = metadata["unit"];
    if (unit != "second" && unit != "byte" && unit != "integer")
      out.push_back(where + ": bad unit");
  }
}

// Pairs common to all maps.
Json intersect(const std::vector<Json>& maps) {
  if (maps.empty()) return Json::object();
  Json common = maps.front();
  for (const auto& map : maps) {
    Json kept = Json::object();
    for (const auto& [key, value] : common.items()) {
      if (map.contains(key) && map[key] == value) kept[key] = value;
    }
    common = kept;
  }
  return common;
}

}  // namespace

std::vector<std::string> validate_pyperf_text(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty() || text.back() != '\n' || text.find('\n') != text.size() - 1) {
    out.push_back("file: must be one line followed by a single newline");
  }
  bool in_string = false;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      if (static_cast<unsigned char>(c) >= 0x80) out.push_back("file: non-ASCII not escaped");
    } else if (c == '"') {
      in_string = true;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      out.push_back("file: whitespace outside strings (not compact)");
      break;
    }
  }
  Json root;
  try {
    root = Json::parse(text);
  } catch (const std::exception& error) {
    out.push_back(std::string("file: not JSON: ") + error.what());
    return out;
  }
  check_sorted(root, "$", out);
  if (!root.is_object()) return out.push_back("$: not an object"), out;
  for (const auto& [key, value] : root.items()) {
    if (key != "benchmarks" && key != "metadata" && key != "version") {
      out.push_back("$: unknown key " + key);
    }
  }
  if (root.value("version", Json()) != "1.0") out.push_back("$.version: must be \"1.0\"");
  if (!root.contains("benchmarks") || !root["benchmarks"].is_array() ||
      root["benchmarks"].empty()) {
    out.push_back("$.benchmarks: must be a non-empty list");
    return out;
  }
  Json suite = root.value("metadata", Json::object());
  if (root.contains("metadata")) check_metadata(root["metadata"], "$.metadata", out);
  std::set<std::string> names;
  std::vector<Json> benchmark_commons;
  for (std::size_t b = 0; b < root["benchmarks"].size(); ++b) {
    const Json& benchmark = root["benchmarks"][b];
    std::string where = fmt::format("$.benchmarks[{}]", b);
    for (const auto& [key, value] : benchmark.items()) {
      if (key != "metadata" && key != "runs") out.push_back(where + ": unknown key " + key);
    }
    Json own = benchmark.value("metadata", Json::object());
    if (benchmark.contains("metadata"))
      check_metadata(benchmark["metadata"], where + ".metadata", out);
    for (const auto& [key, value] : own.items()) {
      if (suite.contains(key)) out.push_back(where + ": key " + key + " repeats a suite key");
    }
    if (!benchmark.contains("runs") || !benchmark["runs"].is_array() || benchmark["runs"].empty()) {
      out.push_back(where + ".runs: at least one run is required");
      continue;
    }
    std::vector<Json> effective;
    for (std::size_t r = 0; r < benchmark["runs"].size(); ++r) {
      const Json& run = benchmark["runs"][r];
      std::string at = fmt::format("{}.runs[{}]", where, r);
      for (const auto& [key, value] : run.items()) {
        if (key != "metadata" && key != "values" && key != "warmups") {
          out.push_back(at + ": unknown key " + key);
        }
      }
      Json metadata = run.value("metadata", Json::object());
      if (run.contains("metadata")) check_metadata(run["metadata"], at + ".metadata", out);
      for (const auto& [key, value] : metadata.items()) {
        if (suite.contains(key) || own.contains(key)) {
          out.push_back(at + ": key " + key + " repeats a suite or benchmark key");
        }
      }
      bool has_values = run.contains("values"), has_warmups = run.contains("warmups");
      if (!has_values && !has_warmups) out.push_back(at + ": no values and no warmups");
      if (has_values) {
        if (!run["values"].is_array() || run["values"].empty())
          out.push_back(at + ".values: empty");
        else
          for (const auto& value : run["values"]) {
            if (!value.is_number() || !(value.get<double>() > 0))
              out.push_back(at + ": value <= 0");
          }
      }
      if (has_warmups) {
        if (!run["warmups"].is_array() || run["warmups"].empty())
          out.push_back(at + ".warmups: empty");
        else
          for (const auto& pair : run["warmups"]) {
            if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_integer() ||
                pair[0].get<long long>() < 1 || !pair[1].is_number() || pair[1].get<double>() < 0) {
              out.push_back(at + ": bad warmup pair");
            }
          }
      }
      Json merged = suite;
      for (const auto& [key, value] : own.items()) merged[key] = value;
      for (const auto& [key, value] : metadata.items()) merged[key] = value;
      effective.push_back(merged);
    }
    // Factored: a pair common to every run must sit above run level.
    Json common = intersect(effective);
    for (const auto& run : benchmark["runs"]) {
      const Json metadata = run.value("metadata", Json::object());
      for (const auto& [key, value] : metadata.items()) {
        if (common.contains(key)) out.push_back(where + ": run key " + key + " not factored");
      }
    }
    benchmark_commons.push_back(common);
    const Json& first = effective.front();
    if (!first.contains("name") || !first["name"].is_string() || first["name"] == "") {
      out.push_back(where + ": the first run has no name");
    } else if (!names.insert(first["name"].get<std::string>()).second) {
      out.push_back(where + ": duplicate benchmark name");
    }
  }
  Json suite_common = intersect(benchmark_commons);
  for (const auto& [key, value] : suite_common.items()) {
    if (!suite.contains(key))
      out.push_back("$: key " + key + " common to all benchmarks not factored");
  }
  return out;
}

std::vector<std::string> validate_pyperf_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {path + ": cannot read"};
  std::stringstream text;
  text << in.rdbuf();
  return validate_pyperf_text(text.str());
}

}  // namespace gilbench::testing
