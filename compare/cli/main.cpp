// gilbench: one program, one subcommand per job (like git). main() only registers the
// subcommands and turns command-line errors into exit code 2; each subcommand lives beside
// its component and reports its own errors.
#include <CLI/CLI.hpp>

#include <iostream>

#include "compare/cli/compare_command.hpp"
#include "compare/cli/display_commands.hpp"
#include "compare/cli/run_command.hpp"

#ifndef GILBENCH_VERSION
#error "GILBENCH_VERSION must be defined by the build"
#endif

int main(int argc, char** argv) {
  if (auto arguments = gilbench::cli::pyperf_mode_arguments(argc, argv)) {
    return gilbench::cli::run_pyperf_mode(*arguments, std::cout, std::cerr);
  }

  CLI::App app{"gilbench: measure whether a change to the GIL makes real programs slower"};
  app.name("gilbench");
  app.set_version_flag("--version", "gilbench " GILBENCH_VERSION);
  app.require_subcommand(1);

  gilbench::cli::CompareCommand compare(app);
  gilbench::cli::DisplayCommands display(app);
  gilbench::cli::RunCommand run(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "error: " << error.what() << "\n"
              << "Run 'gilbench "
              << (compare.parsed() ? "compare "
                  : run.parsed()   ? "run "
                                   : "")
              << "--help' for usage.\n";
    return 2;
  }
  if (auto code = display.run(std::cout, std::cerr)) return *code;
  if (run.parsed()) return run.run(std::cout, std::cerr);
  return compare.run(std::cout, std::cerr);
}
