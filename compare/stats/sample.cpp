// Pairing of reference and changed processes by their positions in one interleaved session.
#include "compare/stats/sample.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gilbench::compare::stats {

namespace {

// Process statistics of one side, sorted by session position.
std::vector<double> in_session_order(const Sample& side) {
  std::vector<std::size_t> order(side.process_stats.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return side.session_positions[a] < side.session_positions[b];
  });
  std::vector<double> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(side.process_stats[i]);
  return sorted;
}

std::vector<std::int64_t> sorted_positions(const Sample& side) {
  std::vector<std::int64_t> positions = side.session_positions;
  std::sort(positions.begin(), positions.end());
  return positions;
}

bool has_positions(const Sample& side) {
  return !side.process_stats.empty() && side.session_positions.size() == side.process_stats.size();
}

}  // namespace

std::optional<Pairing> pair_by_session_position(const Sample& reference, const Sample& changed) {
  if (!has_positions(reference) || !has_positions(changed)) return std::nullopt;
  std::vector<std::int64_t> all = reference.session_positions;
  all.insert(all.end(), changed.session_positions.begin(), changed.session_positions.end());
  std::sort(all.begin(), all.end());
  if (std::adjacent_find(all.begin(), all.end()) != all.end()) return std::nullopt;

  const std::vector<double> ref = in_session_order(reference);
  const std::vector<double> chg = in_session_order(changed);
  Pairing pairing{};
  pairing.pairs = std::min(ref.size(), chg.size());
  pairing.unpaired = std::max(ref.size(), chg.size()) - pairing.pairs;
  pairing.log_ratios.reserve(pairing.pairs);
  const std::vector<std::int64_t> ref_positions = sorted_positions(reference);
  const std::vector<std::int64_t> chg_positions = sorted_positions(changed);
  for (std::size_t i = 0; i < pairing.pairs; ++i) {
    const std::int64_t gap = chg_positions[i] - ref_positions[i];
    pairing.max_gap = std::max(pairing.max_gap, gap < 0 ? -gap : gap);
  }
  for (std::size_t i = 0; i < pairing.pairs; ++i) {
    if (!(std::isfinite(ref[i]) && ref[i] > 0.0 && std::isfinite(chg[i]) && chg[i] > 0.0)) {
      throw std::invalid_argument("statistics need finite values > 0");
    }
    pairing.log_ratios.push_back(std::log(chg[i]) - std::log(ref[i]));
  }
  return pairing;
}

}  // namespace gilbench::compare::stats
