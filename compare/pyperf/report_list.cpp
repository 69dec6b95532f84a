// pyperf compare_to's list output (pyperf-spec §4.5–4.7, §4.9): result lines, titled
// blocks with pyperf's blank-line rules, --group-by-speed buckets, the hidden-benchmark
// line and the geometric-mean section.
#include <algorithm>
#include <cmath>

#include "compare/pyperf/compare_report.hpp"
#include "compare/pyperf/exact_stats.hpp"

namespace gilbench::compare::pyperf::detail {

// Python's len() of a str (title underlines count characters).
static std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::string hidden_line(const std::vector<const Row*>& hidden) {
  std::string line =
      "Benchmark hidden because not significant (" + std::to_string(hidden.size()) + "): ";
  for (std::size_t i = 0; i < hidden.size(); ++i) line += (i ? ", " : "") + hidden[i]->name;
  return line + "\n";
}

std::vector<double> geometric_means(const std::vector<const Row*>& rows) {
  std::vector<double> means;
  if (rows.empty()) return means;
  for (std::size_t c = 0; c < rows.front()->results.size(); ++c) {
    std::vector<double> logs;
    logs.reserve(rows.size());
    for (const Row* row : rows) logs.push_back(std::log(row->results[c].ratio));
    means.push_back(std::exp(exact_sum(logs) / static_cast<double>(logs.size())));
  }
  return means;
}

std::vector<std::string> result_lines(const Report& report, std::size_t changed_index,
                                      const Result& result) {
  const bool several_values =
      result.reference->values.size() > 1 || result.changed->values.size() > 1;
  std::string header = several_values ? "Mean +- std dev: " : "";
  header += "[" + report.names[0] + "] " + result.reference->text + " -> [" +
            report.names[changed_index + 1] + "] " + result.changed->text + ": " +
            ratio_text(result.ratio);
  std::vector<std::string> lines{header};
  if (!result.significance.t) lines.push_back("ERROR when testing if values are significant");
  if (result.significance.significant) {
    if (report.options->verbose)
      lines.push_back(result.significance.t
                          ? "Significant (t=" + fixed(*result.significance.t, 2) + ")"
                          : std::string("Significant"));
  } else {
    lines.push_back("Not significant!");
  }
  return lines;
}

// The geometric-mean section of list and group-by-speed modes (>= 2 benchmarks).
static void print_geometric_mean(const Report& report, const std::vector<const Row*>& rows,
                                 std::string& out) {
  if (rows.size() < 2) return;
  const std::vector<double> means = geometric_means(rows);
  out += "\n";
  if (means.size() == 1) {
    out += "Geometric mean: " + ratio_text(means[0]) + "\n";
    return;
  }
  out += "Geometric mean\n==============\n\n";
  for (std::size_t c = 0; c < means.size(); ++c)
    out += report.names[c + 1] + ": " + ratio_text(means[c]) + "\n";
}

void print_list(const Report& report, const std::vector<const Row*>& rows, std::string& out) {
  const PyperfCompareOptions& options = *report.options;
  const bool show_name = rows.size() > 1;
  bool printed_any = false;
  std::vector<const Row*> hidden;
  for (const Row* row : rows) {
    if (!row->any_significant() && !options.verbose) {
      hidden.push_back(row);
      continue;
    }
    std::vector<std::string> lines;
    for (std::size_t c = 0; c < row->results.size(); ++c) {
      std::vector<std::string> more = result_lines(report, c, row->results[c]);
      lines.insert(lines.end(), more.begin(), more.end());
    }
    if (lines.size() != 1) {
      if (show_name) out += row->name + "\n" + std::string(code_points(row->name), '=') + "\n\n";
      for (const std::string& line : lines) out += line + "\n";
      // pyperf compares with the last benchmark of the whole list (spec §4.10 quirk b).
      if (row->name != report.last_benchmark) out += "\n";
    } else {
      out += (show_name ? row->name + ": " : std::string()) + lines[0] + "\n";
    }
    printed_any = true;
  }
  if (!options.quiet && !hidden.empty()) {
    if (printed_any) out += "\n";
    out += hidden_line(hidden);
  }
  print_geometric_mean(report, rows, out);
}

void print_group_by_speed(const Report& report, const std::vector<const Row*>& rows,
                          std::string& out) {
  const PyperfCompareOptions& options = *report.options;
  std::vector<const Row*> slower, faster, same, hidden;
  for (const Row* row : rows) {
    const Result& result = row->results[0];
    if (!result.significance.significant)
      hidden.push_back(row);
    else if (result.ratio > 1.0)
      slower.push_back(row);
    else if (result.ratio < 1.0)
      faster.push_back(row);
    else
      same.push_back(row);
  }
  auto ratio = [](const Row* row) { return row->results[0].ratio; };
  std::stable_sort(slower.begin(), slower.end(),
                   [&](const Row* a, const Row* b) { return ratio(a) > ratio(b); });
  std::stable_sort(faster.begin(), faster.end(),
                   [&](const Row* a, const Row* b) { return ratio(a) < ratio(b); });
  bool printed = false;
  for (const auto& [title, bucket] : {std::pair{"Slower", &slower}, std::pair{"Faster", &faster},
                                      std::pair{"Same speed", &same}}) {
    if (bucket->empty()) continue;
    if (printed) out += "\n";
    out += std::string(title) + " (" + std::to_string(bucket->size()) + "):\n";
    for (const Row* row : *bucket) {
      const Result& result = row->results[0];
      out += "- " + row->name + ": " + result.reference->text + " -> " + result.changed->text +
             ": " + ratio_text(result.ratio) + "\n";
    }
    printed = true;
  }
  if (!options.quiet && !hidden.empty()) {
    if (printed) out += "\n";
    out += hidden_line(hidden);
  }
  print_geometric_mean(report, rows, out);
}

}  // namespace gilbench::compare::pyperf::detail
