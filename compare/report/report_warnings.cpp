// Collection of report warnings without repetition.
#include "compare/report/report_warnings.hpp"

#include <algorithm>

namespace gilbench::compare::report {

void add_warning(std::vector<ReportWarning>& warnings, ReportWarning warning) {
  auto same = [&](const ReportWarning& known) {
    return known.kind == warning.kind && known.message == warning.message;
  };
  if (std::none_of(warnings.begin(), warnings.end(), same)) warnings.push_back(std::move(warning));
}

}  // namespace gilbench::compare::report
