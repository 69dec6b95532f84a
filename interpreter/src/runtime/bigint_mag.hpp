// Internal to the BigInt files: unsigned magnitude arithmetic on little-endian
// vectors of 32-bit limbs. Not part of the runtime's public surface.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "runtime/bigint.hpp"

namespace gilpy {

using Mag = std::vector<BigInt::Limb>;
using MagView = std::span<const BigInt::Limb>;

// The one door into BigInt's representation for the implementation files.
struct BigIntAccess {
  static BigInt make(Mag mag, bool negative) { return BigInt(std::move(mag), negative); }
  static const Mag& mag(const BigInt& x) { return x.mag_; }
};

namespace mag {

void trim(Mag& a);                        // drop high zero limbs
int compare(MagView a, MagView b);        // -1, 0, 1
Mag add(MagView a, MagView b);            // a + b
Mag sub(MagView a, MagView b);            // a - b, requires a >= b
Mag mul(MagView a, MagView b);            // a * b (schoolbook; Karatsuba goes here)
Mag mul_limb(MagView a, BigInt::Limb m);  // a * m
void add_limb_in_place(Mag& a, BigInt::Limb v);
// Divides a in place by d != 0 and returns the remainder.
BigInt::Limb divmod_limb_in_place(Mag& a, BigInt::Limb d);
// q = a / b, r = a % b for b != 0 (Knuth, TAOCP vol. 2, 4.3.1, algorithm D).
void divmod(MagView a, MagView b, Mag& q, Mag& r);
Mag shift_left(MagView a, uint64_t count);
Mag shift_right(MagView a, uint64_t count);
bool any_low_bits(MagView a, uint64_t count);  // is a mod 2**count non-zero?
uint64_t bit_length(MagView a);

}  // namespace mag
}  // namespace gilpy
