// One conversion of printf-style formatting (`str % args`) as CPython 3.11 renders
// it: sign flags, zero padding after the sign and prefix, '#' forms, and precision
// as a minimum digit count for ints and a truncation for strings.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "runtime/float_format.hpp"
#include "runtime/format_internal.hpp"

namespace gilpy {

namespace {

std::string sign_of(bool negative, const PrintfSpec& spec) {
  if (negative) return "-";
  if (spec.plus) return "+";
  if (spec.space) return " ";
  return "";
}

// Pads sign + prefix + body to the width: spaces on the left, spaces on the right
// with '-', or zeros between prefix and body with '0'.
std::string pad_number(const std::string& head, const std::string& body, const PrintfSpec& spec) {
  auto length = static_cast<int64_t>(head.size() + body.size());
  int64_t pad = std::max<int64_t>(0, spec.width - length);
  if (spec.left) return head + body + std::string(pad, ' ');
  if (spec.zero) return head + std::string(pad, '0') + body;
  return std::string(pad, ' ') + head + body;
}

std::string int_text(bool negative, std::string digits, const PrintfSpec& spec) {
  char conv = spec.conversion;
  if (conv == 'X') std::transform(digits.begin(), digits.end(), digits.begin(), ::toupper);
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  }
  std::string head = sign_of(negative, spec);
  if (spec.alternate && (conv == 'x' || conv == 'X' || conv == 'o')) {
    head += std::string("0") + conv;
  }
  return pad_number(head, digits, spec);
}

int base_of(char conv) {
  switch (conv) {
    case 'd':
    case 'i':
    case 'u':
      return 10;
    case 'x':
    case 'X':
      return 16;
    case 'o':
      return 8;
    default:
      throw std::invalid_argument(std::string("unsupported format character '") + conv + "'");
  }
}

}  // namespace

std::string printf_format_double(double value, const PrintfSpec& spec) {
  if (std::string_view("eEfFgG").find(spec.conversion) == std::string_view::npos) {
    throw std::invalid_argument(std::string("unsupported format character '") + spec.conversion +
                                "'");
  }
  int precision = spec.precision >= 0 ? static_cast<int>(spec.precision) : 6;
  bool negative = std::signbit(value) && !std::isnan(value);
  std::string body = format_detail::float_body(std::fabs(value), spec.conversion, precision,
                                               spec.alternate, false);
  return pad_number(sign_of(negative, spec), body, spec);
}

std::string printf_format_int64(int64_t value, const PrintfSpec& spec) {
  uint64_t m = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  char buf[72];
  auto res = std::to_chars(buf, buf + sizeof buf, m, base_of(spec.conversion));
  return int_text(value < 0, std::string(buf, res.ptr), spec);
}

std::string printf_format_bigint(const BigInt& value, const PrintfSpec& spec) {
  return int_text(value.is_negative(), value.abs().to_string(base_of(spec.conversion)), spec);
}

std::string printf_format_string(std::string_view text, const PrintfSpec& spec) {
  std::string_view shown = text;
  if (spec.precision >= 0) {
    size_t pos = 0;
    for (int64_t k = 0; k < spec.precision && pos < text.size(); ++k) {
      ++pos;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
    shown = text.substr(0, pos);
  }
  auto pad = std::max<int64_t>(0, spec.width - static_cast<int64_t>(utf8_length(shown)));
  if (spec.left) return std::string(shown) + std::string(pad, ' ');
  return std::string(pad, ' ') + std::string(shown);
}

}  // namespace gilpy
