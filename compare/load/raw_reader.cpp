// Streaming reader of result-file JSON: SAX events feeding a small context stack, so values
// and metadata go straight into RawDocument.
//
// Speed: simdjson parses the text first (about 20 times faster than nlohmann-json's lexer on
// a 7 MB result file) and its tree is replayed as SAX events into the same handler. When
// simdjson rejects the text, nlohmann-json's SAX parser runs instead: it reports the error
// position from which python_json_error() words the message Python's json module would give.
//
// Design: each JSON container opened pushes a context naming what it is (the suite, a
// benchmark, a run's values...). Scalars and containers are interpreted from the context
// and the last key. Anything the formats do not define is skipped (a `skip` context counts
// its own nesting). Type problems (a string among values, an object as a metadata value)
// are recorded on the element and reported later in pyperf's validation order: syntax
// errors first, then the version, then benchmark by benchmark.
#include <simdjson.h>
#include <nlohmann/json.hpp>

#include "compare/load/python_json_error.hpp"
#include "compare/load/raw_document.hpp"

namespace gilbench::compare::detail {
namespace {

enum class Ctx {
  root,            // the top-level object
  file_metadata,   // root `metadata`
  context,         // root `context` (Google Benchmark)
  benchmarks,      // root `benchmarks` array
  benchmark,       // one element of `benchmarks`
  bench_metadata,  // benchmark `metadata` / `common_metadata`
  runs,            // benchmark `runs` array
  run,             // one run object
  run_metadata,    // run `metadata`
  values,          // run `values` / `samples`
  warmups,         // run `warmups`
  warmup_pair,     // one [loops, value]
  tags,            // a `tags` metadata list
  skip             // ignored subtree
};

constexpr const char* kValuesProblem = "values must be a sequence of number > 0.0";
constexpr const char* kWarmupsProblem = "warmups must be a sequence of (loops, value) pairs";

class Handler final : public nlohmann::json_sax<nlohmann::json> {
 public:
  Handler(std::string_view text, RawDocument& doc) : text_(text), doc_(doc) {}

  std::optional<JsonSyntaxError> error;

  bool null() override { return scalar(RawScalar::Kind::null, 0, 0.0, {}); }
  bool boolean(bool v) override { return scalar(RawScalar::Kind::boolean, v, 0.0, {}); }
  bool number_integer(number_integer_t v) override {
    return scalar(RawScalar::Kind::integer, v, 0.0, {});
  }
  bool number_unsigned(number_unsigned_t v) override {
    if (v > static_cast<number_unsigned_t>(INT64_MAX))  // beyond int64: keep as a float
      return scalar(RawScalar::Kind::floating, 0, static_cast<double>(v), {});
    return scalar(RawScalar::Kind::integer, static_cast<std::int64_t>(v), 0.0, {});
  }
  bool number_float(number_float_t v, const string_t&) override {
    return scalar(RawScalar::Kind::floating, 0, v, {});
  }
  bool string(string_t& v) override { return string_text(v); }
  bool binary(binary_t&) override { return scalar(RawScalar::Kind::other, 0, 0.0, {}); }

  bool key(string_t& k) override {
    key_copy_ = k;  // a copy: moving would make nlohmann regrow its token buffer
    key_ = key_copy_;
    return true;
  }

  // The simdjson replay passes keys and strings as views into the parser's string buffer,
  // which outlives the replay: no std::string is built for a key or a skipped string.
  bool key_view(std::string_view k) {
    key_ = k;
    return true;
  }
  bool string_text(std::string_view v) { return scalar(RawScalar::Kind::string, 0, 0.0, v); }

  // `size` is the number of elements when known (simdjson), else std::size_t(-1) (nlohmann).
  bool start_object(std::size_t size) override { return open(/*is_object=*/true, size); }
  bool start_array(std::size_t size) override { return open(/*is_object=*/false, size); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    (void)last_token;
    (void)ex;
    error = python_json_error(text_, position);
    return false;
  }

 private:
  // The last key, compared as a string_view: lengths first, no strlen per comparison.
  std::string_view key() const { return key_; }

  // Sets `key` of a metadata level (the last of duplicate keys wins, as in Python).
  static void set(Metadata& metadata, std::string_view key, MetadataValue value) {
    metadata.insert_or_assign(key, std::move(value));
  }

  Ctx top() const { return stack_.empty() ? Ctx::skip : stack_.back(); }

  Metadata* metadata_target() {
    switch (top()) {
      case Ctx::file_metadata:
        return &doc_.metadata;
      case Ctx::context:
        return &doc_.context;
      case Ctx::bench_metadata:
        return bench_common_ ? &doc_.benchmarks.back().common_metadata
                             : &doc_.benchmarks.back().metadata;
      case Ctx::run_metadata:
        return &doc_.benchmarks.back().runs.back().metadata;
      default:
        return nullptr;
    }
  }

  std::string* metadata_problem() {
    switch (top()) {
      case Ctx::file_metadata:
        return &doc_.metadata_problem;
      case Ctx::bench_metadata:
        return &doc_.benchmarks.back().metadata_problem;
      case Ctx::run_metadata:
        return &doc_.benchmarks.back().runs.back().metadata_problem;
      default:
        return nullptr;  // Google Benchmark context: silently keep scalars only
    }
  }

  static void note(std::string& slot, std::string problem) {
    if (slot.empty()) slot = std::move(problem);
  }

  // `s` is the text of a string scalar (empty for other kinds).
  bool scalar(RawScalar::Kind kind, std::int64_t i, double d, std::string_view s) {
    if (stack_.empty()) {  // the whole document is a scalar
      doc_.root_is_object = false;
      doc_.root_type = kind == RawScalar::Kind::string    ? "str"
                       : kind == RawScalar::Kind::null    ? "NoneType"
                       : kind == RawScalar::Kind::boolean ? "bool"
                       : kind == RawScalar::Kind::integer ? "int"
                                                          : "float";
      return true;
    }
    const bool is_number = kind == RawScalar::Kind::integer || kind == RawScalar::Kind::floating ||
                           kind == RawScalar::Kind::boolean;
    const RawNumber number{kind == RawScalar::Kind::floating ? d : static_cast<double>(i),
                           kind != RawScalar::Kind::floating};
    switch (top()) {
      case Ctx::root:
        if (key() == "version") {
          doc_.version.kind = kind;
          doc_.version.integer = i;
          doc_.version.floating = d;
          if (kind == RawScalar::Kind::string) doc_.version.text = std::string(s);
        } else if (key() == "benchmarks") {
          doc_.has_benchmarks = true;
          doc_.benchmarks_is_array = false;
        } else if (key() == "metadata" && kind != RawScalar::Kind::null) {
          note(doc_.metadata_problem, "invalid metadata: not a dict");
        }
        return true;
      case Ctx::file_metadata:
      case Ctx::context:
      case Ctx::bench_metadata:
      case Ctx::run_metadata: {
        Metadata* target = metadata_target();
        if (kind == RawScalar::Kind::string)
          set(*target, key_, std::string(s));
        else if (kind == RawScalar::Kind::floating)
          set(*target, key_, d);
        else if (kind == RawScalar::Kind::integer || kind == RawScalar::Kind::boolean)
          set(*target, key_, i);
        else if (std::string* problem = metadata_problem())
          note(*problem, "invalid metadata value type for '" + std::string(key_) + "'");
        return true;
      }
      case Ctx::benchmark: {
        RawBenchmark& bench = doc_.benchmarks.back();
        if (key() == "runs") {
          bench.has_runs = true;
          bench.runs_is_array = false;
        } else if (kind == RawScalar::Kind::string) {
          set(bench.fields, key_, std::string(s));
        } else if (kind == RawScalar::Kind::floating) {
          set(bench.fields, key_, d);
        } else if (is_number) {
          set(bench.fields, key_, i);
        }
        return true;
      }
      case Ctx::run: {
        RawRun& run = doc_.benchmarks.back().runs.back();
        if (key() == "values" || key() == "samples" || key() == "warmups") {
          if (kind != RawScalar::Kind::null) note(run.values_problem, kValuesProblem);
        } else if (key() == "metadata" && kind != RawScalar::Kind::null) {
          note(run.metadata_problem, "invalid metadata: not a dict");
        }
        return true;
      }
      case Ctx::values: {
        RawRun& run = doc_.benchmarks.back().runs.back();
        if (is_number) {
          (values_are_samples_ ? *run.samples : *run.values).push_back(number.value);
          (values_are_samples_ ? run.samples_all_integers : run.values_all_integers) &=
              number.is_integer;
        } else
          note(run.values_problem, kValuesProblem);
        return true;
      }
      case Ctx::warmups:
        note(doc_.benchmarks.back().runs.back().values_problem, kWarmupsProblem);
        return true;
      case Ctx::warmup_pair: {
        RawRun& run = doc_.benchmarks.back().runs.back();
        if (!is_number || pair_index_ >= 2)
          note(run.values_problem, kWarmupsProblem);
        else if (pair_index_ == 0)
          run.warmups.back().first = number;
        else
          run.warmups.back().second = number;
        ++pair_index_;
        return true;
      }
      case Ctx::tags:
        if (kind == RawScalar::Kind::string)
          std::get<std::vector<std::string>>((*tags_target_)["tags"]).emplace_back(s);
        else if (tags_problem_)
          note(*tags_problem_, "invalid metadata 'tags' value: not a list of strings");
        return true;
      case Ctx::benchmarks:
        note(doc_.metadata_problem, "benchmarks must be a list of objects");
        return true;
      case Ctx::runs:
        doc_.benchmarks.back().runs_is_array = false;
        return true;
      case Ctx::skip:
        return true;
    }
    return true;
  }

  bool open(bool is_object, std::size_t size) {
    if (stack_.empty()) {
      if (!is_object) {
        doc_.root_is_object = false;
        doc_.root_type = "list";
      }
      stack_.push_back(is_object ? Ctx::root : Ctx::skip);
      return true;
    }
    Ctx next = Ctx::skip;
    switch (top()) {
      case Ctx::root:
        if (key() == "benchmarks") {
          doc_.has_benchmarks = true;
          doc_.benchmarks_is_array = !is_object;
          if (!is_object) next = Ctx::benchmarks;
        } else if (key() == "metadata") {
          if (is_object)
            next = Ctx::file_metadata;
          else
            note(doc_.metadata_problem, "invalid metadata: not a dict");
        } else if (key() == "context" && is_object) {
          doc_.has_context = true;
          next = Ctx::context;
        } else if (key() == "version") {
          doc_.version.kind = RawScalar::Kind::other;
        }
        break;
      case Ctx::benchmarks:
        if (is_object) {
          doc_.benchmarks.emplace_back();
          next = Ctx::benchmark;
        } else {
          note(doc_.metadata_problem, "benchmarks must be a list of objects");
        }
        break;
      case Ctx::benchmark: {
        RawBenchmark& bench = doc_.benchmarks.back();
        if (key() == "runs") {
          bench.has_runs = true;
          bench.runs_is_array = !is_object;
          bench.runs.reserve(32);  // pyperf's default: 1 calibration + 20 worker runs
          if (!is_object) next = Ctx::runs;
        } else if (key() == "metadata" || key() == "common_metadata") {
          bench_common_ = key() == "common_metadata";
          if (is_object)
            next = Ctx::bench_metadata;
          else
            note(bench.metadata_problem, "invalid metadata: not a dict");
        }
        break;
      }
      case Ctx::runs:
        if (is_object) {
          doc_.benchmarks.back().runs.emplace_back();
          next = Ctx::run;
        } else {
          doc_.benchmarks.back().runs_is_array = false;
        }
        break;
      case Ctx::run: {
        RawRun& run = doc_.benchmarks.back().runs.back();
        if (key() == "values" || key() == "samples") {
          values_are_samples_ = key() == "samples";
          auto& slot = values_are_samples_ ? run.samples : run.values;
          slot.emplace().reserve(8);  // typical runs hold 1–5 values: one allocation
          if (is_object)
            note(run.values_problem, kValuesProblem);
          else
            next = Ctx::values;
        } else if (key() == "warmups") {
          run.has_warmups = true;
          run.warmups.reserve(4);
          if (is_object)
            note(run.values_problem, kWarmupsProblem);
          else
            next = Ctx::warmups;
        } else if (key() == "metadata") {
          if (is_object)
            next = Ctx::run_metadata;
          else
            note(run.metadata_problem, "invalid metadata: not a dict");
        }
        break;
      }
      case Ctx::values:
        note(doc_.benchmarks.back().runs.back().values_problem, kValuesProblem);
        break;
      case Ctx::warmups:
        if (is_object) {
          note(doc_.benchmarks.back().runs.back().values_problem, kWarmupsProblem);
        } else {
          doc_.benchmarks.back().runs.back().warmups.emplace_back();
          pair_index_ = 0;
          next = Ctx::warmup_pair;
        }
        break;
      case Ctx::warmup_pair:
        note(doc_.benchmarks.back().runs.back().values_problem, kWarmupsProblem);
        ++pair_index_;
        break;
      case Ctx::file_metadata:
      case Ctx::context:
      case Ctx::bench_metadata:
      case Ctx::run_metadata:
        if (!is_object && key() == "tags" && top() != Ctx::context) {
          tags_target_ = metadata_target();
          tags_problem_ = metadata_problem();
          (*tags_target_)["tags"] = std::vector<std::string>{};
          next = Ctx::tags;
        } else if (std::string* problem = metadata_problem()) {
          note(*problem, "invalid metadata value type for '" + std::string(key_) + "'");
        }
        break;
      case Ctx::tags:
        if (tags_problem_)
          note(*tags_problem_, "invalid metadata 'tags' value: not a list of strings");
        break;
      case Ctx::skip:
        break;
    }
    stack_.push_back(next);
    // A metadata level whose size simdjson knows gets one allocation (runs have ~6 keys).
    const bool metadata = next == Ctx::file_metadata || next == Ctx::context ||
                          next == Ctx::bench_metadata || next == Ctx::run_metadata;
    if (metadata && size != static_cast<std::size_t>(-1)) metadata_target()->reserve(size);
    return true;
  }

  bool close() {
    if (!stack_.empty()) {
      if (top() == Ctx::warmup_pair && pair_index_ != 2)
        note(doc_.benchmarks.back().runs.back().values_problem, kWarmupsProblem);
      stack_.pop_back();
    }
    return true;
  }

  std::string_view text_;
  RawDocument& doc_;
  std::vector<Ctx> stack_;
  std::string_view key_;  // the last key: a view of key_copy_ or of simdjson's strings
  std::string key_copy_;  // the last key of the nlohmann-json parser (its buffer is reused)
  bool bench_common_ = false;
  bool values_are_samples_ = false;
  int pair_index_ = 0;
  Metadata* tags_target_ = nullptr;
  std::string* tags_problem_ = nullptr;
};

// Replays a simdjson tree as the SAX events nlohmann-json would emit for the same text.
bool replay(simdjson::dom::element element, Handler& handler) {
  using Type = simdjson::dom::element_type;
  switch (element.type()) {
    case Type::OBJECT: {
      simdjson::dom::object object = element.get_object().value_unsafe();
      if (!handler.start_object(object.size())) return false;
      for (auto field : object) {
        if (!handler.key_view(field.key) || !replay(field.value, handler)) return false;
      }
      return handler.end_object();
    }
    case Type::ARRAY: {
      simdjson::dom::array array = element.get_array().value_unsafe();
      if (!handler.start_array(array.size())) return false;
      for (simdjson::dom::element item : array) {
        if (!replay(item, handler)) return false;
      }
      return handler.end_array();
    }
    case Type::INT64:
      return handler.number_integer(element.get_int64().value_unsafe());
    case Type::UINT64:
      return handler.number_unsigned(element.get_uint64().value_unsafe());
    case Type::DOUBLE:
      return handler.number_float(element.get_double().value_unsafe(), std::string());
    case Type::STRING:
      return handler.string_text(element.get_string().value_unsafe());
    case Type::BOOL:
      return handler.boolean(element.get_bool().value_unsafe());
    case Type::NULL_VALUE:
      return handler.null();
  }
  return false;
}

}  // namespace

static_assert(kJsonPadding >= simdjson::SIMDJSON_PADDING);

std::optional<JsonSyntaxError> read_raw_document(std::string_view text, RawDocument& out,
                                                 bool padded) {
  {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), /*realloc_if_needed=*/!padded).get(root) ==
        simdjson::SUCCESS) {
      Handler handler(text, out);
      if (replay(root, handler)) return handler.error;
      out = RawDocument();  // cannot happen for valid JSON; start over with nlohmann below
    }
  }
  Handler handler(text, out);
  // strict = true: trailing data after the value is an error ("Extra data" in Python).
  nlohmann::json::sax_parse(text.begin(), text.end(), &handler,
                            nlohmann::json::input_format_t::json, /*strict=*/true);
  return handler.error;
}

}  // namespace gilbench::compare::detail
