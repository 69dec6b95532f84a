// Internal: what the streaming JSON reader extracts from a result file before it is
// validated and turned into the result model (pyperf or Google Benchmark layout).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::compare::detail {

// A JSON scalar as found (the `version` key must tell "1.0" from 1 from 1.0 from null).
struct RawScalar {
  enum class Kind { absent, null, boolean, integer, floating, string, other } kind = Kind::absent;
  std::int64_t integer = 0;  // integer or boolean
  double floating = 0.0;
  std::string text;  // string
};

struct RawNumber {
  double value = 0.0;
  bool is_integer = false;
};

struct RawRun {
  std::optional<std::vector<double>> values;   // `values` (present even if empty)
  std::optional<std::vector<double>> samples;  // `samples` (format version 5)
  bool values_all_integers = true;             // every number in `values` was a JSON int
  bool samples_all_integers = true;            // the same for `samples`
  std::vector<std::pair<RawNumber, RawNumber>> warmups;
  bool has_warmups = false;
  Metadata metadata;
  std::string values_problem;    // first type problem in values/samples/warmups
  std::string metadata_problem;  // first type problem in metadata
};

struct RawBenchmark {
  bool has_runs = false;
  bool runs_is_array = true;
  std::vector<RawRun> runs;
  Metadata metadata;         // `metadata`
  Metadata common_metadata;  // `common_metadata` (format version 5)
  std::string metadata_problem;
  Metadata fields;  // other scalar keys (Google Benchmark rows: name, run_type, real_time...)
};

struct RawDocument {
  bool root_is_object = true;
  std::string root_type;  // Python type name of a non-object root ("list", "int"...)
  RawScalar version;
  bool has_benchmarks = false;
  bool benchmarks_is_array = true;
  std::vector<RawBenchmark> benchmarks;
  Metadata metadata;  // `metadata`
  std::string metadata_problem;
  bool has_context = false;  // Google Benchmark `context`
  Metadata context;
};

// A JSON syntax error located as Python's json module reports it.
struct JsonSyntaxError {
  std::string message;  // "Expecting value: line 1 column 1 (char 0)" (Python wording)
};

// Bytes readable past the end of a text for simdjson to parse it in place (its
// SIMDJSON_PADDING; raw_reader.cpp checks the value). Without them it copies the text first.
inline constexpr std::size_t kJsonPadding = 64;

// Parses `text` with nlohmann-json's SAX interface into `out`. Returns an error on invalid
// JSON (never throws for bad input). `padded`: kJsonPadding initialised bytes follow `text` in
// the same buffer, so the text is parsed in place (no copy of the file).
std::optional<JsonSyntaxError> read_raw_document(std::string_view text, RawDocument& out,
                                                 bool padded = false);

}  // namespace gilbench::compare::detail
