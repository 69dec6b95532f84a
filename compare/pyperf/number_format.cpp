// Number formatting exactly as pyperf prints it (pyperf-spec §5).
#include "compare/pyperf/number_format.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

#include "compare/load/python_repr.hpp"

namespace gilbench::compare::pyperf {

std::string fixed(double value, int decimals) {
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::vector<std::string> format_seconds(const std::vector<double>& values) {
  if (values.empty()) return {};
  const double reference = std::fabs(values.front());
  int i = 2;
  for (; i >= -8; --i)
    if (reference >= std::pow(10.0, i)) break;
  if (i < -8) i = -9;
  const int decimals = 2 - (((i % 3) + 3) % 3);  // Python's modulo is never negative
  const int k = i < 0 ? -((i - 2) / 3) : 0;      // -(i // 3) with floor division
  static const char* const kUnits[] = {"sec", "ms", "us", "ns"};
  static const double kFactors[] = {1.0, 1e3, 1e6, 1e9};
  std::vector<std::string> out;
  out.reserve(values.size());
  for (double v : values) out.push_back(fixed(v * kFactors[k], decimals) + " " + kUnits[k]);
  return out;
}

std::string format_bytes(double value) {
  if (value < 10.0 * 1024) return fixed(value, 0) + (value == 1.0 ? " byte" : " bytes");
  if (value > 10.0 * 1024 * 1024) return fixed(value / (1024.0 * 1024.0), 1) + " MiB";
  return fixed(value / 1024.0, 1) + " KiB";
}

namespace {

// pyperf's "d·10^k" test: divide by 10 while the remainder is zero and the quotient >= 10;
// like pyperf, the final quotient is not required to be 1 (20000 → 10^4).
std::optional<int> power_of_ten(const PyNumber& number) {
  if (const auto* i = std::get_if<std::int64_t>(&number)) {
    if (*i < 10000) return std::nullopt;
    std::int64_t x = *i;
    int k = 0;
    while (x >= 10) {
      if (x % 10 != 0) return std::nullopt;
      x /= 10;
      ++k;
    }
    return k;
  }
  double x = std::get<double>(number);
  if (!(x >= 10000.0) || std::isinf(x)) return std::nullopt;
  int k = 0;
  while (x >= 10.0) {
    if (std::fmod(x, 10.0) != 0.0) return std::nullopt;
    x = std::floor(x / 10.0);
    ++k;
  }
  return k;
}

}  // namespace

std::string format_number(const PyNumber& number) {
  if (auto k = power_of_ten(number)) return "10^" + std::to_string(*k);
  if (const auto* i = std::get_if<std::int64_t>(&number)) {
    if (*i > 8192 && (*i & (*i - 1)) == 0) {
      int k = 0;
      while ((std::int64_t{1} << k) != *i) ++k;
      return "2^" + std::to_string(k);
    }
    return std::to_string(*i);
  }
  return python_float_repr(std::get<double>(number));
}

std::string format_number(const PyNumber& number, const std::string& unit_word) {
  const double value = std::holds_alternative<std::int64_t>(number)
                           ? static_cast<double>(std::get<std::int64_t>(number))
                           : std::get<double>(number);
  const bool plural = value == 0 || std::fabs(value) > 1;
  return format_number(number) + " " + unit_word + (plural ? "s" : "");
}

std::vector<std::string> format_values(const std::string& unit,
                                       const std::vector<PyNumber>& values) {
  auto as_double = [](const PyNumber& n) {
    return std::holds_alternative<std::int64_t>(n) ? static_cast<double>(std::get<std::int64_t>(n))
                                                   : std::get<double>(n);
  };
  std::vector<std::string> out;
  if (unit == "byte") {
    for (const PyNumber& n : values) out.push_back(format_bytes(as_double(n)));
  } else if (unit == "integer") {
    for (const PyNumber& n : values) out.push_back(format_number(n));
  } else {
    std::vector<double> doubles;
    for (const PyNumber& n : values) doubles.push_back(as_double(n));
    out = format_seconds(doubles);
  }
  return out;
}

std::string ratio_text(double ratio) {
  if (ratio == 1.0) return "no change";
  if (ratio < 1.0) return fixed(1.0 / ratio, 2) + "x faster";
  return fixed(ratio, 2) + "x slower";
}

}  // namespace gilbench::compare::pyperf
