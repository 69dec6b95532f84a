// Internal: describes a JSON syntax error the way Python's json module does
// ("Expecting value: line 1 column 1 (char 0)"), for `--stats pyperf` messages.
#pragma once

#include <cstddef>
#include <string_view>

#include "compare/load/raw_document.hpp"

namespace gilbench::compare::detail {

// `text` failed to parse (nlohmann-json stopped at byte `fallback_position`). Locates the
// first error as CPython 3.11's json scanner would and returns its message with Python's
// line/column/char (code point) position. Only called after a failed parse.
JsonSyntaxError python_json_error(std::string_view text, std::size_t fallback_position);

}  // namespace gilbench::compare::detail
