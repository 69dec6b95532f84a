// int: small ints live in the Value itself; larger ones are IntObject holding a BigInt.
#pragma once
#include <string>

#include "object.hpp"
#include "runtime/bigint.hpp"

namespace gilpy {

struct IntObject : Object {
  BigInt v;
  explicit IntObject(BigInt b);
};

Value int_from_big(BigInt b);  // normalised: small when it fits
BigInt int_to_big(Value v);    // int or bool
Value int_from_literal(const std::string& text);
Value int_from_string(std::string_view s, int base);  // ValueError on bad text
Value int_from_double(double d);                      // truncates; OverflowError on inf/nan
Value int_binop(int op, Value a, Value b);            // both ints (or bools); never null
int int_cmp(Value a, Value b);                        // -1, 0, 1
std::string int_repr(Value v);
double int_to_double(Value v);  // OverflowError when too large
int64_t int_hash(Value v);
Value int_neg(Value v);
Value int_invert(Value v);
Value int_abs(Value v);
bool int_is_zero(Value v);
int int_sign(Value v);
void init_int_type();

}  // namespace gilpy
