// Python's repr() of strings and floats, for messages and output that must read exactly as
// pyperf (a CPython program) prints them.
#pragma once

#include <string>
#include <string_view>

namespace gilbench::compare {

// repr(str): single quotes unless the text contains ' and no "; escapes \\, the quote,
// \n \r \t and other control characters (\xNN); printable non-ASCII kept as UTF-8.
std::string python_repr(std::string_view text);

// repr(float): shortest round-trip digits; exponent form when the decimal exponent is
// < -4 or >= 16 (`1e-06`, `1e+16`); integral values keep `.0`; `inf`, `-inf`, `nan`.
std::string python_float_repr(double value);

}  // namespace gilbench::compare
