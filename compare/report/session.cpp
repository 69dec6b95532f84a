// Session detection from the `session_id` / `session_position` run metadata that
// `gilbench run` writes (DESIGN.md, "Metadata keys gilbench adds").
#include "compare/report/session.hpp"

#include <algorithm>
#include <set>
#include <variant>

namespace gilbench::compare::report {
namespace {

// The single session id shared by every value run of the common benchmarks, or "" when the
// runs carry none or several.
std::string single_session_id(const ResultFile& file, const std::vector<std::string>& common,
                              bool& complete) {
  std::set<std::string> ids;
  complete = true;
  for (const auto& name : common) {
    const Benchmark* benchmark = file.find_benchmark(name);
    if (benchmark == nullptr) continue;
    RunSessions sessions = run_sessions(file, *benchmark);
    for (std::size_t i = 0; i < sessions.ids.size(); ++i) {
      if (sessions.ids[i].empty() || sessions.positions[i] < 0) complete = false;
      if (!sessions.ids[i].empty()) ids.insert(sessions.ids[i]);
    }
  }
  return ids.size() == 1 ? *ids.begin() : std::string();
}

}  // namespace

RunSessions run_sessions(const ResultFile& file, const Benchmark& benchmark) {
  RunSessions sessions;
  for (const Run& run : benchmark.runs) {
    if (run.is_calibration()) continue;
    const MetadataValue* id = find_metadata(file, benchmark, run, "session_id");
    const std::string* text = id ? std::get_if<std::string>(id) : nullptr;
    sessions.ids.push_back(text ? *text : std::string());
    sessions.positions.push_back(
        metadata_int(find_metadata(file, benchmark, run, "session_position"), -1));
  }
  return sessions;
}

bool has_positions(const RunSessions& sessions) {
  return !sessions.positions.empty() &&
         std::all_of(sessions.positions.begin(), sessions.positions.end(),
                     [](std::int64_t position) { return position >= 0; });
}

SessionRelation session_relation(const ResultFile& reference, const ResultFile& changed,
                                 const std::vector<std::string>& common) {
  SessionRelation relation;
  bool reference_complete = false;
  bool changed_complete = false;
  relation.reference_id = single_session_id(reference, common, reference_complete);
  relation.changed_id = single_session_id(changed, common, changed_complete);
  if (relation.reference_id.empty() || relation.changed_id.empty()) {
    relation.kind = SessionKind::unknown;
  } else if (relation.reference_id == relation.changed_id && reference_complete &&
             changed_complete) {
    relation.kind = SessionKind::interleaved;
  } else {
    relation.kind = SessionKind::separate;
  }
  return relation;
}

}  // namespace gilbench::compare::report
