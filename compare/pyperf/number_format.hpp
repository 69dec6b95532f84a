// pyperf's number formatting (pyperf-spec §5): seconds scaled as a group, bytes and the
// `integer` unit number by number, the generic formatter with its 10^k / 2^k forms, and
// the ratio text ("1.05x slower", "no change").
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace gilbench::compare::pyperf {

// A number as Python holds it: int or float (matters for repr and for the 2^k rule).
using PyNumber = std::variant<std::int64_t, double>;

// Unit `second`: the first number picks the scale and precision for the whole group
// (`["142 us", "10 us"]`).
std::vector<std::string> format_seconds(const std::vector<double>& values);

// Unit `byte`: one number (`12.0 MiB`, `33.5 KiB`, `1 byte`, `0 bytes`).
std::string format_bytes(double value);

// The generic number formatter without unit word (`10^4`, `2^15`, `110.1`, `100`).
std::string format_number(const PyNumber& number);

// With a unit word, pluralised as pyperf does (`0 warmups`, `1 warmup`, `2^15 loops`).
std::string format_number(const PyNumber& number, const std::string& unit_word);

// Formats a group of numbers of one benchmark's unit (`second`, `byte`, `integer`).
std::vector<std::string> format_values(const std::string& unit,
                                       const std::vector<PyNumber>& values);

// `no change` for exactly 1.0, `"%.2fx faster"` of 1/ratio below 1, else `"%.2fx slower"`.
std::string ratio_text(double ratio);

// printf-style "%.*f" (glibc rounds the exact binary value half-to-even, as Python does).
std::string fixed(double value, int decimals);

}  // namespace gilbench::compare::pyperf
