// Tests of compare/load/python_json_error: CPython 3.11 json messages and positions
// (expected texts produced by `json.loads` on the same inputs).
#include "compare/load/python_json_error.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::detail {
namespace {

std::string message(std::string_view text) {
  RawDocument doc;
  auto error = read_raw_document(text, doc);
  EXPECT_TRUE(error.has_value()) << text;
  const std::string prefix = "json.decoder.JSONDecodeError: ";
  return error ? error->message.substr(error->message.rfind(prefix, 0) == 0 ? prefix.size() : 0)
               : "";
}

TEST(PythonJsonError, MatchesCPython) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "Expecting value: line 1 column 1 (char 0)"},
      {"hello world", "Expecting value: line 1 column 1 (char 0)"},
      {R"({"a": "bc)", "Unterminated string starting at: line 1 column 7 (char 6)"},
      {R"({"a" 1})", "Expecting ':' delimiter: line 1 column 6 (char 5)"},
      {R"({"a": 1 "b"})", "Expecting ',' delimiter: line 1 column 9 (char 8)"},
      {"[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"},
      {"{1:2}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {R"({"a":1,})",
       "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
      {"[1,]", "Expecting value: line 1 column 4 (char 3)"},
      {R"({"a":1} x)", "Extra data: line 1 column 9 (char 8)"},
      {"  ", "Expecting value: line 1 column 3 (char 2)"},
      {"{\"a\":\"x\ny\"}", "Invalid control character at: line 1 column 8 (char 7)"},
      {R"({"a":"\q"})", "Invalid \\escape: line 1 column 7 (char 6)"},
      {R"({"a":tru})", "Expecting value: line 1 column 6 (char 5)"},
      {R"({"a":1.})", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
      {"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {R"({"a":1)", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
      {"nul", "Expecting value: line 1 column 1 (char 0)"},
      {R"({"a":"\u12"})", "Invalid \\uXXXX escape: line 1 column 8 (char 7)"},
      {"\"\xc3\xa9", "Unterminated string starting at: line 1 column 1 (char 0)"},
      {R"({"a":01})", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
      {"{\n \"\xc3\xa9\": [1,\n  2 3]}", "Expecting ',' delimiter: line 3 column 5 (char 16)"},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(message(text), expected) << text;
}

TEST(PythonJsonError, DeepNestingDoesNotOverflow) {
  const std::string text(200000, '[');
  RawDocument doc;
  auto error = read_raw_document(text, doc);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->message.rfind("RecursionError", 0), 0u);
}

}  // namespace
}  // namespace gilbench::compare::detail
