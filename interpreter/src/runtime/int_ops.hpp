// Fast-path helpers for ints that fit int64_t and for hashing numbers, with the
// exact results CPython gives, so the VM can stay off BigInt for small values.
#pragma once

#include <cstdint>
#include <optional>

namespace gilpy {

// The modulus of CPython's numeric hash, 2**61 - 1 (sys.hash_info.modulus).
inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
inline constexpr int64_t kHashInf = 314159;  // sys.hash_info.inf

// hash(n) for an int n, as CPython: |n| mod 2**61-1 with n's sign, -1 -> -2.
int64_t python_hash_int64(int64_t value);
// hash(x) for a float, as CPython, so hash(51.0) == hash(51) and hash(0.5) == 2**60.
// +-inf give +-314159. NaN gives 0: since 3.10 CPython hashes a NaN by identity,
// which the caller must do itself.
int64_t python_hash_double(double value);

// Python a // b. nullopt when the result does not fit (only INT64_MIN // -1);
// throws std::domain_error("integer division or modulo by zero") when b == 0.
std::optional<int64_t> python_floor_div(int64_t a, int64_t b);
// Python a % b (sign of b). Never overflows; throws std::domain_error when b == 0.
int64_t python_floor_mod(int64_t a, int64_t b);

}  // namespace gilpy
