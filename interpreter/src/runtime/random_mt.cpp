// MT19937 and the draws of CPython 3.11's random module, bit-exact for int seeds.
//
// Design note. The generator is Matsumoto and Nishimura's reference MT19937
// (mt19937ar.c, 2002): init_genrand with 19650218, init_by_array for the key, and
// a regeneration of all 624 words in place whenever they are used up. CPython's
// _random module is that code unchanged, so matching it needs only its two
// conventions, written down in specs/workloads.md section 4.5: how an int seed
// becomes the key (|n| cut into 32-bit words, little-endian) and how getrandbits
// orders words (least significant first). Everything above getrandbits
// (_randbelow's rejection loop, randrange, shuffle) mirrors random.py of 3.11,
// since a different but equally uniform method would consume other words.
#include "runtime/random_mt.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>
#include <vector>

namespace gilpy {

namespace {
constexpr int kN = MersenneTwister::kStateWords;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908B0DFU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7FFFFFFFU;

[[noreturn]] void empty_range() {
  throw std::invalid_argument("empty range for randrange()");
}
}  // namespace

void MersenneTwister::init_genrand(uint32_t s) {
  state_[0] = s;
  for (int i = 1; i < kN; ++i) {
    uint32_t prev = state_[i - 1];
    state_[i] = 1812433253U * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
  }
  index_ = kN;
}

void MersenneTwister::seed(const BigInt& seed_value) {
  std::vector<uint32_t> key(seed_value.magnitude().begin(), seed_value.magnitude().end());
  if (key.empty()) key.push_back(0);
  init_genrand(19650218U);
  int i = 1;
  size_t j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k > 0; --k) {
    uint32_t prev = state_[i - 1];
    state_[i] =
        (state_[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      state_[0] = state_[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (int k = kN - 1; k > 0; --k) {
    uint32_t prev = state_[i - 1];
    state_[i] = (state_[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      state_[0] = state_[kN - 1];
      i = 1;
    }
  }
  state_[0] = 0x80000000U;  // non-zero initial state, as the reference code
  index_ = kN;
}

void MersenneTwister::regenerate() {
  for (int k = 0; k < kN; ++k) {
    uint32_t y = (state_[k] & kUpperMask) | (state_[(k + 1) % kN] & kLowerMask);
    state_[k] = state_[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
  }
  index_ = 0;
}

uint32_t MersenneTwister::genrand_uint32() {
  if (index_ >= kN) regenerate();
  uint32_t y = state_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9D2C5680U;
  y ^= (y << 15) & 0xEFC60000U;
  y ^= y >> 18;
  return y;
}

double MersenneTwister::random() {
  uint32_t a = genrand_uint32() >> 5;
  uint32_t b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

BigInt MersenneTwister::getrandbits(uint64_t k) {
  if (k <= 64) return BigInt::from_uint64(getrandbits_u64(static_cast<int>(k)));
  std::vector<uint32_t> words((k + 31) / 32);
  uint64_t left = k;
  for (uint32_t& w : words) {
    uint32_t r = genrand_uint32();
    if (left < 32) r >>= (32 - left);
    w = r;
    left -= std::min<uint64_t>(left, 32);
  }
  return BigInt::from_limbs(words, false);
}

uint64_t MersenneTwister::getrandbits_u64(int k) {
  if (k <= 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  uint64_t low = genrand_uint32();
  uint64_t high = genrand_uint32() >> (64 - k);
  return low | (high << 32);
}

BigInt MersenneTwister::randbelow(const BigInt& n) {
  if (n.fits_int64())
    return BigInt::from_uint64(randbelow_u64(static_cast<uint64_t>(n.to_int64())));
  uint64_t k = n.bit_length();
  BigInt r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

uint64_t MersenneTwister::randbelow_u64(uint64_t n) {
  int k = 64 - std::countl_zero(n);
  uint64_t r = getrandbits_u64(k);
  while (r >= n) r = getrandbits_u64(k);
  return r;
}

BigInt MersenneTwister::randrange(const BigInt& stop) {
  if (stop.sign() <= 0) empty_range();
  return randbelow(stop);
}

BigInt MersenneTwister::randrange(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt width = stop - start;
  if (step == BigInt(1)) {
    if (width.sign() <= 0) empty_range();
    return start + randbelow(width);
  }
  BigInt n;
  if (step.sign() > 0) {
    n = (width + step - BigInt(1)) / step;
  } else if (step.sign() < 0) {
    n = (width + step + BigInt(1)) / step;
  } else {
    throw std::invalid_argument("zero step for randrange()");
  }
  if (n.sign() <= 0) empty_range();
  return start + step * randbelow(n);
}

int64_t MersenneTwister::randrange_int64(int64_t start, int64_t stop, int64_t step) {
  // Widths and counts can exceed int64 (randrange(-2**63, 2**63 - 1)); 128 bits
  // hold them, and the result lies in the range, so it fits int64 again.
  __int128 width = static_cast<__int128>(stop) - start;
  __int128 n;
  if (step == 1) {
    n = width;
  } else if (step > 0) {
    __int128 num = width + step - 1;  // Python floor division by a positive step
    n = num >= 0 ? num / step : -((-num + step - 1) / step);
  } else if (step < 0) {
    __int128 num = width + step + 1;  // floor division by a negative step
    __int128 s = step;
    n = num <= 0 ? (-num) / (-s) : -((num + (-s) - 1) / (-s));
  } else {
    throw std::invalid_argument("zero step for randrange()");
  }
  if (n <= 0) empty_range();
  __int128 r = randbelow_u64(static_cast<uint64_t>(n));
  return static_cast<int64_t>(start + step * r);
}

BigInt MersenneTwister::randint(const BigInt& a, const BigInt& b) {
  return randrange(a, b + BigInt(1));
}

int64_t MersenneTwister::randint_int64(int64_t a, int64_t b) {
  if (b == INT64_MAX) return randint(BigInt(a), BigInt(b)).to_int64();
  return randrange_int64(a, b + 1, 1);
}

size_t MersenneTwister::choice_index(size_t length) {
  if (length == 0) throw std::out_of_range("Cannot choose from an empty sequence");
  return static_cast<size_t>(randbelow_u64(length));
}

}  // namespace gilpy
