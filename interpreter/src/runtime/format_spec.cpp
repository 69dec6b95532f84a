// The format() mini-language as CPython 3.11 implements it for float, int and str:
// parsing the specifier, checking it against the value's type, and the layout of
// sign, prefix, grouped digits and padding.
//
// Design note. A formatted number is four parts: sign, prefix ("0x"), the integer
// digits (the only part that is grouped) and the rest (fraction, exponent, '%', or
// all of "inf"). Padding goes outside them, or between prefix and digits for '='
// alignment. When the fill is '0' with '=' alignment and grouping is on, CPython
// grows the digit run with zeros to the width and groups those zeros too, never
// starting with a separator ("0,001,234" for '08,'), so that case pads inside the
// grouping step rather than after it.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "runtime/float_format.hpp"
#include "runtime/format_internal.hpp"

namespace gilpy {

namespace {

bool is_align(char c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

size_t utf8_lead_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  return (c & 0xF8) == 0xF0 ? 4 : 1;
}

// Reads a run of decimal digits; returns the number consumed, or -1 on overflow.
int read_number(std::string_view s, size_t& pos, int64_t& out) {
  int count = 0;
  out = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    if (out > (INT64_MAX - 9) / 10) return -1;
    out = out * 10 + (s[pos] - '0');
    ++pos;
    ++count;
  }
  return count;
}

std::string repeat(const std::string& fill, int64_t n) {
  std::string out;
  for (int64_t i = 0; i < n; ++i) out += fill;
  return out;
}

// Inserts sep every `size` digits from the right; with min_len > 0, prepends zeros
// (grouped as well) until the result is at least min_len long.
std::string group_digits(const std::string& digits, char sep, int size, int64_t min_len) {
  std::string out;  // reversed
  int64_t i = 0;
  auto n = static_cast<int64_t>(digits.size());
  while (i < n || static_cast<int64_t>(out.size()) < min_len) {
    if (i > 0 && i % size == 0) out.push_back(sep);
    out.push_back(i < n ? digits[n - 1 - i] : '0');
    ++i;
  }
  return std::string(out.rbegin(), out.rend());
}

struct NumberParts {
  std::string sign;    // "", "-", "+" or " "
  std::string prefix;  // "0x", "0b", ...
  std::string digits;  // integer digits, ungrouped
  std::string rest;    // fraction, exponent, '%', or "inf"/"nan"
};

std::string layout_number(const NumberParts& p, const FormatSpec& spec, int group_size) {
  std::string fill = !spec.fill.empty() ? spec.fill : (spec.zero_pad ? "0" : " ");
  char align = spec.align != 0 ? spec.align : (spec.zero_pad ? '=' : '>');
  std::string digits = p.digits;
  if (spec.grouping != 0 && !digits.empty()) {
    int64_t min_len = 0;
    if (fill == "0" && align == '=' && spec.width > 0) {
      min_len =
          spec.width - static_cast<int64_t>(p.sign.size() + p.prefix.size() + utf8_length(p.rest));
    }
    digits = group_digits(digits, spec.grouping, group_size, min_len);
  }
  auto length =
      static_cast<int64_t>(p.sign.size() + p.prefix.size() + digits.size() + utf8_length(p.rest));
  int64_t pad = std::max<int64_t>(0, spec.width - length);
  std::string body = p.sign + p.prefix + digits + p.rest;
  switch (align) {
    case '<':
      return body + repeat(fill, pad);
    case '^':
      return repeat(fill, pad / 2) + body + repeat(fill, pad - pad / 2);
    case '=':
      return p.sign + p.prefix + repeat(fill, pad) + digits + p.rest;
    default:
      return repeat(fill, pad) + body;
  }
}

std::string sign_text(bool negative, char sign_option) {
  if (negative) return "-";
  if (sign_option == '+') return "+";
  if (sign_option == ' ') return " ";
  return "";
}

[[noreturn]] void unknown_code(char type, const char* type_name) {
  throw std::invalid_argument(std::string("Unknown format code '") + type +
                              "' for object of type '" + type_name + "'");
}

// Splits an unsigned float body into leading digits and the rest.
void split_digits(const std::string& body, NumberParts& parts) {
  size_t n = 0;
  while (n < body.size() && body[n] >= '0' && body[n] <= '9') ++n;
  parts.digits = body.substr(0, n);
  parts.rest = body.substr(n);
}

// Integer digits of |value| for type in "bdoxXn", as text.
template <typename Magnitude>
NumberParts int_parts(bool negative, const Magnitude& digits_of, const FormatSpec& spec) {
  NumberParts parts;
  parts.sign = sign_text(negative, spec.sign);
  char type = spec.type == 0 || spec.type == 'n' ? 'd' : spec.type;
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  parts.digits = digits_of(base);
  if (type == 'X')
    std::transform(parts.digits.begin(), parts.digits.end(), parts.digits.begin(), ::toupper);
  if (spec.alternate && base != 10) parts.prefix = std::string("0") + type;
  return parts;
}

bool is_float_type(char t) {
  return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

// Checks common to both int entry points; returns true when the spec asks for a
// float presentation (the caller then converts and calls format_double).
bool check_int_spec(const FormatSpec& spec) {
  if (is_float_type(spec.type)) return true;
  if (std::string_view("bcdoxXn").find(spec.type) == std::string_view::npos && spec.type != 0) {
    unknown_code(spec.type, "int");
  }
  if (spec.precision >= 0) {
    throw std::invalid_argument("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    throw std::invalid_argument(
        "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.type == 'c') {
    if (spec.sign != 0) {
      throw std::invalid_argument("Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      throw std::invalid_argument(
          "Alternate form (#) not allowed with integer format specifier 'c'");
    }
  }
  return false;
}

int int_group_size(const FormatSpec& spec) {
  return (spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X') ? 4 : 3;
}

}  // namespace

std::optional<FormatSpec> parse_format_spec(std::string_view s, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<FormatSpec> {
    if (error != nullptr) *error = std::move(message);
    return std::nullopt;
  };
  FormatSpec spec;
  size_t pos = 0;
  size_t lead = s.empty() ? 0 : utf8_lead_length(static_cast<unsigned char>(s[0]));
  if (s.size() > lead && is_align(s[lead])) {
    spec.fill = std::string(s.substr(0, lead));
    spec.align = s[lead];
    pos = lead + 1;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    spec.no_neg_zero = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  // A '0' before the width means zero padding, unless a fill was given explicitly.
  if (spec.fill.empty() && pos < s.size() && s[pos] == '0') {
    spec.zero_pad = true;
    ++pos;
  }
  int64_t number;
  int consumed = read_number(s, pos, number);
  if (consumed < 0) return fail("Too many decimal digits in format string");
  if (consumed > 0) spec.width = number;
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) {
    spec.grouping = s[pos++];
    if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) {
      return fail(s[pos] == spec.grouping
                      ? std::string("Cannot specify '") + s[pos] + "' with '" + s[pos] + "'."
                      : "Cannot specify both ',' and '_'.");
    }
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    consumed = read_number(s, pos, number);
    if (consumed < 0) return fail("Too many decimal digits in format string");
    if (consumed == 0) return fail("Format specifier missing precision");
    spec.precision = number;
  }
  if (s.size() - pos > 1) return fail("Invalid format specifier '" + std::string(s) + "'");
  if (pos < s.size()) spec.type = s[pos];
  if (spec.grouping != 0) {
    bool ok = spec.type == 0 || std::string_view("deEfFgG%").find(spec.type) != std::string::npos;
    ok = ok || (spec.grouping == '_' &&
                std::string_view("boxX").find(spec.type) != std::string_view::npos);
    if (!ok) {
      return fail(std::string("Cannot specify '") + spec.grouping + "' with '" + spec.type + "'.");
    }
  }
  return spec;
}

std::string format_double(double value, const FormatSpec& spec) {
  char type = spec.type;
  if (type != 0 && std::string_view("eEfFgGn%").find(type) == std::string_view::npos) {
    unknown_code(type, "float");
  }
  // No type: repr without a precision, else 'g' keeping a ".0" (CPython's rule).
  bool add_dot_zero = type == 0 && spec.precision >= 0;
  char style = type == 0     ? (spec.precision >= 0 ? 'g' : 'r')
               : type == 'n' ? 'g'
               : type == '%' ? 'f'
                             : type;
  int precision = spec.precision >= 0 ? static_cast<int>(spec.precision) : 6;
  bool negative = std::signbit(value) && !std::isnan(value);
  double magnitude = std::fabs(value);
  if (type == '%') magnitude *= 100.0;
  std::string body =
      format_detail::float_body(magnitude, style, precision, spec.alternate, add_dot_zero);
  if (negative && spec.no_neg_zero && format_detail::rounds_to_zero(body)) negative = false;
  if (type == '%') body.push_back('%');
  NumberParts parts;
  parts.sign = sign_text(negative, spec.sign);
  split_digits(body, parts);
  return layout_number(parts, spec, 3);
}

std::string format_int64(int64_t value, const FormatSpec& spec) {
  if (check_int_spec(spec)) return format_double(static_cast<double>(value), spec);
  if (spec.type == 'c') {
    NumberParts parts;
    parts.rest = utf8_encode(value);
    return layout_number(parts, spec, 3);
  }
  uint64_t m = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  auto digits_of = [m](int base) {
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, m, base);
    return std::string(buf, res.ptr);
  };
  return layout_number(int_parts(value < 0, digits_of, spec), spec, int_group_size(spec));
}

std::string format_bigint(const BigInt& value, const FormatSpec& spec) {
  if (check_int_spec(spec)) return format_double(value.to_double(), spec);
  if (spec.type == 'c') {
    if (!value.fits_int64()) throw std::overflow_error("%c arg not in range(0x110000)");
    return format_int64(value.to_int64(), spec);
  }
  BigInt m = value.abs();
  auto digits_of = [&m](int base) { return m.to_string(base); };
  return layout_number(int_parts(value.is_negative(), digits_of, spec), spec, int_group_size(spec));
}

std::string format_string(std::string_view text, const FormatSpec& spec) {
  if (spec.type != 0 && spec.type != 's') unknown_code(spec.type, "str");
  if (spec.sign != 0) throw std::invalid_argument("Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    throw std::invalid_argument("Negative zero coercion (z) not allowed in format specifier");
  }
  if (spec.alternate) {
    throw std::invalid_argument("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    throw std::invalid_argument("'=' alignment not allowed in string format specifier");
  }
  if (spec.grouping != 0) {
    throw std::invalid_argument(std::string("Cannot specify '") + spec.grouping + "' with 's'.");
  }
  std::string_view shown = text;
  if (spec.precision >= 0) {
    // Keep `precision` code points.
    size_t pos = 0;
    for (int64_t k = 0; k < spec.precision && pos < text.size(); ++k) {
      pos += utf8_lead_length(static_cast<unsigned char>(text[pos]));
    }
    shown = text.substr(0, std::min(pos, text.size()));
  }
  FormatSpec layout = spec;
  if (layout.align == 0) layout.align = '<';
  NumberParts parts;
  parts.rest = std::string(shown);
  return layout_number(parts, layout, 3);
}

}  // namespace gilpy
