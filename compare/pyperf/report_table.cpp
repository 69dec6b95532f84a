// pyperf compare_to --table (pyperf-spec §4.8): one row per significant benchmark, the
// geometric-mean row, reST or Markdown rendering with widths counted in characters.
#include <algorithm>

#include "compare/pyperf/compare_report.hpp"

namespace gilbench::compare::pyperf::detail {
namespace {

// Python's len() of a str: code points, not bytes.
std::size_t width(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::string pad(const std::string& text, std::size_t size) {
  return text + std::string(size - std::min(size, width(text)), ' ');
}

}  // namespace

std::string render_table(const std::vector<std::vector<std::string>>& rows, bool markdown) {
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  auto separator = [&](char fill) {
    std::string line;
    for (std::size_t w : widths) line += "+" + std::string(w + 2, fill);
    return line + "+\n";
  };
  auto row_line = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) line += "| " + pad(row[c], widths[c]) + " ";
    return line + "|\n";
  };
  std::string out;
  if (markdown) {
    out += row_line(rows[0]);
    for (std::size_t c = 0; c < widths.size(); ++c)
      out +=
          c == 0 ? "|" + std::string(widths[c] + 2, '-') : "|:" + std::string(widths[c], '-') + ":";
    out += "|\n";
    for (std::size_t r = 1; r < rows.size(); ++r) out += row_line(rows[r]);
    return out;
  }
  out += separator('-') + row_line(rows[0]) + separator('=');
  for (std::size_t r = 1; r < rows.size(); ++r) out += row_line(rows[r]) + separator('-');
  return out;
}

void print_table(const Report& report, const std::vector<const Row*>& section, std::string& out) {
  const PyperfCompareOptions& options = *report.options;
  std::vector<const Row*> rows = section;
  if (options.group_by_speed)
    std::stable_sort(rows.begin(), rows.end(), [](const Row* a, const Row* b) {
      return a->results[0].ratio < b->results[0].ratio;
    });
  std::vector<std::vector<std::string>> table{{"Benchmark"}};
  for (const std::string& name : report.names) table[0].push_back(name);
  std::vector<const Row*> hidden;
  for (const Row* row : rows) {
    if (!row->any_significant()) {
      hidden.push_back(row);
      continue;
    }
    std::vector<std::string> cells{row->name, row->results[0].reference->mean_text};
    for (const Result& result : row->results) {
      if (!result.significance.significant)
        cells.push_back("not significant");
      else if (options.quiet)
        cells.push_back(ratio_text(result.ratio));
      else
        cells.push_back(result.changed->mean_text + ": " + ratio_text(result.ratio));
    }
    table.push_back(std::move(cells));
  }
  const bool any_row = table.size() > 1;
  if (any_row && rows.size() >= 2) {
    std::vector<std::string> cells{"Geometric mean", "(ref)"};
    for (double mean : geometric_means(rows)) cells.push_back(ratio_text(mean));
    table.push_back(std::move(cells));
  }
  if (any_row) out += render_table(table, options.table_format == "md");
  if (!hidden.empty()) {
    if (any_row) out += "\n";
    out += hidden_line(hidden);
  }
}

}  // namespace gilbench::compare::pyperf::detail
