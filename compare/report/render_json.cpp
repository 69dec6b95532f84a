// JSON rendering of a SuiteComparison with nlohmann-json. Non-finite numbers (an interval that
// does not exist with one process) are written as null.
#include "compare/report/render_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace gilbench::compare::report {
namespace {

using Json = nlohmann::ordered_json;

Json number(double value) {
  return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json side_json(const SideSummary& side) {
  return Json{{"center", number(side.center)},
              {"spread", number(side.spread)},
              {"values", side.values},
              {"processes", side.processes},
              {"unit", side.unit},
              {"one_process_file", side.one_process_file}};
}

Json benchmark_json(const BenchmarkResult& benchmark) {
  const stats::Comparison& c = benchmark.comparison;
  return Json{{"name", benchmark.name},
              {"family", benchmark.family},
              {"reference", side_json(benchmark.reference)},
              {"changed", side_json(benchmark.changed)},
              {"method", stats::to_string(c.method)},
              {"pairs", c.pairs},
              {"unpaired", c.unpaired},
              {"ratio", number(c.ratio)},
              {"ci", {number(c.ci_low), number(c.ci_high)}},
              {"ci90", {number(c.ci90_low), number(c.ci90_high)}},
              {"p_value", number(c.p_value)},
              {"p_holm", number(benchmark.holm_p)},
              {"tost_p", number(c.tost_p)},
              {"df", number(c.df)},
              {"se_log", number(c.se_log)},
              {"mde", number(c.mde)},
              {"verdict", stats::to_string(c.verdict)},
              {"verdict_holm", stats::to_string(benchmark.holm_verdict)}};
}

Json geometric_json(const stats::GeometricMean& mean) {
  return Json{
      {"ratio", number(mean.ratio)},     {"ci", {number(mean.ci_low), number(mean.ci_high)}},
      {"p_value", number(mean.p_value)}, {"df", number(mean.df)},
      {"benchmarks", mean.benchmarks},   {"excluded", mean.excluded}};
}

std::string_view session_kind(SessionKind kind) {
  switch (kind) {
    case SessionKind::interleaved:
      return "interleaved";
    case SessionKind::separate:
      return "separate";
    case SessionKind::unknown:
      return "unknown";
  }
  return "?";
}

}  // namespace

void render_json(const SuiteComparison& suite, const std::optional<GateResult>& gate,
                 std::ostream& out) {
  Json root;
  root["schema_version"] = kJsonSchemaVersion;
  root["tool"] = "gilbench compare";
  root["options"] = {
      {"statistic", suite.options.statistic == stats::Statistic::median ? "median" : "mean"},
      {"confidence", suite.options.confidence},
      {"equivalence_margin", suite.options.equivalence_margin}};
  root["reference"] = {{"path", suite.reference_path},
                       {"name", suite.reference_display_name},
                       {"ignored", suite.reference_ignored}};
  root["common_benchmarks"] = suite.common;
  Json changed = Json::array();
  for (const ChangedFileResult& file : suite.changed) {
    Json benchmarks = Json::array();
    for (const auto& benchmark : file.benchmarks) benchmarks.push_back(benchmark_json(benchmark));
    Json families = Json::array();
    for (const FamilyResult& family : file.families) {
      Json names = Json::array();
      for (std::size_t i : family.benchmarks) names.push_back(file.benchmarks[i].name);
      families.push_back(
          {{"family", family.family},
           {"benchmarks", names},
           {"geometric_mean",
            family.geometric_mean ? geometric_json(*family.geometric_mean) : Json(nullptr)}});
    }
    changed.push_back({{"path", file.path},
                       {"name", file.display_name},
                       {"session",
                        {{"kind", session_kind(file.session.kind)},
                         {"reference_id", file.session.reference_id},
                         {"changed_id", file.session.changed_id}}},
                       {"benchmarks", benchmarks},
                       {"families", families},
                       {"ignored", file.ignored}});
  }
  root["changed"] = changed;
  Json warnings = Json::array();
  for (const ReportWarning& warning : suite.warnings) {
    warnings.push_back(
        {{"kind", warning.kind}, {"message", warning.message}, {"advice", warning.advice}});
  }
  root["warnings"] = warnings;
  if (gate) {
    root["gate"] = {{"outcome", to_string(gate->outcome)},
                    {"exit_code", gate->exit_code},
                    {"line", gate->line},
                    {"regressions", gate->regressions},
                    {"uncertain", gate->uncertain},
                    {"separate_sessions", gate->separate_sessions}};
  } else {
    root["gate"] = nullptr;
  }
  out << root.dump(2) << "\n";
}

}  // namespace gilbench::compare::report
