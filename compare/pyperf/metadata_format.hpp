// How pyperf prints metadata values (pyperf-spec §2.5 table): loop counts as `2^17`, memory
// as file sizes, durations as `1.5 sec` / `16 min 43.0 sec`, load average with 2 decimals.
#pragma once

#include <string>
#include <string_view>

#include "compare/load/result_model.hpp"

namespace gilbench::compare::pyperf {

std::string format_metadata_value(std::string_view key, const MetadataValue& value);

// `1.5 sec`, `16 min 43.0 sec`, `2 hour 5 min`: pyperf's duration text.
std::string format_timedelta(double seconds);

}  // namespace gilbench::compare::pyperf
