// Internal to the formatting files: the unsigned text of a float in one
// presentation style, shared by format() and printf-style formatting.
#pragma once

#include <string>

namespace gilpy::format_detail {

// Styles: 'e' 'E' 'f' 'F' 'g' 'G' as C and Python define them, and 'r' for repr.
// value must be non-negative or NaN (the caller handles the sign). add_dot_zero is
// CPython's rule for format() with a precision and no type: 'g' whose fixed form
// must leave room for a ".0", which is then appended to integral results.
std::string float_body(double value, char style, int precision, bool alternate, bool add_dot_zero);

// True when the number in body has no non-zero digit before any exponent, i.e. it
// rounded to zero ('z' option).
bool rounds_to_zero(const std::string& body);

}  // namespace gilpy::format_detail
