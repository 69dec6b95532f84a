// Number and string formatting with CPython 3.11's exact output: repr(float),
// float(str), the format() mini-language (str.format, format()) and the
// conversions of printf-style `%` formatting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/bigint.hpp"

namespace gilpy {

// repr(x) == str(x) for a float: shortest round-trip digits, exponent form when the
// decimal exponent is < -4 or >= 16 ("1e-05", "1.5e+16"), "inf", "-inf", "nan", and
// ".0" on integral values in positional form.
std::string float_repr(double value);

// Python float(text): surrounding whitespace, sign, digits with single underscores
// between them, optional fraction and exponent, or inf / infinity / nan in any case.
// Correctly rounded; nullopt when the text is not a float literal.
std::optional<double> parse_float(std::string_view text);

// A parsed standard format specifier:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  std::string fill;          // the explicit fill code point (UTF-8); empty: none given
  char align = 0;            // '<', '>', '=', '^'; 0: the type's default
  char sign = 0;             // '+', '-', ' '; 0: none given (same as '-')
  bool no_neg_zero = false;  // 'z': negative zero after rounding prints as zero
  bool alternate = false;    // '#': 0x/0o/0b prefixes, keep the point and zeros
  bool zero_pad = false;     // '0' before the width, without an explicit fill
  int64_t width = -1;        // minimum width in code points; -1: none
  char grouping = 0;         // ',' or '_'; 0: none
  int64_t precision = -1;    // -1: none
  char type = 0;             // presentation type; 0: none
};

// Parses a format specifier as CPython does before looking at the value's type.
// On failure returns nullopt and, when error is not null, stores CPython's ValueError
// message in *error.
std::optional<FormatSpec> parse_format_spec(std::string_view spec, std::string* error);

// format(value, spec). Errors that depend on the value's type (an unknown type code,
// a precision on an int, a sign on a str...) throw std::invalid_argument with
// CPython's ValueError message; an int too large for a float type throws
// std::overflow_error, as does 'c' outside range(0x110000).
std::string format_double(double value, const FormatSpec& spec);
std::string format_int64(int64_t value, const FormatSpec& spec);
std::string format_bigint(const BigInt& value, const FormatSpec& spec);
std::string format_string(std::string_view text, const FormatSpec& spec);

// One conversion of printf-style formatting (`"%-+8.3f" % x`). The caller parses
// the directive, resolves `*` widths and converts %s/%r/%a/%c arguments to text.
struct PrintfSpec {
  bool left = false;       // '-': left-justify (wins over '0')
  bool plus = false;       // '+': always print a sign
  bool space = false;      // ' ': a space in place of a plus sign
  bool alternate = false;  // '#': 0x/0o prefixes, keep the point and zeros
  bool zero = false;       // '0': pad numbers with zeros after the sign
  int64_t width = -1;      // -1: none
  int64_t precision = -1;  // -1: none
  char conversion = 'd';   // the conversion character
};

// %e %E %f %F %g %G on a float.
std::string printf_format_double(double value, const PrintfSpec& spec);
// %d %i %u %x %X %o on an int (precision = minimum number of digits).
std::string printf_format_int64(int64_t value, const PrintfSpec& spec);
std::string printf_format_bigint(const BigInt& value, const PrintfSpec& spec);
// %s %r %a %c once the argument is text: precision truncates, width pads.
std::string printf_format_string(std::string_view text, const PrintfSpec& spec);

// The UTF-8 encoding of a code point (for %c and format 'c'); throws
// std::overflow_error outside range(0x110000).
std::string utf8_encode(int64_t code_point);
// Number of code points in UTF-8 text (widths are counted in code points).
size_t utf8_length(std::string_view text);

}  // namespace gilpy
