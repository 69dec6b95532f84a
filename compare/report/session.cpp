// Session detection from the `session_id` / `session_position` run metadata that
// `gilbench run` writes (DESIGN.md, "Metadata keys gilbench adds").
#include "compare/report/session.hpp"

#include <algorithm>
#include <string_view>
#include <variant>

#include "compare/load/metadata_lookup.hpp"

namespace gilbench::compare::report {
namespace {

// The single session id shared by every value run of the common benchmarks, or "" when the
// runs carry none or several. `complete` tells whether every value run has both an id and a
// position. Looks at the run level of each run, the other levels once per benchmark, and
// keeps views of the ids (no string per run).
std::string single_session_id(const ResultFile& file, const std::vector<std::string>& common,
                              bool& complete) {
  complete = true;
  std::string_view single;  // the first non-empty id seen
  bool several = false;
  for (const auto& name : common) {
    const Benchmark* benchmark = file.find_benchmark(name);
    if (benchmark == nullptr) continue;
    const MetadataValue* inherited_id = find_inherited_metadata(file, *benchmark, "session_id");
    const MetadataValue* inherited_position =
        find_inherited_metadata(file, *benchmark, "session_position");
    for (const Run& run : benchmark->runs) {
      if (run.is_calibration()) continue;
      const MetadataValue* id = find_run_metadata(run, "session_id");
      const MetadataValue* position = find_run_metadata(run, "session_position");
      if (id == nullptr) id = inherited_id;
      if (position == nullptr) position = inherited_position;
      const std::string* text = id ? std::get_if<std::string>(id) : nullptr;
      if (text == nullptr || text->empty() || metadata_int(position, -1) < 0) complete = false;
      if (text == nullptr || text->empty()) continue;
      if (single.empty())
        single = *text;
      else if (single != *text)
        several = true;
    }
  }
  return several ? std::string() : std::string(single);
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
