// One side of a per-benchmark comparison (its per-process statistics and their positions in
// the session), and the pairing of two sides processed in one interleaved session.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace gilbench::compare::stats {

// The worker processes of one benchmark in one result file, each reduced to its statistic.
struct Sample {
  std::vector<double> process_stats;            // one value per process, finite and > 0
  std::vector<std::int64_t> session_positions;  // order of each process in its session;
                                                // empty if unknown (e.g. plain pyperf files)
};

// Neighbouring processes of two sides of one interleaved session, paired in session order.
struct Pairing {
  std::vector<double> log_ratios;  // ln(changed) − ln(reference), one per pair, session order
  std::size_t pairs;               // number of pairs = min(n_reference, n_changed)
  std::size_t unpaired;            // processes left over on the longer side (the last ones)
  std::int64_t max_gap;            // largest |position(changed) − position(reference)| of a
                                   // pair: 1 for ABBA blocks; larger values mean the pairs are
                                   // not neighbours (e.g. A A A B B B) and drift may not cancel
};

// Pairs the sides when both carry a position for every process and no position occurs twice
// (within or across the sides, which a single session cannot produce): each side is sorted by
// position and the i-th process of one side is paired with the i-th of the other. The runner
// interleaves in ABBA blocks (A B B A A B B A …), so the i-th A and the i-th B are neighbours
// in time. Returns nullopt when pairing is not possible; then the sides are independent.
// Throws std::invalid_argument if a statistic is not finite and > 0.
std::optional<Pairing> pair_by_session_position(const Sample& reference, const Sample& changed);

}  // namespace gilbench::compare::stats
