// How pyperf names the files in its output (pyperf-spec §4.3): names as typed when base
// names repeat, else base names without `.json`/`.json.gz`, else full base names on a clash.
#pragma once

#include <string>
#include <vector>

namespace gilbench::compare::pyperf {

std::vector<std::string> display_names(const std::vector<std::string>& paths_as_typed);

}  // namespace gilbench::compare::pyperf
