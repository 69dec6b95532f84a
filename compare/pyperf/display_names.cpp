// File display names, pyperf-spec §4.3.
#include "compare/pyperf/display_names.hpp"

#include <set>

namespace gilbench::compare::pyperf {
namespace {

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// os.path.splitext: the text from the last dot, unless all dots lead the name.
std::string strip_extension(const std::string& name) {
  const auto dot = name.find_last_of('.');
  if (dot == std::string::npos) return name;
  if (name.find_first_not_of('.') > dot) return name;  // ".hidden", "..."
  return name.substr(0, dot);
}

}  // namespace

std::vector<std::string> display_names(const std::vector<std::string>& paths) {
  std::vector<std::string> bases;
  for (const std::string& path : paths) bases.push_back(base_name(path));
  if (std::set<std::string>(bases.begin(), bases.end()).size() != bases.size()) return paths;
  std::vector<std::string> stripped;
  for (const std::string& base : bases) {
    std::string name = strip_extension(base);
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
      name.resize(name.size() - 5);
    stripped.push_back(name);
  }
  if (std::set<std::string>(stripped.begin(), stripped.end()).size() != stripped.size())
    return bases;
  return stripped;
}

}  // namespace gilbench::compare::pyperf
