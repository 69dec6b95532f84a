// Magnitude kernels for BigInt: add, subtract, multiply, divide and shift vectors
// of base-2**32 limbs. Everything above them (signs, Python rounding) is in bigint.cpp.
//
// Design note. Limbs are 32 bits so a limb product plus two carries fits a uint64_t
// and long division needs no 128-bit arithmetic; CPython's random.seed() also cuts
// ints into 32-bit words, which the Mersenne Twister reads straight from here.
// pidigits mostly multiplies a big number by a small one and divides with a one-limb
// quotient, both linear; products of two big numbers (pow, squaring in pow_mod) go
// through Karatsuba above kKaratsubaThreshold limbs, schoolbook below it.
#include <algorithm>
#include <bit>
#include <cassert>

#include "runtime/bigint_mag.hpp"

namespace gilpy::mag {

using Limb = BigInt::Limb;
using Wide = BigInt::WideLimb;

void trim(Mag& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

int compare(MagView a, MagView b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag add(MagView a, MagView b) {
  if (a.size() < b.size()) std::swap(a, b);
  Mag r(a.size() + 1);
  Wide carry = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    Wide t = Wide{a[i]} + (i < b.size() ? b[i] : 0) + carry;
    r[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  r[a.size()] = static_cast<Limb>(carry);
  trim(r);
  return r;
}

Mag sub(MagView a, MagView b) {
  Mag r(a.size());
  Wide borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    Wide s = Wide{i < b.size() ? b[i] : 0} + borrow;
    r[i] = static_cast<Limb>(Wide{a[i]} - s);
    borrow = a[i] < s ? 1 : 0;
  }
  assert(borrow == 0);
  trim(r);
  return r;
}

Mag mul_limb(MagView a, Limb m) {
  Mag r(a.size() + 1);
  Wide carry = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    Wide t = Wide{a[i]} * m + carry;
    r[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  r[a.size()] = static_cast<Limb>(carry);
  trim(r);
  return r;
}

namespace {

// Operands at least this long (in limbs) on both sides go through Karatsuba; below
// it schoolbook's lower overhead wins (measured on x86-64, g++ 12, -O2).
constexpr size_t kKaratsubaThreshold = 40;

MagView trimmed(MagView a) {
  while (!a.empty() && a.back() == 0) a = a.first(a.size() - 1);
  return a;
}

// r[offset ...] += x, with the carry running into r's higher limbs (r is big enough).
void add_at(Mag& r, MagView x, size_t offset) {
  Wide carry = 0;
  size_t i = 0;
  for (; i < x.size(); ++i) {
    Wide t = Wide{r[offset + i]} + x[i] + carry;
    r[offset + i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  for (size_t k = offset + i; carry != 0 && k < r.size(); ++k) {
    Wide t = Wide{r[k]} + carry;
    r[k] = static_cast<Limb>(t);
    carry = t >> 32;
  }
}

Mag schoolbook(MagView a, MagView b) {  // a.size() >= b.size() >= 1
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    Wide bi = b[i];
    if (bi == 0) continue;
    Wide carry = 0;
    for (size_t j = 0; j < a.size(); ++j) {
      // (2**32-1)**2 + 2*(2**32-1) == 2**64-1: never overflows.
      Wide t = bi * a[j] + r[i + j] + carry;
      r[i + j] = static_cast<Limb>(t);
      carry = t >> 32;
    }
    r[i + a.size()] = static_cast<Limb>(carry);
  }
  trim(r);
  return r;
}

}  // namespace

Mag mul(MagView a, MagView b) {
  a = trimmed(a);
  b = trimmed(b);
  if (a.empty() || b.empty()) return {};
  if (a.size() < b.size()) std::swap(a, b);
  if (b.size() == 1) return mul_limb(a, b[0]);
  if (b.size() < kKaratsubaThreshold) return schoolbook(a, b);
  Mag r(a.size() + b.size() + 1);
  if (a.size() >= 2 * b.size()) {
    // Unbalanced: multiply b by slices of a as long as b and add them in place.
    for (size_t off = 0; off < a.size(); off += b.size()) {
      Mag part = mul(a.subspan(off, std::min(b.size(), a.size() - off)), b);
      add_at(r, part, off);
    }
    trim(r);
    return r;
  }
  // Karatsuba: with x = x1*B + x0 (B = 2**(32m)), a*b = z2*B*B + z1*B + z0 where
  // z1 = (a0 + a1)(b0 + b1) - z0 - z2 takes one multiply instead of two.
  size_t m = b.size() / 2;
  MagView a0 = a.first(m), a1 = a.subspan(m), b0 = b.first(m), b1 = b.subspan(m);
  Mag z0 = mul(a0, b0);
  Mag z2 = mul(a1, b1);
  Mag z1 = mul(add(trimmed(a0), a1), add(trimmed(b0), b1));
  z1 = sub(sub(z1, z0), z2);
  add_at(r, z0, 0);
  add_at(r, z1, m);
  add_at(r, z2, 2 * m);
  trim(r);
  return r;
}

void add_limb_in_place(Mag& a, Limb v) {
  Wide carry = v;
  for (size_t i = 0; i < a.size() && carry != 0; ++i) {
    Wide t = Wide{a[i]} + carry;
    a[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  if (carry != 0) a.push_back(static_cast<Limb>(carry));
}

Limb divmod_limb_in_place(Mag& a, Limb d) {
  Wide rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    Wide cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

void divmod(MagView a, MagView b, Mag& q, Mag& r) {
  assert(!b.empty());
  if (compare(a, b) < 0) {
    q.clear();
    r.assign(a.begin(), a.end());
    return;
  }
  if (b.size() == 1) {
    q.assign(a.begin(), a.end());
    Limb rem = divmod_limb_in_place(q, b[0]);
    r.clear();
    if (rem != 0) r.push_back(rem);
    return;
  }
  // D1: normalise so the divisor's top limb has its high bit set; the quotient
  // estimate from the top two limbs is then at most two too large.
  int s = std::countl_zero(b.back());
  Mag v = shift_left(b, s);
  Mag u = shift_left(a, s);
  u.resize(a.size() + 1, 0);
  size_t n = v.size();
  size_t m = u.size() - n;
  q.assign(m, 0);
  const Wide base = Wide{1} << 32;
  for (size_t j = m; j-- > 0;) {
    // D3: estimate qhat from the top two limbs, refine with the third.
    Wide num = (Wide{u[j + n]} << 32) | u[j + n - 1];
    Wide qhat = num / v[n - 1];
    Wide rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // D4: u[j .. j+n] -= qhat * v.
    Wide carry = 0;
    Wide borrow = 0;
    for (size_t i = 0; i < n; ++i) {
      Wide p = qhat * v[i] + carry;
      carry = p >> 32;
      Wide s_low = (p & 0xFFFFFFFFU) + borrow;
      Wide cur = u[i + j];
      u[i + j] = static_cast<Limb>(cur - s_low);
      borrow = cur < s_low ? 1 : 0;
    }
    Wide s_top = carry + borrow;
    Wide top = u[j + n];
    u[j + n] = static_cast<Limb>(top - s_top);
    if (top < s_top) {
      // D6: qhat was one too large (rare); add v back.
      --qhat;
      Wide c = 0;
      for (size_t i = 0; i < n; ++i) {
        Wide t = Wide{u[i + j]} + v[i] + c;
        u[i + j] = static_cast<Limb>(t);
        c = t >> 32;
      }
      u[j + n] = static_cast<Limb>(u[j + n] + c);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  trim(q);
  u.resize(n);
  r = shift_right(u, s);
}

Mag shift_left(MagView a, uint64_t count) {
  if (a.empty()) return {};
  size_t limbs = count / 32;
  unsigned bits = count % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    Wide t = Wide{a[i]} << bits;
    r[i + limbs] |= static_cast<Limb>(t);
    r[i + limbs + 1] = static_cast<Limb>(t >> 32);
  }
  trim(r);
  return r;
}

Mag shift_right(MagView a, uint64_t count) {
  uint64_t limbs = count / 32;
  if (limbs >= a.size()) return {};
  unsigned bits = count % 32;
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    Wide lo = a[i + limbs];
    Wide hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<Limb>(((hi << 32) | lo) >> bits);
  }
  trim(r);
  return r;
}

bool any_low_bits(MagView a, uint64_t count) {
  uint64_t limbs = count / 32;
  for (size_t i = 0; i < a.size() && i < limbs; ++i) {
    if (a[i] != 0) return true;
  }
  unsigned bits = count % 32;
  if (bits != 0 && limbs < a.size()) return (a[limbs] & ((Limb{1} << bits) - 1)) != 0;
  return false;
}

uint64_t bit_length(MagView a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * 32 + (32 - std::countl_zero(a.back()));
}

}  // namespace gilpy::mag
