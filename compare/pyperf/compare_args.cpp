// compare_to's command line as pyperf's argparse reads it, and its usage errors.
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "compare/load/python_repr.hpp"
#include "compare/pyperf/compare_to.hpp"

namespace gilbench::compare::pyperf {
namespace {

// Python's float(): surrounding whitespace allowed, `inf`/`nan` spellings, underscores
// between digits are rare enough to reject.
std::optional<double> python_float(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string::npos) return std::nullopt;
  const auto last = text.find_last_not_of(" \t\n\r\f\v");
  const std::string body = text.substr(first, last - first + 1);
  if (body.find_first_of("xXpP") != std::string::npos) return std::nullopt;  // no hex floats
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(body.c_str(), &end);
  if (end != body.c_str() + body.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string pyperf_compare_usage() {
  return "usage: -m pyperf compare_to [-h] [-q] [-v] [-G] [--min-speed MIN_SPEED]\n"
         "                            [--table] [--table-format {rest,md}] [-b NAME]\n"
         "                            file.json [file.json ...]\n";
}

int print_pyperf_usage_error(std::ostream& err, std::string_view message) {
  err << pyperf_compare_usage() << "-m pyperf compare_to: error: " << message << "\n";
  return 2;
}

std::variant<PyperfCompareOptions, PyperfUsageError> parse_pyperf_compare_args(
    const std::vector<std::string>& args) {
  PyperfCompareOptions options;
  bool only_files = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      options.files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_files = true;
      continue;
    }
    // Clustered short flags, as argparse accepts them: `-qv`, `-Gq`.
    if (arg.size() > 2 && arg[1] != '-' && arg.find_first_not_of("qvG", 1) == std::string::npos) {
      for (char flag : arg.substr(1)) {
        options.quiet |= flag == 'q';
        options.verbose |= flag == 'v';
        options.group_by_speed |= flag == 'G';
      }
      continue;
    }
    // Options with a value: `--opt VALUE`, `--opt=VALUE`, `-bNAME`.
    std::string name = arg, value;
    bool has_value = false;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    } else if (arg.size() > 2 && arg[1] == 'b') {
      name = "-b";
      value = arg.substr(2);
      has_value = true;
    }
    auto take_value = [&](const std::string& shown) -> std::optional<PyperfUsageError> {
      if (has_value) return std::nullopt;
      if (i + 1 >= args.size() || (args[i + 1].size() > 1 && args[i + 1][0] == '-'))
        return PyperfUsageError{"argument " + shown + ": expected one argument"};
      value = args[++i];
      return std::nullopt;
    };
    if (name == "-q" || name == "--quiet") {
      options.quiet = true;
    } else if (name == "-v" || name == "--verbose") {
      options.verbose = true;
    } else if (name == "-G" || name == "--group-by-speed") {
      options.group_by_speed = true;
    } else if (name == "--table") {
      options.table = true;
    } else if (name == "--min-speed") {
      if (auto error = take_value("--min-speed")) return *error;
      const std::optional<double> speed = python_float(value);
      if (!speed)
        return PyperfUsageError{"argument --min-speed: invalid float value: " + python_repr(value)};
      options.min_speed = *speed;
    } else if (name == "--table-format") {
      if (auto error = take_value("--table-format")) return *error;
      if (value != "rest" && value != "md")
        return PyperfUsageError{"argument --table-format: invalid choice: " + python_repr(value) +
                                " (choose from 'rest', 'md')"};
      options.table_format = value;
    } else if (name == "-b" || name == "--benchmark") {
      if (auto error = take_value("-b/--benchmark")) return *error;
      options.benchmarks.push_back(value);
    } else {
      return PyperfUsageError{"unrecognized arguments: " + arg};
    }
  }
  if (options.files.empty())
    return PyperfUsageError{"the following arguments are required: file.json"};
  return options;
}

}  // namespace gilbench::compare::pyperf
