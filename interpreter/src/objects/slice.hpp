// slice objects and index normalisation (as PySlice_Unpack + PySlice_AdjustIndices).
#pragma once
#include "object.hpp"

namespace gilpy {

struct SliceIdx {
  int64_t start, stop, step, len;  // normalised bounds and the number of items selected
};
SliceIdx slice_indices(SliceObject* s, int64_t length);

}  // namespace gilpy
