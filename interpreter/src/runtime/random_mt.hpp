// MersenneTwister: the MT19937 generator behind gilpy's `random` module, giving
// the same stream as CPython's random.Random for int seeds, bit for bit, together
// with the Python-level draws of CPython 3.11's random.py built on it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

#include "runtime/bigint.hpp"

namespace gilpy {

class MersenneTwister {
 public:
  static constexpr int kStateWords = 624;

  MersenneTwister() { seed(BigInt(0)); }  // deterministic; random.seed() uses entropy
  explicit MersenneTwister(const BigInt& seed_value) { seed(seed_value); }

  // random.seed(n) for an int n: the key is |n| in 32-bit words, least significant
  // first ([0] for zero), folded in by the reference init_by_array.
  void seed(const BigInt& seed_value);

  // The next tempered 32-bit output.
  uint32_t genrand_uint32();
  // random(): 53 random bits in [0, 1), from two outputs (27 and 26 bits).
  double random();
  // getrandbits(k): one output >> (32-k) for k <= 32, else ceil(k/32) outputs, the
  // first the least significant, the last shifted right to the bits still needed.
  BigInt getrandbits(uint64_t k);
  // getrandbits(k) for k <= 64, the same draws as above without a BigInt.
  uint64_t getrandbits_u64(int k);

  // _randbelow(n) for n > 0: k = n.bit_length(), getrandbits(k) until below n.
  BigInt randbelow(const BigInt& n);
  uint64_t randbelow_u64(uint64_t n);

  // randrange(stop) and randrange(start, stop[, step]) as random.py of 3.11.
  // An empty range or a zero step throws std::invalid_argument (ValueError).
  BigInt randrange(const BigInt& stop);
  BigInt randrange(const BigInt& start, const BigInt& stop, const BigInt& step = BigInt(1));
  int64_t randrange_int64(int64_t start, int64_t stop, int64_t step = 1);
  // randint(a, b) == randrange(a, b + 1).
  BigInt randint(const BigInt& a, const BigInt& b);
  int64_t randint_int64(int64_t a, int64_t b);
  // choice(seq) picks seq[choice_index(len(seq))]; an empty sequence throws
  // std::out_of_range (IndexError).
  size_t choice_index(size_t length);
  // shuffle(x): for i from len-1 down to 1, swap x[i] and x[_randbelow(i+1)].
  template <typename T>
  void shuffle(std::span<T> items) {
    for (size_t i = items.size(); i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow_u64(i + 1));
      std::swap(items[i], items[j]);
    }
  }
  // uniform(a, b) = a + (b - a) * random().
  double uniform(double a, double b) { return a + (b - a) * random(); }

 private:
  void init_genrand(uint32_t s);
  void regenerate();

  std::array<uint32_t, kStateWords> state_{};  // mt[] of the reference code
  int index_ = kStateWords;                    // next word to temper; 624: regenerate
};

}  // namespace gilpy
