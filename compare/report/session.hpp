// Whether two result files come from one interleaved `gilbench run` session, so that their
// worker processes can be paired (DESIGN.md, "Statistics"): same `session_id` on every run of
// both sides, and a `session_position` on every run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::compare::report {

enum class SessionKind {
  interleaved,  // one session: processes carry positions, pairs can be formed
  separate,     // different session ids: session-to-session drift is part of the difference
  unknown,      // no session ids (plain pyperf files): treated as separate sessions
};

struct SessionRelation {
  SessionKind kind = SessionKind::unknown;
  std::string reference_id;  // the session id of the reference side, if it has one
  std::string changed_id;    // the session id of the changed side, if it has one
};

// The session ids and positions of a benchmark's value runs, in run order.
struct RunSessions {
  std::vector<std::string> ids;         // "" where a run has no session_id
  std::vector<std::int64_t> positions;  // -1 where a run has no session_position
};
RunSessions run_sessions(const ResultFile& file, const Benchmark& benchmark);

// The relation of two files over the benchmarks they share (names in `common`).
SessionRelation session_relation(const ResultFile& reference, const ResultFile& changed,
                                 const std::vector<std::string>& common);

// True when every run has a position and the side can be paired within an interleaved session.
bool has_positions(const RunSessions& sessions);

}  // namespace gilbench::compare::report
