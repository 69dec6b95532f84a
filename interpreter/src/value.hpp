// Value: the 64-bit NaN-boxed word every Python value travels in.
// Doubles are stored as themselves; everything else lives in the negative quiet-NaN space.
#pragma once
#include <cstdint>
#include <cstring>

namespace gilpy {

struct Object;

// Layout (top 16 bits):
//   < 0xFFF9  a double (NaNs are canonicalised to 0x7FF8... so they never reach the tags)
//   0xFFF9    Object* in the low 48 bits
//   0xFFFA    small int, 48-bit two's complement (ints outside go to IntObject, a BigInt)
//   0xFFFB    bool (payload 0/1)
//   0xFFFC    None
//   0xFFFD    null: "no value" (unbound local, empty stack slot, absent argument)
class Value {
 public:
  uint64_t bits;

  static constexpr uint64_t kTagMask = 0xFFFFull << 48;
  static constexpr uint64_t kTagPtr = 0xFFF9ull << 48;
  static constexpr uint64_t kTagInt = 0xFFFAull << 48;
  static constexpr uint64_t kTagBool = 0xFFFBull << 48;
  static constexpr uint64_t kTagNone = 0xFFFCull << 48;
  static constexpr uint64_t kTagNull = 0xFFFDull << 48;
  static constexpr uint64_t kPayload = 0x0000FFFFFFFFFFFFull;
  static constexpr int64_t kIntMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kIntMin = -(int64_t(1) << 47);

  constexpr Value() : bits(kTagNull) {}
  static constexpr Value raw(uint64_t b) {
    Value v;
    v.bits = b;
    return v;
  }
  static Value from_double(double d) {
    uint64_t b;
    std::memcpy(&b, &d, 8);
    if (d != d) b = 0x7FF8000000000000ull;
    return raw(b);
  }
  static constexpr bool int_fits(int64_t i) { return i >= kIntMin && i <= kIntMax; }
  static constexpr Value from_small(int64_t i) { return raw(kTagInt | (uint64_t(i) & kPayload)); }
  static Value from_obj(const Object* o) { return raw(kTagPtr | reinterpret_cast<uint64_t>(o)); }
  static constexpr Value none() { return raw(kTagNone); }
  static constexpr Value null() { return raw(kTagNull); }
  static constexpr Value boolean(bool b) { return raw(kTagBool | (b ? 1 : 0)); }

  bool is_double() const { return bits < kTagPtr; }
  bool is_small() const { return (bits & kTagMask) == kTagInt; }
  bool is_obj() const { return (bits & kTagMask) == kTagPtr; }
  bool is_bool() const { return (bits & kTagMask) == kTagBool; }
  bool is_none() const { return bits == kTagNone; }
  bool is_null() const { return bits == kTagNull; }
  bool is_true() const { return bits == (kTagBool | 1); }
  bool is_false() const { return bits == kTagBool; }

  double as_double() const {
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  int64_t as_small() const { return int64_t(bits << 16) >> 16; }
  Object* obj() const { return reinterpret_cast<Object*>(bits & kPayload); }
  bool operator==(const Value& o) const { return bits == o.bits; }
  bool operator!=(const Value& o) const { return bits != o.bits; }
};

}  // namespace gilpy
