// Parser of the worker line protocol (worker_protocol.hpp).
#include "benchmarks/runner/worker_protocol.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace gilbench::runner {
namespace {

constexpr std::string_view prefix = "@gilbench ";

bool parse_double(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtod(text.c_str(), &end);
  return errno == 0 && end == text.c_str() + text.size() && std::isfinite(out);
}

bool parse_int(const std::string& text, std::int64_t& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtoll(text.c_str(), &end, 10);
  return errno == 0 && end == text.c_str() + text.size();
}

// `KEY TYPE VALUE...` into metadata; false when malformed.
bool parse_typed(std::istringstream& in, compare::Metadata& metadata) {
  std::string key, type, value;
  if (!(in >> key >> type)) return false;
  std::getline(in >> std::ws, value);
  if (type == "str") {
    if (value.empty()) return false;
    metadata[key] = value;
  } else if (type == "int") {
    std::int64_t number;
    if (!parse_int(value, number)) return false;
    metadata[key] = number;
  } else if (type == "float") {
    double number;
    if (!parse_double(value, number)) return false;
    metadata[key] = number;
  } else {
    return false;
  }
  return true;
}

}  // namespace

WorkerReport parse_worker_output(const std::vector<std::string>& lines) {
  WorkerReport report;
  auto problem = [&](const std::string& line) {
    if (report.failure.empty()) report.failure = "protocol: malformed line '" + line + "'";
  };
  for (const std::string& line : lines) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::istringstream in(line.substr(prefix.size()));
    std::string verb;
    in >> verb;
    if (verb == "hello") {
      std::int64_t version;
      std::string text;
      if (!(in >> text) || !parse_int(text, version))
        problem(line);
      else
        report.version = static_cast<int>(version);
    } else if (verb == "meta" || verb == "gil") {
      if (!parse_typed(in, report.metadata)) problem(line);
    } else if (verb == "calibrate" || verb == "warmup") {
      std::string loops_text, raw_text;
      RawMeasurement m;
      if (!(in >> loops_text >> raw_text) || !parse_int(loops_text, m.loops) || m.loops < 1 ||
          !parse_double(raw_text, m.raw) || m.raw < 0) {
        problem(line);
        continue;
      }
      (verb == "calibrate" ? report.calibration : report.warmups).push_back(m);
    } else if (verb == "loops") {
      std::string text;
      std::int64_t loops;
      if (!(in >> text) || !parse_int(text, loops) || loops < 1)
        problem(line);
      else
        report.calibrated_loops = loops;
    } else if (verb == "value") {
      std::string text;
      double raw;
      if (!(in >> text) || !parse_double(text, raw) || raw <= 0)
        problem(line);
      else
        report.values.push_back(raw);
    } else if (verb == "fail") {
      std::string kind, message;
      in >> kind;
      std::getline(in >> std::ws, message);
      report.failure = kind + ": " + message;  // the worker's own verdict wins
    } else if (verb == "done") {
      std::string text;
      double duration;
      if (!(in >> text) || !parse_double(text, duration))
        problem(line);
      else
        report.duration = duration;
    } else {
      problem(line);
    }
  }
  if (report.failure.empty() && report.version != worker_protocol_version) {
    report.failure = report.version == 0
                         ? "protocol: the worker never said hello"
                         : "protocol: unsupported version " + std::to_string(report.version);
  }
  return report;
}

}  // namespace gilbench::runner
