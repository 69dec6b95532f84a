// Python-compatible JSON error locations. nlohmann-json parses; when it rejects a file, this
// walks the text the way CPython's json scanner does only to find WHERE and with WHICH of
// Python's messages it would stop (its positions differ from nlohmann's: Python reports the
// start of an unterminated string, the token after a missing comma...).
//
// Design: a recursive scanner over bytes with an explicit depth limit (Python would raise
// RecursionError; we must never overflow the stack on fuzzed input). Positions are byte
// offsets until the end, then converted to code points, since Python counts characters.
#include "compare/load/python_json_error.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

namespace gilbench::compare::detail {
namespace {

struct Failure {
  std::string message;
  std::size_t position;  // byte offset
};

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::optional<Failure> document() {
    std::size_t i = skip_ws(0);
    auto end = value(i, 0);
    if (!end) return failure_;
    i = skip_ws(*end);
    if (i != s_.size()) return Failure{"Extra data", i};
    return std::nullopt;
  }

 private:
  static constexpr int kMaxDepth = 1000;

  std::size_t skip_ws(std::size_t i) const {
    while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r')) ++i;
    return i;
  }

  std::optional<std::size_t> fail(std::string message, std::size_t position) {
    failure_ = Failure{std::move(message), position};
    return std::nullopt;
  }

  bool starts_with(std::size_t i, std::string_view word) const {
    return s_.substr(i, word.size()) == word;
  }

  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  static bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // A value starting exactly at i; returns the index after it.
  std::optional<std::size_t> value(std::size_t i, int depth) {
    if (depth > kMaxDepth) return fail("RecursionError", i);
    if (i >= s_.size()) return fail("Expecting value", i);
    switch (s_[i]) {
      case '"':
        return string(i);
      case '{':
        return object(i, depth + 1);
      case '[':
        return array(i, depth + 1);
      default:
        break;
    }
    for (std::string_view word : {"null", "true", "false", "NaN", "Infinity", "-Infinity"})
      if (starts_with(i, word)) return i + word.size();
    return number(i);
  }

  // Python's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? matched at i.
  std::optional<std::size_t> number(std::size_t i) {
    std::size_t j = i;
    if (j < s_.size() && s_[j] == '-') ++j;
    if (j >= s_.size() || !is_digit(s_[j])) return fail("Expecting value", i);
    if (s_[j] == '0') {
      ++j;
    } else {
      while (j < s_.size() && is_digit(s_[j])) ++j;
    }
    if (j + 1 < s_.size() && s_[j] == '.' && is_digit(s_[j + 1])) {
      j += 2;
      while (j < s_.size() && is_digit(s_[j])) ++j;
    }
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      std::size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) ++k;
      if (k < s_.size() && is_digit(s_[k])) {
        while (k < s_.size() && is_digit(s_[k])) ++k;
        j = k;
      }
    }
    return j;
  }

  std::optional<std::size_t> string(std::size_t start) {
    std::size_t i = start + 1;
    while (true) {
      if (i >= s_.size()) return fail("Unterminated string starting at", start);
      const unsigned char c = static_cast<unsigned char>(s_[i]);
      if (c == '"') return i + 1;
      if (c < 0x20) return fail("Invalid control character at", i);
      if (c != '\\') {
        ++i;
        continue;
      }
      if (i + 1 >= s_.size()) return fail("Unterminated string starting at", start);
      const char e = s_[i + 1];
      if (e == 'u') {
        for (std::size_t k = i + 2; k < i + 6; ++k)
          if (k >= s_.size() || !is_hex(s_[k])) return fail("Invalid \\uXXXX escape", i + 1);
        i += 6;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                 e == 'r' || e == 't') {
        i += 2;
      } else {
        return fail("Invalid \\escape", i);
      }
    }
  }

  std::optional<std::size_t> object(std::size_t start, int depth) {
    std::size_t i = skip_ws(start + 1);
    if (i < s_.size() && s_[i] == '}') return i + 1;
    while (true) {
      if (i >= s_.size() || s_[i] != '"')
        return fail("Expecting property name enclosed in double quotes", i);
      auto after_key = string(i);
      if (!after_key) return std::nullopt;
      i = skip_ws(*after_key);
      if (i >= s_.size() || s_[i] != ':') return fail("Expecting ':' delimiter", i);
      i = skip_ws(i + 1);
      auto after_value = value(i, depth);
      if (!after_value) return std::nullopt;
      i = skip_ws(*after_value);
      if (i < s_.size() && s_[i] == '}') return i + 1;
      if (i >= s_.size() || s_[i] != ',') return fail("Expecting ',' delimiter", i);
      i = skip_ws(i + 1);
    }
  }

  std::optional<std::size_t> array(std::size_t start, int depth) {
    std::size_t i = skip_ws(start + 1);
    if (i < s_.size() && s_[i] == ']') return i + 1;
    while (true) {
      auto after_value = value(i, depth);
      if (!after_value) return std::nullopt;
      i = skip_ws(*after_value);
      if (i < s_.size() && s_[i] == ']') return i + 1;
      if (i >= s_.size() || s_[i] != ',') return fail("Expecting ',' delimiter", i);
      i = skip_ws(i + 1);
    }
  }

  std::string_view s_;
  Failure failure_;
};

// Python positions count code points: skip UTF-8 continuation bytes.
std::size_t code_points_before(std::string_view s, std::size_t byte_offset) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace

JsonSyntaxError python_json_error(std::string_view text, std::size_t fallback_position) {
  Scanner scanner(text);
  Failure failure = scanner.document().value_or(Failure{"Expecting value", fallback_position});
  if (failure.message == "RecursionError")
    return {"RecursionError: maximum recursion depth exceeded while decoding a JSON document"};
  const std::size_t position = std::min(failure.position, text.size());
  std::size_t line = 1;
  std::size_t last_newline = std::string_view::npos;
  for (std::size_t i = 0; i < position; ++i)
    if (text[i] == '\n') ++line, last_newline = i;
  const std::size_t pos = code_points_before(text, position);
  const std::size_t column = last_newline == std::string_view::npos
                                 ? pos + 1
                                 : pos - code_points_before(text, last_newline);
  return {fmt::format("json.decoder.JSONDecodeError: {}: line {} column {} (char {})",
                      failure.message, line, column, pos)};
}

}  // namespace gilbench::compare::detail
