// Interned names the runtime looks up often (dunder methods and friends).
#pragma once
#include "object.hpp"

namespace gilpy {

struct Names {
#define GILPY_NAMES(X)                                                                             \
  X(__init__)                                                                                      \
  X(__new__) X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__)    \
      X(__hash__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) X(__iter__) X(__next__)  \
          X(__call__) X(__contains__) X(__bool__) X(__name__) X(__class__) X(__dict__) X(__main__) \
              X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__enter__) X(__exit__)              \
                  X(__module__) X(__qualname__) X(__slots__) X(__file__) X(__doc__) X(args)        \
                      X(__getattr__) X(__setattr__) X(__index__) X(__float__) X(__int__)           \
                          X(__bases__) X(__mro__)
#define GILPY_DECL(n) StrObject* n;
  GILPY_NAMES(GILPY_DECL)
#undef GILPY_DECL
  StrObject* binop[kBinOpCount];   // __add__ ...
  StrObject* rbinop[kBinOpCount];  // __radd__ ...
  StrObject* ibinop[kBinOpCount];  // __iadd__ ...
};

const Names& names();
void init_names();
extern const char* const kBinOpSymbols[kBinOpCount];

}  // namespace gilpy
