// Test driver: runs `--stats pyperf` compare from pyperf's own argv
// (`pyperf_compare_driver compare_to [options] file.json ...`, or
// show/dump/check/metadata/slowest), so the vectors can be replayed without the final gilbench CLI.
#include <iostream>
#include <string>
#include <vector>

#include "compare/pyperf/compare_to.hpp"
#include "compare/pyperf/show.hpp"

int main(int argc, char** argv) {
  namespace pyperf = gilbench::compare::pyperf;
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string command = args.empty() ? "" : args[0];
  if (command == "show" || command == "dump" || command == "check" || command == "slowest" ||
      command == "metadata") {
    pyperf::PyperfDisplayOptions options;  // [-q] [--raw] [-b NAME] file.json ...
    for (std::size_t i = 1; i < args.size(); ++i) {
      if (args[i] == "-q" || args[i] == "--quiet")
        options.quiet = true;
      else if (args[i] == "-v" || args[i] == "--verbose")
        options.verbose = true;
      else if (args[i] == "--raw")
        options.raw = true;
      else if ((args[i] == "-b" || args[i] == "--benchmark") && i + 1 < args.size())
        options.benchmarks.push_back(args[++i]);
      else
        options.files.push_back(args[i]);
    }
    if (command == "show") return pyperf::run_pyperf_show(options, std::cout, std::cerr);
    if (command == "dump") return pyperf::run_pyperf_dump(options, std::cout, std::cerr);
    if (command == "check") return pyperf::run_pyperf_check(options, std::cout, std::cerr);
    if (command == "metadata") return pyperf::run_pyperf_metadata(options, std::cout, std::cerr);
    return pyperf::run_pyperf_slowest(options, std::cout, std::cerr);
  }
  if (args.empty() || args[0] != "compare_to") {
    std::cerr
        << "usage: pyperf_compare_driver compare_to|show|dump|check|metadata|slowest [options] "
           "file.json ...\n";
    return 64;
  }
  args.erase(args.begin());
  auto parsed = pyperf::parse_pyperf_compare_args(args);
  if (auto* error = std::get_if<pyperf::PyperfUsageError>(&parsed))
    return pyperf::print_pyperf_usage_error(std::cerr, error->message);
  return pyperf::run_pyperf_compare(std::get<pyperf::PyperfCompareOptions>(parsed), std::cout,
                                    std::cerr);
}
