// keep_until_exit(): a process-lifetime holder that is deliberately never destroyed.
#include "compare/load/keep_until_exit.hpp"

#include <iterator>
#include <mutex>

namespace gilbench::compare {

void keep_until_exit(std::vector<ResultFile>&& files) {
  static std::mutex mutex;
  // Allocated once and never deleted, so no destructor runs at exit (see the header).
  static auto* kept = new std::vector<ResultFile>();
  const std::lock_guard<std::mutex> lock(mutex);
  kept->insert(kept->end(), std::make_move_iterator(files.begin()),
               std::make_move_iterator(files.end()));
  files.clear();
}

}  // namespace gilbench::compare
