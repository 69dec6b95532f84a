// Metadata value formatting for dump -v and metadata.
#include "compare/pyperf/metadata_format.hpp"

#include <cmath>

#include "compare/load/python_repr.hpp"
#include "compare/pyperf/number_format.hpp"

namespace gilbench::compare::pyperf {

std::string format_timedelta(double seconds) {
  if (seconds < 60.0) return fixed(seconds, 1) + " sec";
  const auto minutes = static_cast<long long>(seconds / 60.0);
  if (minutes < 60)
    return std::to_string(minutes) + " min " + fixed(seconds - minutes * 60.0, 1) + " sec";
  return std::to_string(minutes / 60) + " hour " + std::to_string(minutes % 60) + " min";
}

std::string format_metadata_value(std::string_view key, const MetadataValue& value) {
  auto as_double = [&](double& out) {
    if (auto* d = std::get_if<double>(&value)) return out = *d, true;
    if (auto* i = std::get_if<std::int64_t>(&value)) return out = static_cast<double>(*i), true;
    return false;
  };
  double number = 0.0;
  if (key == "loops" || key == "inner_loops" || key == "calibrate_loops" ||
      key == "recalibrate_loops" || key == "calibrate_warmups" || key == "recalibrate_warmups") {
    if (auto* i = std::get_if<std::int64_t>(&value)) return format_number(PyNumber{*i});
  } else if (key == "duration" || key == "uptime") {
    if (as_double(number)) return format_timedelta(number);
  } else if (key == "load_avg_1min") {
    if (as_double(number)) return fixed(number, 2);
  } else if (key == "mem_max_rss" || key == "mem_peak_pagefile_usage" || key == "command_max_rss") {
    if (as_double(number)) return format_bytes(number);
  }
  if (auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&value)) return python_float_repr(*d);
  if (auto* s = std::get_if<std::string>(&value)) return *s;
  const auto& list = std::get<std::vector<std::string>>(value);
  std::string text;
  for (std::size_t i = 0; i < list.size(); ++i) text += (i ? ", " : "") + list[i];
  return text;
}

}  // namespace gilbench::compare::pyperf
