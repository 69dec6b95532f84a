// Registration of the display subcommands; they share one option set, as pyperf's do.
#include "compare/cli/display_commands.hpp"

#include <ostream>

namespace gilbench::cli {
namespace {

struct Description {
  const char* name;
  const char* help;
};

constexpr Description kCommands[] = {
    {"show", "Show each benchmark's mean and std dev, with pyperf's stability warnings"},
    {"dump", "Dump every run: warmups, values and loops (--raw: raw timer readings)"},
    {"check", "Check whether benchmark results look stable (pyperf check)"},
    {"metadata", "Show the metadata of each benchmark"},
    {"slowest", "List the benchmarks that took the longest to run"},
};

}  // namespace

DisplayCommands::DisplayCommands(CLI::App& app) {
  auto& options = options_;
  for (const Description& description : kCommands) {
    CLI::App* command = app.add_subcommand(description.name, description.help);
    command->add_option("files", options.files, "Result files (pyperf or Google Benchmark JSON)")
        ->required();
    command->add_flag("-q,--quiet", options.quiet, "Quiet output");
    command->add_flag("-v,--verbose", options.verbose, "Verbose output (dump: metadata too)");
    command->add_option("-b,--benchmark", options.benchmarks, "Only this benchmark (repeatable)")
        ->allow_extra_args(false);
    if (std::string(description.name) == "dump") {
      command->add_flag("--raw", options.raw, "Raw timer readings instead of per-loop values");
    }
    commands_.push_back({command, description.name});
  }
}

std::optional<int> DisplayCommands::run(std::ostream& out, std::ostream& err) const {
  namespace pyperf = compare::pyperf;
  for (const Command& command : commands_) {
    if (!command.app->parsed()) continue;
    if (command.name == "show") return pyperf::run_pyperf_show(options_, out, err);
    if (command.name == "dump") return pyperf::run_pyperf_dump(options_, out, err);
    if (command.name == "check") return pyperf::run_pyperf_check(options_, out, err);
    if (command.name == "metadata") return pyperf::run_pyperf_metadata(options_, out, err);
    return pyperf::run_pyperf_slowest(options_, out, err);
  }
  return std::nullopt;
}

}  // namespace gilbench::cli
