// The random module: a wrapper over the runtime's bit-exact Mersenne Twister.
// Pending: the generator lands with gilpy-numeric; until then importing random fails.
#include "native.hpp"

namespace gilpy {

ModuleObject* make_random_module() {
  raise(rt().ImportError, "random is not available yet in this gilpy build");
}

}  // namespace gilpy
