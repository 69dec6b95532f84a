// `gilbench show | dump | check | metadata | slowest`: pyperf's display commands on result
// files, with pyperf's text (compare/pyperf/show.hpp does the work).
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "compare/pyperf/show.hpp"

namespace gilbench::cli {

class DisplayCommands {
 public:
  explicit DisplayCommands(CLI::App& app);
  // The exit code of the display command that was parsed, or nullopt if none was.
  std::optional<int> run(std::ostream& out, std::ostream& err) const;

 private:
  struct Command {
    CLI::App* app;
    std::string name;
  };
  std::vector<Command> commands_;
  compare::pyperf::PyperfDisplayOptions options_;
};

}  // namespace gilbench::cli
