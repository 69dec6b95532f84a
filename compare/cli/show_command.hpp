// `gilbench show FILE...`: a summary of result files in the manner of `pyperf show`
// (pyperf-spec §4.11): stability warnings (§6.7) and `Mean +- std dev` per benchmark.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::cli {

// The text for loaded files (names as typed in file.path).
std::string show_text(const std::vector<compare::ResultFile>& files, bool quiet);

class ShowCommand {
 public:
  explicit ShowCommand(CLI::App& app);
  bool parsed() const { return command_->parsed(); }
  int run(std::ostream& out, std::ostream& err) const;

 private:
  CLI::App* command_;
  std::vector<std::string> files_;
  bool quiet_ = false;
};

}  // namespace gilbench::cli
